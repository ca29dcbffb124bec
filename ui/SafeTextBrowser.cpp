// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeTextBrowser.h"

#include <QDesktopServices>
#include <QTextDocument>

namespace Helpline {

using namespace Qt::StringLiterals;

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == u"https"_s || scheme == u"http"_s || scheme == u"mailto"_s)
            QDesktopServices::openUrl(url);
    });
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    ++m_refused;
    // An empty but valid answer: a null QVariant would make QTextDocument open the file itself.
    return QVariant(QByteArray());
}

void SafeTextBrowser::setMarkdownSafely(const QString &markdown)
{
    // No raw HTML either: it could carry its own resources and styling.
    document()->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                      | QTextDocument::MarkdownNoHTML));
}

} // namespace Helpline
