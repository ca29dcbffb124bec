// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "PeopleImport.h"
#include "Person.h"

#include <QSet>
#include <optional>

namespace Helpline {

class PersonRepository
{
public:
    explicit PersonRepository(const Database &database) : m_db(database) {}

    // People whose name or email holds `text` (any case), active ones first, by name.
    QList<Person> search(const QString &text, int limit) const;
    std::optional<Person> find(qint64 id) const;
    QSet<QString> emails() const; // normalised

    struct ImportResult
    {
        int created = 0;
        int updated = 0;
    };
    // Writes a valid plan: adds unknown emails, updates known ones, then links managers.
    // Call inside a Transaction, so a failure leaves the directory as it was.
    ImportResult import(const PeopleImportPlan &plan, std::optional<qint64> actorId);

    static QString searchKey(const QString &name, const QString &email);

private:
    const Database &m_db;
};

} // namespace Helpline
