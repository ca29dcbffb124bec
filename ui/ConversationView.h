// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Comment.h"
#include "SafeTextBrowser.h"

namespace Helpline {

// A ticket's conversation, oldest first: each reply or internal note in its own box, the
// notes tinted so nobody mistakes them for what the requester saw. Markdown is rendered
// without raw HTML and without loading anything.
class ConversationView : public SafeTextBrowser
{
    Q_OBJECT
public:
    explicit ConversationView(QWidget *parent = nullptr);

    void setComments(const QList<Comment> &comments);
    int commentCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace Helpline
