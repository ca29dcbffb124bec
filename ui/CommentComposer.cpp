// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentComposer.h"

#include "ComposerTextEdit.h"
#include "SafeTextBrowser.h"
#include "UploadStatus.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextCursor>
#include <QUuid>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

CommentComposer::CommentComposer(QWidget *parent)
    : QWidget(parent)
    , m_reply(new QRadioButton(tr("&Reply to the requester")))
    , m_note(new QRadioButton(tr("Internal &note")))
    , m_pages(new QStackedWidget)
    , m_text(new ComposerTextEdit)
    , m_preview(new SafeTextBrowser)
    , m_previewButton(new QPushButton(tr("Pre&view")))
    , m_macroButton(new QPushButton(tr("Macro…")))
    , m_send(new QPushButton)
    , m_attach(new QPushButton(tr("Attach &files…")))
    , m_uploadStatus(new UploadStatus)
    , m_problem(new QLabel)
{
    setObjectName(u"commentComposer"_s);
    m_reply->setObjectName(u"replyRadio"_s);
    m_note->setObjectName(u"noteRadio"_s);
    m_text->setObjectName(u"composerText"_s);
    m_preview->setObjectName(u"composerPreview"_s);
    m_previewButton->setObjectName(u"composerPreviewButton"_s);
    m_macroButton->setObjectName(u"composerMacroButton"_s);
    // The shortcut (Ctrl+M) belongs to the window's Ticket menu: one owner, no ambiguity.
    m_macroButton->setToolTip(tr("Insert a canned response; it may also set the ticket's status or group (%1)")
                                  .arg(QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)));
    m_send->setObjectName(u"composerSendButton"_s);
    m_problem->setObjectName(u"composerProblem"_s);
    m_attach->setObjectName(u"composerAttachButton"_s);
    m_uploadStatus->setObjectName(u"composerUploadStatus"_s);
    m_attach->setToolTip(tr("Attach files to the ticket. You can also drop files on the text or paste a screenshot into it."));

    m_note->setChecked(true); // nothing reaches the requester by accident
    m_text->setPlaceholderText(tr("Write in markdown: **bold**, lists, `code`… Drop files or paste a screenshot here to attach them."));
    m_text->setTabChangesFocus(true);
    m_previewButton->setCheckable(true);
    // Its own shortcut object: the button's text (with its mnemonic) would replace a
    // shortcut set on the button itself.
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, m_send, [this] {
        if (m_send->isEnabled())
            m_send->click();
    });
    m_send->setToolTip(tr("Send (%1)").arg(sendShortcut->key().toString(QKeySequence::NativeText)));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_preview);
    m_pages->setMinimumHeight(70);
    m_pages->setMaximumHeight(150);

    auto *top = new QHBoxLayout;
    top->addWidget(m_reply);
    top->addWidget(m_note);
    top->addStretch(1);
    top->addWidget(m_attach);
    top->addWidget(m_macroButton);
    top->addWidget(m_previewButton);
    top->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addWidget(m_uploadStatus);
    layout->addWidget(m_problem);

    // Another text is another request: it must not reuse the key of the one sent before.
    const auto edited = [this] {
        m_key.clear();
        updateState();
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, edited);
    connect(m_reply, &QRadioButton::toggled, this, edited);
    connect(m_previewButton, &QPushButton::toggled, this, &CommentComposer::togglePreview);
    connect(m_text, &ComposerTextEdit::filesOffered, this, [this](const QStringList &paths) {
        if (m_ticketId > 0)
            Q_EMIT filesOffered(m_ticketId, paths);
    });
    connect(m_text, &ComposerTextEdit::imageOffered, this, [this](const QImage &image) {
        if (m_ticketId > 0)
            Q_EMIT imageOffered(m_ticketId, image);
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const qint64 ticketId = m_ticketId;
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (ticketId > 0 && !paths.isEmpty())
            Q_EMIT filesOffered(ticketId, paths);
    });
    connect(m_macroButton, &QPushButton::clicked, this, &CommentComposer::macroRequested);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_ticketId <= 0 || m_text->toPlainText().trimmed().isEmpty())
            return;
        if (m_key.isEmpty())
            m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_problem->hide();
        m_send->setEnabled(false);
        Q_EMIT sendRequested(m_ticketId, current());
    });
    updateState();
}

