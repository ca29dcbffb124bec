// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryAdminPage.h"

#include "ApiClient.h"
#include "CatalogWriter.h"
#include "TicketCatalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

enum ItemData { IdRole = Qt::UserRole, IsSubcategoryRole, VersionRole, ActiveRole, NameRole, PositionRole };

QByteArray freshKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void describe(QTreeWidgetItem *item, bool subcategory, qint64 id, const QString &name, bool active, int version,
              int position)
{
    item->setText(0, active ? name : CategoryAdminPage::tr("%1 (retired)").arg(name));
    item->setData(0, IdRole, id);
    item->setData(0, IsSubcategoryRole, subcategory);
    item->setData(0, VersionRole, version);
    item->setData(0, ActiveRole, active);
    item->setData(0, NameRole, name);
    item->setData(0, PositionRole, position);
    if (!active)
        item->setForeground(0, item->treeWidget() ? item->treeWidget()->palette().color(QPalette::Disabled, QPalette::Text)
                                                  : QColor(Qt::gray));
}

QString entryPath(const QTreeWidgetItem *item)
{
    return (item->data(0, IsSubcategoryRole).toBool() ? u"/subcategories/%1"_s : u"/categories/%1"_s)
        .arg(item->data(0, IdRole).toLongLong());
}

} // namespace

CategoryAdminPage::CategoryAdminPage(ApiClient &api, TicketCatalog &catalog, CatalogWriter &writer, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_catalog(catalog)
    , m_writer(writer)
    , m_tree(new QTreeWidget)
    , m_name(new QLineEdit)
    , m_addCategory(new QPushButton(tr("Add as &category")))
    , m_addSubcategory(new QPushButton(tr("Add as &subcategory")))
    , m_rename(new QPushButton(tr("Re&name selected")))
    , m_retire(new QPushButton(tr("&Retire")))
    , m_up(new QPushButton(tr("Move &up")))
    , m_down(new QPushButton(tr("Move &down")))
{
    setObjectName(u"categoryAdminPage"_s);
    m_tree->setObjectName(u"categoryTree"_s);
    m_name->setObjectName(u"categoryNameEdit"_s);
    m_addCategory->setObjectName(u"addCategoryButton"_s);
    m_addSubcategory->setObjectName(u"addSubcategoryButton"_s);
    m_rename->setObjectName(u"renameCategoryButton"_s);
    m_retire->setObjectName(u"retireCategoryButton"_s);
    m_up->setObjectName(u"moveCategoryUpButton"_s);
    m_down->setObjectName(u"moveCategoryDownButton"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("Name of a new or renamed entry"));
    m_addSubcategory->setToolTip(tr("Adds the name as a subcategory of the selected category"));

    auto *name = new QLabel(tr("&Name:"));
    name->setBuddy(m_name);
    auto *side = new QVBoxLayout;
    side->addWidget(name);
    side->addWidget(m_name);
    for (QPushButton *button : {m_addCategory, m_addSubcategory, m_rename})
        side->addWidget(button);
    side->addSpacing(12);
    for (QPushButton *button : {m_retire, m_up, m_down})
        side->addWidget(button);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(side);

    connect(&catalog, &TicketCatalog::loaded, this, &CategoryAdminPage::rebuild);
    connect(&writer, &CatalogWriter::busyChanged, this, &CategoryAdminPage::updateButtons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_name->setText(item->data(0, NameRole).toString());
        updateButtons();
    });
    connect(m_name, &QLineEdit::textChanged, this, &CategoryAdminPage::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_addCategory->isEnabled())
            addCategory();
    });
    connect(m_addCategory, &QPushButton::clicked, this, &CategoryAdminPage::addCategory);
    connect(m_addSubcategory, &QPushButton::clicked, this, &CategoryAdminPage::addSubcategory);
    connect(m_rename, &QPushButton::clicked, this, &CategoryAdminPage::renameSelected);
    connect(m_retire, &QPushButton::clicked, this, &CategoryAdminPage::toggleRetired);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(&writer, &CatalogWriter::finished, this, [this](const QString &, bool failed) {
        // Stored: the name is in the tree now; the field shows the selection's name again.
        if (!failed)
            m_name->setText(m_tree->currentItem() ? m_tree->currentItem()->data(0, NameRole).toString() : QString());
    });
    rebuild();
}

