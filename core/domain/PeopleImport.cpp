// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleImport.h"

#include "CsvReader.h"
#include "Person.h"
#include "TicketValidation.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

enum class Column { Name, FirstName, LastName, Email, Department, Location, ManagerEmail };

std::optional<Column> columnFor(const QString &header)
{
    static const QHash<QString, Column> aliases{
        {u"name"_s, Column::Name},           {u"full name"_s, Column::Name},
        {u"display name"_s, Column::Name},   {u"first name"_s, Column::FirstName},
        {u"given name"_s, Column::FirstName}, {u"last name"_s, Column::LastName},
        {u"surname"_s, Column::LastName},    {u"family name"_s, Column::LastName},
        {u"email"_s, Column::Email},         {u"e-mail"_s, Column::Email},
        {u"mail"_s, Column::Email},          {u"email address"_s, Column::Email},
        {u"department"_s, Column::Department}, {u"dept"_s, Column::Department},
        {u"location"_s, Column::Location},   {u"office"_s, Column::Location},
        {u"site"_s, Column::Location},       {u"manager email"_s, Column::ManagerEmail},
        {u"manager"_s, Column::ManagerEmail},
    };
    QString key = header.trimmed().toLower();
    key.replace(u'_', u' ');
    const auto it = aliases.constFind(key);
    return it == aliases.constEnd() ? std::nullopt : std::optional(it.value());
}

void checkText(PersonImportRow &row, const QString &column, const QString &value, qsizetype max, bool required)
{
    if (required && value.isEmpty())
        row.errors.insert(column, u"required"_s);
    else if (value.size() > max)
        row.errors.insert(column, u"too_long"_s);
}

} // namespace

QJsonObject PersonImportRow::toJson() const
{
    QJsonObject fields;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        fields.insert(it.key(), it.value());
    return {
        {u"line"_s, line},
        {u"name"_s, name},
        {u"email"_s, email},
        {u"department"_s, department},
        {u"location"_s, location},
        {u"manager_email"_s, managerEmail},
        {u"action"_s, updatesExisting ? u"update"_s : u"create"_s},
        {u"errors"_s, fields},
    };
}

bool PeopleImportPlan::isValid() const
{
    return fileError.isEmpty() && !rows.isEmpty() && invalidRowCount() == 0;
}

int PeopleImportPlan::invalidRowCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const PersonImportRow &row) { return !row.errors.isEmpty(); }));
}

int PeopleImportPlan::updateCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const PersonImportRow &row) { return row.updatesExisting; }));
}

QJsonObject PeopleImportPlan::toJson() const
{
    QJsonArray items;
    for (const PersonImportRow &row : rows)
        items.append(row.toJson());
    return {
        {u"valid"_s, isValid()},
        {u"file_error"_s, fileError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fileError)},
        {u"rows"_s, items},
        {u"row_count"_s, rows.size()},
        {u"invalid_count"_s, invalidRowCount()},
        {u"create_count"_s, rows.size() - updateCount()},
        {u"update_count"_s, updateCount()},
    };
}

PeopleImportPlan planPeopleImport(QStringView csv, const std::function<bool(const QString &email)> &isKnownEmail)
{
    PeopleImportPlan plan;
    const CsvReader reader(csv);
    if (!reader.error().isEmpty()) {
        plan.fileError = reader.error();
        return plan;
    }
    const QList<CsvReader::Record> records = reader.records();
    if (records.isEmpty()) {
        plan.fileError = u"empty"_s;
        return plan;
    }
    if (records.size() == 1) {
        plan.fileError = u"no_rows"_s;
        return plan;
    }
    if (records.size() - 1 > PeopleImportPlan::maxRows) {
        plan.fileError = u"too_many_rows"_s;
        return plan;
    }

    QHash<Column, qsizetype> columns;
    const QStringList header = records.constFirst().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (const auto column = columnFor(header.at(i)); column && !columns.contains(*column))
            columns.insert(*column, i);
    }
    if (!columns.contains(Column::Email)) {
        plan.fileError = u"missing_column:email"_s;
        return plan;
    }
    const bool splitName = !columns.contains(Column::Name);
    if (splitName && !columns.contains(Column::FirstName) && !columns.contains(Column::LastName)) {
        plan.fileError = u"missing_column:name"_s;
        return plan;
    }

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        const auto cell = [&](Column column) {
            const qsizetype index = columns.value(column, -1);
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
        };
        PersonImportRow row;
        row.line = record.line;
        row.name = splitName ? (cell(Column::FirstName) + u' ' + cell(Column::LastName)).trimmed() : cell(Column::Name);
        row.email = normalizedEmail(cell(Column::Email));
        row.department = cell(Column::Department);
        row.location = cell(Column::Location);
        row.managerEmail = normalizedEmail(cell(Column::ManagerEmail));
        plan.rows.append(row);
    }

    QHash<QString, int> lineOfEmail;
    for (PersonImportRow &row : plan.rows) {
        checkText(row, u"name"_s, row.name, Person::nameMax, true);
        checkText(row, u"email"_s, row.email, Person::emailMax, true);
        checkText(row, u"department"_s, row.department, Person::nameMax, false);
        checkText(row, u"location"_s, row.location, Person::nameMax, false);
        if (!row.errors.contains(u"email"_s) && !looksLikeEmail(row.email))
            row.errors.insert(u"email"_s, u"invalid"_s);
        if (!row.errors.contains(u"email"_s)) {
            if (lineOfEmail.contains(row.email))
                row.errors.insert(u"email"_s, u"duplicate"_s);
            else
                lineOfEmail.insert(row.email, row.line);
        }
        row.updatesExisting = !row.email.isEmpty() && isKnownEmail(row.email);
    }
    // A manager may come later in the same file, so managers are checked once every email is known.
    for (PersonImportRow &row : plan.rows) {
        if (row.managerEmail.isEmpty())
            continue;
        if (!looksLikeEmail(row.managerEmail))
            row.errors.insert(u"manager_email"_s, u"invalid"_s);
        else if (row.managerEmail == row.email)
            row.errors.insert(u"manager_email"_s, u"self"_s);
        else if (!lineOfEmail.contains(row.managerEmail) && !isKnownEmail(row.managerEmail))
            row.errors.insert(u"manager_email"_s, u"unknown_manager"_s);
    }
    return plan;
}

} // namespace Helpline