CommentComposer::Draft CommentComposer::current() const
{
    return {m_reply->isChecked() ? Comment::Visibility::Public : Comment::Visibility::Internal,
            m_text->toPlainText(), m_key, m_problem->isVisible() ? m_problem->text() : QString()};
}

void CommentComposer::present(const Draft &draft)
{
    (draft.visibility == Comment::Visibility::Public ? m_reply : m_note)->setChecked(true);
    m_text->setPlainText(draft.text);
    m_key = draft.idempotencyKey;
    m_previewButton->setChecked(false);
    m_problem->setText(draft.problem);
    m_problem->setVisible(!draft.problem.isEmpty());
}

void CommentComposer::setTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId)
        return;
    if (m_ticketId > 0) {
        if (m_text->toPlainText().trimmed().isEmpty())
            m_drafts.remove(m_ticketId);
        else
            m_drafts.insert(m_ticketId, current());
    }
    m_ticketId = ticketId;
    m_uploadStatus->setTicket(ticketId);
    present(m_drafts.value(ticketId));
    updateState();
}

void CommentComposer::markSent(qint64 ticketId, const QByteArray &key)
{
    // Any edit since sending cleared the key: then the text on screen is new and stays.
    if (ticketId == m_ticketId) {
        if (m_key == key)
            present({});
    } else if (m_drafts.value(ticketId).idempotencyKey == key) {
        m_drafts.remove(ticketId);
    }
    updateState();
}

void CommentComposer::begin(Comment::Visibility visibility)
{
    (visibility == Comment::Visibility::Public ? m_reply : m_note)->setChecked(true);
    m_previewButton->setChecked(false);
    m_text->setFocus();
}

void CommentComposer::insertMacroText(Comment::Visibility visibility, const QString &text,
                                      const QStringList &unknown)
{
    m_previewButton->setChecked(false);
    QStringList notes;
    if (m_text->toPlainText().trimmed().isEmpty()) {
        (visibility == Comment::Visibility::Public ? m_reply : m_note)->setChecked(true);
        m_text->selectAll(); // blank lines only: replaced, and still one undo step away
        m_text->insertPlainText(text);
    } else {
        QTextCursor cursor = m_text->textCursor();
        // Its own paragraph, so it never glues onto a half-typed word.
        const QString before = cursor.atBlockStart() ? QString() : u"\n\n"_s;
        const QString after = cursor.atBlockEnd() ? QString() : u"\n\n"_s;
        cursor.insertText(before + text + after);
        m_text->setTextCursor(cursor);
        const bool wantsPublic = visibility == Comment::Visibility::Public;
        if (wantsPublic != m_reply->isChecked()) {
            notes << (wantsPublic ? tr("The macro is meant as a reply to the requester; your text stays an internal "
                                       "note until you choose otherwise above.")
                                  : tr("The macro is meant as an internal note; your text stays a reply to the "
                                       "requester until you choose otherwise above."));
        }
    }
    if (!unknown.isEmpty())
        notes << tr("These placeholders are unknown and were left as written: %1").arg(unknown.join(u", "_s));
    m_problem->setText(notes.join(u'\n'));
    m_problem->setVisible(!notes.isEmpty());
    m_text->setFocus();
    updateState();
}

void CommentComposer::sendFailed(qint64 ticketId, const QString &message)
{
    const QString text = tr("Not sent, your text is kept: %1").arg(message);
    if (ticketId != m_ticketId) {
        if (m_drafts.contains(ticketId))
            m_drafts[ticketId].problem = text;
        return;
    }
    m_problem->setText(text);
    m_problem->show();
    updateState();
}

void CommentComposer::togglePreview(bool on)
{
    if (on)
        m_preview->setMarkdownSafely(m_text->toPlainText());
    m_pages->setCurrentWidget(on ? static_cast<QWidget *>(m_preview) : m_text);
}

void CommentComposer::updateState()
{
    m_send->setText(m_reply->isChecked() ? tr("&Send reply") : tr("&Add note"));
    m_send->setEnabled(m_ticketId > 0 && !m_text->toPlainText().trimmed().isEmpty());
    m_attach->setEnabled(m_ticketId > 0);
}

} // namespace Helpline
