// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogAdminDialog.h"

#include "CatalogWriter.h"
#include "CategoryAdminPage.h"
#include "GroupAdminPage.h"
#include "TicketCatalog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

CatalogAdminDialog::CatalogAdminDialog(ApiClient &api, TicketCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_writer(new CatalogWriter(catalog, this))
    , m_tabs(new QTabWidget)
    , m_groups(new GroupAdminPage(api, catalog, *m_writer))
    , m_categories(new CategoryAdminPage(api, catalog, *m_writer))
    , m_status(new QLabel)
{
    setObjectName(u"catalogAdminDialog"_s);
    setWindowTitle(tr("Groups and categories"));
    m_tabs->setObjectName(u"catalogTabs"_s);
    m_status->setObjectName(u"catalogStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_tabs->addTab(m_groups, tr("Assignment &groups"));
    m_tabs->addTab(m_categories, tr("&Categories"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_writer, &CatalogWriter::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Saving…"));
    });
    connect(m_writer, &CatalogWriter::finished, this, [this](const QString &message, bool failed) {
        m_status->setText(message);
        QPalette palette = m_status->palette();
        palette.setColor(QPalette::WindowText, failed ? QColor(0xb0, 0x1c, 0x1c) : this->palette().color(QPalette::WindowText));
        m_status->setPalette(palette);
    });
    connect(&catalog, &TicketCatalog::loadFailed, this, [this](const QString &message) {
        m_status->setText(tr("The lists could not be loaded: %1").arg(message));
    });
    catalog.reload();
    resize(760, 480);
}

} // namespace Helpline
