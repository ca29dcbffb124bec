// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QList>

namespace Helpline {

// Brings the schema to the newest version, one numbered step per transaction. Steps are
// never edited once released: a change is a new step.
//
// Each step runs unless its own number is recorded, so numbers may have gaps and a step
// merged in later with a lower number than one already applied still runs.
void migrate(const QSqlDatabase &db, SqlDialect dialect);
int latestSchemaVersion();
QList<int> schemaStepVersions(); // every step's number, ascending

} // namespace Helpline
