// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"

#include <QAbstractListModel>

namespace Helpline {

// The people a directory search found, one a row, as the requester lookup offers them:
// "Name <email> — Department, Location". EditRole is the name alone (what the field keeps).
class PersonSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PersonIdRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setPeople(const QList<Person> &people);
    const Person *personAt(int row) const;

    static QString describe(const Person &person); // the one-line text of a row

private:
    QList<Person> m_people;
};

} // namespace Helpline