void CategoryAdminPage::rebuild()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const bool wasSub = current && current->data(0, IsSubcategoryRole).toBool();
    const qint64 wasId = current ? current->data(0, IdRole).toLongLong() : 0;
    QSet<qint64> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(m_tree->topLevelItem(i)->data(0, IdRole).toLongLong());
    }
    const bool firstFill = m_tree->topLevelItemCount() == 0;
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    for (const Category &category : m_catalog.catalog().categories) {
        auto *top = new QTreeWidgetItem(m_tree);
        describe(top, false, category.id, category.name, category.active, category.version, category.position);
        for (const Subcategory &sub : category.subcategories) {
            auto *child = new QTreeWidgetItem(top);
            describe(child, true, sub.id, sub.name, sub.active, sub.version, sub.position);
        }
        top->setExpanded(firstFill || expanded.contains(category.id));
    }
    if (QTreeWidgetItem *again = findItem(wasSub, wasId)) {
        if (again->parent())
            again->parent()->setExpanded(true);
        m_tree->setCurrentItem(again);
    }
    updateButtons();
}

QTreeWidgetItem *CategoryAdminPage::findItem(bool subcategory, qint64 id) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (!subcategory && top->data(0, IdRole).toLongLong() == id)
            return top;
        for (int j = 0; subcategory && j < top->childCount(); ++j) {
            if (top->child(j)->data(0, IdRole).toLongLong() == id)
                return top->child(j);
        }
    }
    return nullptr;
}

void CategoryAdminPage::updateButtons()
{
    const bool idle = !m_writer.isBusy();
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool named = !m_name->text().trimmed().isEmpty();
    m_addCategory->setEnabled(idle && named);
    m_addSubcategory->setEnabled(idle && named && item);
    m_rename->setEnabled(idle && named && item && m_name->text().trimmed() != item->data(0, NameRole).toString());
    m_retire->setEnabled(idle && item);
    m_retire->setText(item && !item->data(0, ActiveRole).toBool() ? tr("&Bring back") : tr("&Retire"));
    const QTreeWidgetItem *parent = item ? item->parent() : nullptr;
    const int index = !item ? -1 : parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    m_up->setEnabled(idle && item && index > 0);
    m_down->setEnabled(idle && item && index + 1 < count);
}

void CategoryAdminPage::addCategory()
{
    const QString name = m_name->text().trimmed();
    const QByteArray key = freshKey();
    m_writer.run({[this, name, key](const QJsonObject &) { return m_api.post(u"/categories"_s, {{u"name"_s, name}}, key); }},
                 tr("Category “%1” added.").arg(name));
}

void CategoryAdminPage::addSubcategory()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QTreeWidgetItem *category = item->parent() ? item->parent() : item;
    const qint64 categoryId = category->data(0, IdRole).toLongLong();
    const QString name = m_name->text().trimmed();
    const QByteArray key = freshKey();
    m_writer.run({[this, name, key, categoryId](const QJsonObject &) {
                     return m_api.post(u"/categories/%1/subcategories"_s.arg(categoryId), {{u"name"_s, name}}, key);
                 }},
                 tr("Subcategory “%1” added to %2.").arg(name, category->data(0, NameRole).toString()));
}

void CategoryAdminPage::renameSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QString path = entryPath(item);
    const int version = item->data(0, VersionRole).toInt();
    const QString name = m_name->text().trimmed();
    m_writer.run({[this, path, version, name](const QJsonObject &) { return m_api.patch(path, {{u"name"_s, name}}, version); }},
                 tr("Renamed to “%1”; tickets that had the old name now carry the new one.").arg(name));
}

void CategoryAdminPage::toggleRetired()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QString path = entryPath(item);
    const int version = item->data(0, VersionRole).toInt();
    const bool active = item->data(0, ActiveRole).toBool();
    const QString name = item->data(0, NameRole).toString();
    m_writer.run({[this, path, version, active](const QJsonObject &) { return m_api.patch(path, {{u"active"_s, !active}}, version); }},
                 active ? tr("“%1” retired: no longer offered; tickets that have it keep it.").arg(name)
                        : tr("“%1” is offered again.").arg(name));
}

void CategoryAdminPage::move(int step)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent();
    QList<QTreeWidgetItem *> siblings;
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    for (int i = 0; i < count; ++i)
        siblings << (parent ? parent->child(i) : m_tree->topLevelItem(i));
    const int from = int(siblings.indexOf(item));
    const int to = from + step;
    if (from < 0 || to < 0 || to >= siblings.size())
        return;
    siblings.move(from, to);
    // Number the siblings 1, 2, 3 … in their new order; only those whose number changes are sent.
    QList<CatalogWriter::Request> requests;
    for (int i = 0; i < siblings.size(); ++i) {
        const QTreeWidgetItem *sibling = siblings.at(i);
        if (sibling->data(0, PositionRole).toInt() == i + 1)
            continue;
        const QString path = entryPath(sibling);
        const int version = sibling->data(0, VersionRole).toInt();
        requests << [this, path, version, i](const QJsonObject &) { return m_api.patch(path, {{u"position"_s, i + 1}}, version); };
    }
    m_writer.run(requests, tr("“%1” moved.").arg(item->data(0, NameRole).toString()));
}

} // namespace Helpline
