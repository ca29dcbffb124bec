// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Helpline {

// Shows markdown written by others. It never loads anything: no remote images (which would
// tell a sender that and when the text was read), no local files. Links open only on click,
// in the system browser, and only for http(s) and mailto.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // GitHub-flavoured markdown without raw HTML.
    void setMarkdownSafely(const QString &markdown);

    // Counts refused resource loads: lets tests prove that nothing was fetched.
    int refusedLoads() const { return m_refused; }

private:
    int m_refused = 0;
};

} // namespace Helpline
