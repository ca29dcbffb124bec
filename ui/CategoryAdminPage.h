// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Helpline {

class ApiClient;
class CatalogWriter;
class TicketCatalog;

// The categories as a tree with their subcategories, for an administrator: add, rename,
// retire (or bring back) and reorder. Retired entries stay in the tree, greyed, because
// tickets still carry them.
class CategoryAdminPage : public QWidget
{
    Q_OBJECT
public:
    CategoryAdminPage(ApiClient &api, TicketCatalog &catalog, CatalogWriter &writer, QWidget *parent = nullptr);

    void addCategory();
    void addSubcategory(); // to the selected category (or the selected subcategory's category)
    void renameSelected();
    void toggleRetired();
    void move(int step); // -1 up, +1 down among its siblings

private:
    void rebuild();
    void updateButtons();
    QTreeWidgetItem *findItem(bool subcategory, qint64 id) const;

    ApiClient &m_api;
    TicketCatalog &m_catalog;
    CatalogWriter &m_writer;
    QTreeWidget *m_tree;
    QLineEdit *m_name;
    QPushButton *m_addCategory;
    QPushButton *m_addSubcategory;
    QPushButton *m_rename;
    QPushButton *m_retire;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Helpline
