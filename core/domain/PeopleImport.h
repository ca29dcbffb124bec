// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace Helpline {

// An HR export of people, read and checked row by row before anything is written. The
// import is all or nothing: one bad row and nothing is imported, so the directory never
// holds half a file. Rows are matched to the directory by email: a known email updates that
// person, an unknown one adds a person.
//
// Columns are found by their header, in any order and case: name (or first name + last
// name), email, department, location (or office, site), manager_email (or manager). Other
// columns are ignored.
struct PersonImportRow
{
    int line = 0; // in the file, 1-based; the header is line 1
    QString name;
    QString email;
    QString department;
    QString location;
    QString managerEmail;
    bool updatesExisting = false;
    FieldErrors errors; // column -> "required", "invalid", "duplicate", "unknown_manager", ...

    QJsonObject toJson() const;
};

struct PeopleImportPlan
{
    static constexpr int maxRows = 50000;

    QList<PersonImportRow> rows;
    // Why the file as a whole cannot be read: "empty", "no_rows", "missing_column:email",
    // "unterminated_quote:12", "too_many_rows" ...; empty when it could.
    QString fileError;

    bool isValid() const;
    int invalidRowCount() const;
    int updateCount() const;
    QJsonObject toJson() const; // the preview: every row with its errors and summary counts
};

// `isKnownEmail` says whether the directory already holds a person with this (normalised) email.
PeopleImportPlan planPeopleImport(QStringView csv, const std::function<bool(const QString &email)> &isKnownEmail);

} // namespace Helpline
