// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Helpline {

class ApiClient;
class CatalogWriter;
class Colleagues;
class TicketCatalog;

// The assignment groups for an administrator: each with its description and the analysts who
// work in it (picked from the colleagues who sign in); add, rename, retire or bring back.
class GroupAdminPage : public QWidget
{
    Q_OBJECT
public:
    GroupAdminPage(ApiClient &api, TicketCatalog &catalog, CatalogWriter &writer, QWidget *parent = nullptr);

    void addGroup();       // the name and description typed, with the members ticked
    void saveSelected();   // name, description and members of the selected group
    void toggleRetired();

private:
    void rebuildGroups();
    void rebuildMembers();
    void showSelected();
    void updateButtons();
    qint64 selectedId() const;
    QList<qint64> checkedMembers() const;

    ApiClient &m_api;
    TicketCatalog &m_catalog;
    CatalogWriter &m_writer;
    Colleagues *m_colleagues;
    QListWidget *m_groups;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QListWidget *m_members;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_retire;
};

} // namespace Helpline
