// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonSearchModel.h"

#include <QStringList>

namespace Helpline {

using namespace Qt::StringLiterals;

int PersonSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant PersonSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return describe(person);
    case Qt::EditRole: return person.name;
    case Qt::ToolTipRole:
        return person.managerName.isEmpty() ? QVariant()
                                            : QVariant(tr("Manager: %1").arg(person.managerName));
    case PersonIdRole: return person.id;
    default: return {};
    }
}

void PersonSearchModel::setPeople(const QList<Person> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

const Person *PersonSearchModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

QString PersonSearchModel::describe(const Person &person)
{
    QString text = person.email.isEmpty() ? person.name : tr("%1 <%2>").arg(person.name, person.email);
    QStringList where;
    for (const QString &part : {person.department, person.location}) {
        if (!part.isEmpty())
            where << part;
    }
    if (!where.isEmpty())
        text = tr("%1 — %2").arg(text, where.join(u", "_s));
    if (!person.active)
        text = tr("%1 (inactive)").arg(text);
    return text;
}

} // namespace Helpline
