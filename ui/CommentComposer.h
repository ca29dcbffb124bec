// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Comment.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Helpline {

class SafeTextBrowser;

// Writes a reply to the requester or an internal note, in markdown, with a preview. What is
// typed stays until the server has it: across a failed send, and as a draft per ticket when
// another ticket is opened. Each draft keeps one idempotency key, so sending it again after
// a lost answer never posts it twice.
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
    QPlainTextEdit *m_text;
    SafeTextBrowser *m_preview;
    QPushButton *m_previewButton;
    QPushButton *m_macroButton;
    QPushButton *m_send;
    QLabel *m_problem;
};

} // namespace Helpline
