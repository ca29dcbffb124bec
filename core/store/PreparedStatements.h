// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace Helpline {

// Prepared statements kept per connection and reused by their SQL text. Preparing is most of
// the cost of a small query: SQLite parses and plans the text, and Qt's PostgreSQL driver
// sends a PREPARE and a DEALLOCATE around every EXECUTE. A statement is lent to one SqlQuery
// at a time (a nested use of the same text prepares a second one), reset when it is given
// back, and dropped with its connection.
namespace PreparedStatements {

// A statement prepared for `sql` on `db`; a fresh one when none is free. Throws StoreError
// when the text does not prepare.
std::unique_ptr<QSqlQuery> take(const QSqlDatabase &db, const QString &sql);
// Resets the statement (an SQLite reader would otherwise keep its snapshot) and keeps it for
// the next use of the same text on the same connection.
void giveBack(const QSqlDatabase &db, const QString &sql, std::unique_ptr<QSqlQuery> statement);
// Drops every statement of the connection: before it closes, and after the schema changes
// (PostgreSQL refuses a plan whose result columns changed).
void forget(const QString &connectionName);

} // namespace PreparedStatements

} // namespace Helpline
