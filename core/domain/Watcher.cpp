// SPDX-License-Identifier: GPL-3.0-or-later
#include "Watcher.h"

#include "WireNames.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr std::pair<WatchReason, const char *> reasonNames[] = {
    {WatchReason::Added, "added"},
    {WatchReason::Created, "created"},
    {WatchReason::Wrote, "wrote"},
};
} // namespace

QString watchReasonName(WatchReason reason) { return wireName(reasonNames, reason); }

QJsonObject Watcher::toJson() const
{
    return {{u"user"_s, QJsonObject{{u"id"_s, user.id}, {u"name"_s, user.name}}}, {u"since"_s, toWireTime(since)}};
}

std::optional<Watcher> Watcher::fromJson(const QJsonObject &json)
{
    const QJsonObject user = json.value(u"user"_s).toObject();
    const qint64 id = user.value(u"id"_s).toInteger();
    if (id <= 0)
        return std::nullopt;
    return Watcher{{id, user.value(u"name"_s).toString()}, fromWireTime(json.value(u"since"_s).toString())};
}

std::optional<qint64> parseWatcherRequest(const QJsonObject &json, FieldErrors &errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"user_id"_s)
            errors.insert(it.key(), u"unknown_field"_s);
    }
    const QJsonValue value = json.value(u"user_id"_s);
    if (value.isUndefined() || value.isNull())
        errors.insert(u"user_id"_s, u"required"_s);
    else if (!value.isDouble() || value.toInteger(-1) <= 0 || value.toDouble() != double(value.toInteger()))
        errors.insert(u"user_id"_s, u"invalid"_s);
    if (!errors.isEmpty())
        return std::nullopt;
    return value.toInteger();
}

} // namespace Helpline
