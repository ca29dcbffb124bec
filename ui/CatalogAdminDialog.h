// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;

namespace Helpline {

class ApiClient;
class CatalogWriter;
class CategoryAdminPage;
class GroupAdminPage;
class TicketCatalog;

// Tools → Groups and categories (administrators): the assignment groups with their members,
// and the categories with their subcategories. Every save reloads the client's TicketCatalog,
// so the ticket forms offer the new lists at once.
class CatalogAdminDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogAdminDialog(ApiClient &api, TicketCatalog &catalog, QWidget *parent = nullptr);

    GroupAdminPage *groupsPage() const { return m_groups; }
    CategoryAdminPage *categoriesPage() const { return m_categories; }
    CatalogWriter *writer() const { return m_writer; }

private:
    CatalogWriter *m_writer;
    QTabWidget *m_tabs;
    GroupAdminPage *m_groups;
    CategoryAdminPage *m_categories;
    QLabel *m_status;
};

} // namespace Helpline
