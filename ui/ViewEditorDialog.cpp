// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewEditorDialog.h"

#include "DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

QListWidget *choiceList(const QList<std::pair<QString, QString>> &choices, const QString &selected)
{
    auto *list = new QListWidget;
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setMaximumHeight(list->fontMetrics().height() * 4);
    const QStringList chosen = selected.split(u',', Qt::SkipEmptyParts);
    for (const auto &[value, text] : choices) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, value);
        item->setCheckState(chosen.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    return list;
}

QString checkedValues(const QListWidget *list)
{
    QStringList values;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values << list->item(row)->data(Qt::UserRole).toString();
    }
    return values.join(u',');
}

} // namespace

ViewEditorDialog::ViewEditorDialog(const SavedView &view, const QStringList &groups, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_name(new QLineEdit(view.name))
    , m_assignee(new QComboBox)
    , m_group(new QComboBox)
    , m_category(new QLineEdit(view.filters.value(u"category"_s).toString()))
    , m_location(new QLineEdit(view.filters.value(u"location"_s).toString()))
    , m_words(new QLineEdit(view.filters.value(u"q"_s).toString()))
{
    setObjectName(u"viewEditorDialog"_s);
    setWindowTitle(view.id ? tr("Edit view") : tr("New view"));
    m_name->setObjectName(u"viewName"_s);
    m_name->setMaxLength(int(SavedView::nameMax));

    QList<std::pair<QString, QString>> statuses, priorities, types;
    for (const QString &name : ticketStatusNames())
        statuses.append({name, DisplayText::statusText(*ticketStatusFromName(name))});
    for (int p = 1; p <= 4; ++p)
        priorities.append({QString::number(p), DisplayText::priorityText(static_cast<Priority>(p))});
    for (const QString &name : ticketTypeNames())
        types.append({name, DisplayText::typeText(*ticketTypeFromName(name))});
    m_statuses = choiceList(statuses, view.filters.value(u"status"_s).toString());
    m_priorities = choiceList(priorities, view.filters.value(u"priority"_s).toString());
    m_types = choiceList(types, view.filters.value(u"type"_s).toString());
    m_statuses->setObjectName(u"viewStatuses"_s);

    m_assignee->addItem(tr("Anyone or nobody"), QString());
    m_assignee->addItem(tr("Me"), u"me"_s);
    m_assignee->addItem(tr("Nobody (unassigned)"), u"none"_s);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(view.filters.value(u"assignee"_s).toString())));
    m_group->setEditable(true);
    m_group->addItem(QString());
    m_group->addItem(tr("My groups"), u"mine"_s);
    m_group->addItems(groups);
    const QString group = view.filters.value(u"group"_s).toString();
    if (group == u"mine"_s)
        m_group->setCurrentIndex(1);
    else
        m_group->setCurrentText(group);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Status:"), m_statuses);
    form->addRow(tr("&Priority:"), m_priorities);
    form->addRow(tr("&Type:"), m_types);
    form->addRow(tr("&Assignee:"), m_assignee);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Words:"), m_words);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SavedView ViewEditorDialog::view() const
{
    SavedView view = m_view;
    view.name = m_name->text().trimmed();
    QJsonObject filters;
    const auto put = [&](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            filters.insert(name, value.trimmed());
    };
    put(u"status"_s, checkedValues(m_statuses));
    put(u"priority"_s, checkedValues(m_priorities));
    put(u"type"_s, checkedValues(m_types));
    put(u"assignee"_s, m_assignee->currentData().toString());
    const bool mine = m_group->currentIndex() == 1 && m_group->currentText() == m_group->itemText(1);
    put(u"group"_s, mine ? u"mine"_s : m_group->currentText());
    put(u"category"_s, m_category->text());
    put(u"location"_s, m_location->text());
    put(u"q"_s, m_words->text());
    view.filters = filters;
    return view;
}

} // namespace Helpline
