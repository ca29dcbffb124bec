// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationView.h"

#include "DisplayText.h"

#include <QTextCursor>
#include <QTextFrame>

namespace Helpline {

using namespace Qt::StringLiterals;

ConversationView::ConversationView(QWidget *parent)
    : SafeTextBrowser(parent)
{
    setObjectName(u"ticketConversation"_s);
}

void ConversationView::setComments(const QList<Comment> &comments)
{
    clear();
    m_count = int(comments.size());
    QTextCursor cursor(document());
    if (comments.isEmpty()) {
        QTextCharFormat quiet;
        quiet.setForeground(palette().placeholderText());
        cursor.insertText(tr("No replies or notes yet."), quiet);
        return;
    }
    for (const Comment &comment : comments) {
        const bool internal = comment.visibility == Comment::Visibility::Internal;
        QTextFrameFormat box;
        box.setPadding(6);
        box.setBottomMargin(8);
        box.setBorder(1);
        box.setBorderBrush(internal ? QColor(0xd4, 0xb1, 0x06) : palette().mid().color());
        box.setBackground(internal ? QColor(0xff, 0xf8, 0xdc) : palette().base().color());
        cursor.movePosition(QTextCursor::End);
        cursor.insertFrame(box);

        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        cursor.insertText(comment.author.name, heading);
        QTextCharFormat meta;
        meta.setForeground(palette().placeholderText());
        cursor.insertText(u"  ·  %1  ·  %2"_s.arg(DisplayText::timeText(comment.createdAt),
                                                  internal ? tr("Internal note") : tr("Reply to the requester")),
                          meta);
        if (comment.mergedFrom)
            cursor.insertText(u"  ·  "_s + tr("merged from %1").arg(comment.mergedFrom->second), meta);
        cursor.insertBlock();
        cursor.insertMarkdown(comment.body, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                           | QTextDocument::MarkdownNoHTML));
    }
    moveCursor(QTextCursor::End);
    ensureCursorVisible();
}

} // namespace Helpline
