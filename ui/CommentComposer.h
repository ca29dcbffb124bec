// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Comment.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Helpline {

class ComposerTextEdit;
class SafeTextBrowser;
class UploadStatus;

// Writes a reply to the requester or an internal note, in markdown, with a preview. What is
// typed stays until the server has it: across a failed send, and as a draft per ticket when
// another ticket is opened. Each draft keeps one idempotency key, so sending it again after
// a lost answer never posts it twice. Files dropped on it and a screenshot pasted into it are
// offered for attaching to the ticket; the text stays as typed whatever becomes of them.
class CommentComposer : public QWidget
{
    Q_OBJECT
public:
    explicit CommentComposer(QWidget *parent = nullptr);

    void setTicket(qint64 ticketId);
    // The server has the draft sent with `key`: it is done, unless it was edited since.
    void markSent(qint64 ticketId, const QByteArray &key);
    void sendFailed(qint64 ticketId, const QString &message);
    void begin(Comment::Visibility visibility); // choose reply or note and put the cursor in
    UploadStatus *uploadStatus() const { return m_uploadStatus; }
    // Puts a macro's expanded text in at the cursor, keeping whatever was typed. An empty
    // composer takes the macro's visibility; typed text keeps its own, and the analyst is told,
    // so a note never turns into a reply unseen. Unknown placeholders are pointed out.
    void insertMacroText(Comment::Visibility visibility, const QString &text, const QStringList &unknown);

    struct Draft
    {
        Comment::Visibility visibility = Comment::Visibility::Internal;
        QString text;
        QByteArray idempotencyKey;
        QString problem; // why the last send failed, shown when the draft is back on screen
    };

Q_SIGNALS:
    void sendRequested(qint64 ticketId, const Helpline::CommentComposer::Draft &draft);
    void filesOffered(qint64 ticketId, const QStringList &paths);
    void imageOffered(qint64 ticketId, const QImage &image);
    void macroRequested(); // the analyst wants to pick a macro

private:
    Draft current() const;
    void present(const Draft &draft);
    void togglePreview(bool on);
    void updateState();

    qint64 m_ticketId = 0;
    QHash<qint64, Draft> m_drafts;
    QByteArray m_key;
    QRadioButton *m_reply;
    QRadioButton *m_note;
    QStackedWidget *m_pages;
    ComposerTextEdit *m_text;
    SafeTextBrowser *m_preview;
    QPushButton *m_previewButton;
    QPushButton *m_macroButton;
    QPushButton *m_send;
    QPushButton *m_attach;
    UploadStatus *m_uploadStatus;
    QLabel *m_problem;
};

} // namespace Helpline
