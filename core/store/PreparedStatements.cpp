// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreparedStatements.h"

#include "StoreError.h"

#include <QSqlError>
#include <unordered_map>
#include <vector>

namespace Helpline::PreparedStatements {

using namespace Qt::StringLiterals;

namespace {

using FreeStatements = std::vector<std::unique_ptr<QSqlQuery>>;
using ByText = std::unordered_map<QString, FreeStatements>;

// Queries are built from a bounded set of shapes (filters × sort keys), but a bound keeps a
// long-running server from collecting every rare shape forever.
constexpr size_t maxTextsPerConnection = 512;
constexpr size_t maxFreePerText = 4;

// A QSqlDatabase connection may only be used from the thread that opened it, so each thread
// keeps its own statements and no lock is needed.
std::unordered_map<QString, ByText> &statements()
{
    thread_local std::unordered_map<QString, ByText> perConnection;
    return perConnection;
}

} // namespace

std::unique_ptr<QSqlQuery> take(const QSqlDatabase &db, const QString &sql)
{
    const auto connection = statements().find(db.connectionName());
    if (connection != statements().end()) {
        const auto text = connection->second.find(sql);
        if (text != connection->second.end() && !text->second.empty()) {
            std::unique_ptr<QSqlQuery> statement = std::move(text->second.back());
            text->second.pop_back();
            return statement;
        }
    }
    auto statement = std::make_unique<QSqlQuery>(db);
    statement->setForwardOnly(true);
    if (!statement->prepare(sql))
        throw StoreError(u"prepare failed: %1 [%2]"_s.arg(statement->lastError().text(), sql));
    return statement;
}

void giveBack(const QSqlDatabase &db, const QString &sql, std::unique_ptr<QSqlQuery> statement)
{
    statement->finish();
    ByText &texts = statements()[db.connectionName()];
    auto text = texts.find(sql);
    if (text == texts.end()) {
        if (texts.size() >= maxTextsPerConnection)
            return;
        text = texts.emplace(sql, FreeStatements()).first;
    }
    if (text->second.size() < maxFreePerText)
        text->second.push_back(std::move(statement));
}

void forget(const QString &connectionName)
{
    statements().erase(connectionName);
}

} // namespace Helpline::PreparedStatements
