// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupAdminPage.h"

#include "ApiClient.h"
#include "CatalogWriter.h"
#include "Colleagues.h"
#include "DisplayText.h"
#include "TicketCatalog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}
} // namespace

GroupAdminPage::GroupAdminPage(ApiClient &api, TicketCatalog &catalog, CatalogWriter &writer, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_catalog(catalog)
    , m_writer(writer)
    , m_colleagues(new Colleagues(api, this))
    , m_groups(new QListWidget)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_members(new QListWidget)
    , m_add(new QPushButton(tr("Add as &new group")))
    , m_save(new QPushButton(tr("&Save group")))
    , m_retire(new QPushButton(tr("&Retire")))
{
    setObjectName(u"groupAdminPage"_s);
    m_groups->setObjectName(u"groupList"_s);
    m_name->setObjectName(u"groupNameEdit"_s);
    m_description->setObjectName(u"groupDescriptionEdit"_s);
    m_members->setObjectName(u"groupMemberList"_s);
    m_add->setObjectName(u"addGroupButton"_s);
    m_save->setObjectName(u"saveGroupButton"_s);
    m_retire->setObjectName(u"retireGroupButton"_s);
    m_name->setMaxLength(120);
    m_description->setMaxLength(500);
    m_description->setPlaceholderText(tr("What the group takes care of"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Members:"), m_members);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retire);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    auto *side = new QVBoxLayout;
    side->addLayout(form, 1);
    side->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_groups, 2);
    layout->addLayout(side, 3);

    connect(&catalog, &TicketCatalog::loaded, this, &GroupAdminPage::rebuildGroups);
    connect(m_colleagues, &Colleagues::loaded, this, &GroupAdminPage::rebuildMembers);
    connect(&writer, &CatalogWriter::busyChanged, this, &GroupAdminPage::updateButtons);
    connect(m_groups, &QListWidget::currentRowChanged, this, &GroupAdminPage::showSelected);
    connect(m_name, &QLineEdit::textChanged, this, &GroupAdminPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &GroupAdminPage::addGroup);
    connect(m_save, &QPushButton::clicked, this, &GroupAdminPage::saveSelected);
    connect(m_retire, &QPushButton::clicked, this, &GroupAdminPage::toggleRetired);
    rebuildGroups();
    m_colleagues->reload();
}

qint64 GroupAdminPage::selectedId() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

QList<qint64> GroupAdminPage::checkedMembers() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            ids << m_members->item(i)->data(IdRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void GroupAdminPage::rebuildGroups()
{
    const qint64 keep = selectedId();
    {
        const QSignalBlocker quiet(m_groups);
        m_groups->clear();
        for (const AssignmentGroup &group : m_catalog.catalog().groups) {
            auto *item = new QListWidgetItem(group.active ? group.name : tr("%1 (retired)").arg(group.name), m_groups);
            item->setData(IdRole, group.id);
            if (!group.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (group.id == keep)
                m_groups->setCurrentItem(item);
        }
        if (!m_groups->currentItem() && m_groups->count() > 0)
            m_groups->setCurrentRow(0);
    }
    showSelected();
}

void GroupAdminPage::rebuildMembers()
{
    const QList<qint64> checked = checkedMembers();
    m_members->clear();
    for (const Colleague &colleague : m_colleagues->ticketWorkers()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(colleague.user.displayName, DisplayText::roleText(colleague.user.role)), m_members);
        item->setData(IdRole, colleague.user.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(colleague.user.id) ? Qt::Checked : Qt::Unchecked);
    }
    showSelected();
}

void GroupAdminPage::showSelected()
{
    const AssignmentGroup *group = m_catalog.catalog().groupById(selectedId());
    if (group) {
        m_name->setText(group->name);
        m_description->setText(group->description);
        for (int i = 0; i < m_members->count(); ++i) {
            QListWidgetItem *item = m_members->item(i);
            item->setCheckState(group->memberIds.contains(item->data(IdRole).toLongLong()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
    }
    updateButtons();
}

void GroupAdminPage::updateButtons()
{
    const bool idle = !m_writer.isBusy();
    const AssignmentGroup *group = m_catalog.catalog().groupById(selectedId());
    const bool named = !m_name->text().trimmed().isEmpty();
    m_add->setEnabled(idle && named);
    m_save->setEnabled(idle && named && group);
    m_retire->setEnabled(idle && group);
    m_retire->setText(group && !group->active ? tr("&Bring back") : tr("&Retire"));
}

void GroupAdminPage::addGroup()
{
    const QString name = m_name->text().trimmed();
    const QString description = m_description->text().trimmed();
    const QList<qint64> members = checkedMembers();
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QList<CatalogWriter::Request> requests;
    requests << [this, name, description, key](const QJsonObject &) {
        return m_api.post(u"/groups"_s, {{u"name"_s, name}, {u"description"_s, description}}, key);
    };
    // The members follow with the id and version the new group came back with.
    if (!members.isEmpty()) {
        requests << [this, members](const QJsonObject &created) {
            return m_api.put(u"/groups/%1/members"_s.arg(created.value(u"id"_s).toInteger()),
                             {{u"user_ids"_s, idArray(members)}}, created.value(u"version"_s).toInt());
        };
    }
    m_writer.run(requests, tr("Group “%1” added.").arg(name));
}

void GroupAdminPage::saveSelected()
{
    const AssignmentGroup *group = m_catalog.catalog().groupById(selectedId());
    if (!group)
        return;
    const qint64 id = group->id;
    QJsonObject changes;
    if (m_name->text().trimmed() != group->name)
        changes.insert(u"name"_s, m_name->text().trimmed());
    if (m_description->text().trimmed() != group->description)
        changes.insert(u"description"_s, m_description->text().trimmed());
    const QList<qint64> members = checkedMembers();
    const bool membersChanged = members != group->memberIds;
    // Each change moves the group's version on by one: the second request names the next.
    int version = group->version;
    QList<CatalogWriter::Request> requests;
    if (!changes.isEmpty()) {
        requests << [this, id, changes, version](const QJsonObject &) { return m_api.patch(u"/groups/%1"_s.arg(id), changes, version); };
        ++version;
    }
    if (membersChanged) {
        requests << [this, id, members, version](const QJsonObject &) {
            return m_api.put(u"/groups/%1/members"_s.arg(id), {{u"user_ids"_s, idArray(members)}}, version);
        };
    }
    m_writer.run(requests, tr("Group “%1” saved.").arg(m_name->text().trimmed()));
}

void GroupAdminPage::toggleRetired()
{
    const AssignmentGroup *group = m_catalog.catalog().groupById(selectedId());
    if (!group)
        return;
    const qint64 id = group->id;
    const int version = group->version;
    const bool active = group->active;
    const QString name = group->name;
    m_writer.run({[this, id, version, active](const QJsonObject &) {
                     return m_api.patch(u"/groups/%1"_s.arg(id), {{u"active"_s, !active}}, version);
                 }},
                 active ? tr("“%1” retired: no longer offered; tickets in it keep it.").arg(name)
                        : tr("“%1” is offered again.").arg(name));
}

} // namespace Helpline
