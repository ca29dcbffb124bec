// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace Helpline {

// Brings the schema to the newest version, one numbered step per transaction. Steps are
// never edited once released: a change is a new step.
void migrate(const QSqlDatabase &db, SqlDialect dialect);
int latestSchemaVersion();

} // namespace Helpline
