// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketListParameters.h"

#include "ApiError.h"

#include <QSet>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

template<typename T, typename Parse>
QList<T> parseList(const QString &text, Parse parse, bool &ok)
{
    QList<T> values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto value = parse(part.trimmed());
        if (!value) {
            ok = false;
            return {};
        }
        values.append(*value);
    }
    ok = !values.isEmpty();
    return values;
}

} // namespace

TicketQuery parseTicketListParameters(const QUrlQuery &parameters, qint64 me)
{
    FieldErrors errors;
    TicketQuery query = readTicketListParameters(parameters, me, errors);
    if (!errors.isEmpty())
        throw ApiError::malformed(u"Some query parameters are unknown or invalid."_s, errors);
    return query;
}

TicketQuery readTicketListParameters(const QUrlQuery &parameters, qint64 me, FieldErrors &errors)
{
    static const QSet<QString> known{u"status"_s, u"type"_s, u"priority"_s, u"assignee"_s, u"group"_s,
                                     u"category"_s, u"location"_s, u"q"_s, u"sort"_s, u"limit"_s,
                                     u"cursor"_s, u"requester"_s, u"tier"_s, u"watcher"_s};
    TicketQuery query;
    for (const auto &[name, rawValue] : parameters.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            errors.insert(name, u"unknown_parameter"_s);
            continue;
        }
        const QString value = rawValue.trimmed();
        bool ok = true;
        if (name == u"status"_s) {
            query.filter.statuses = parseList<TicketStatus>(value, ticketStatusFromName, ok);
        } else if (name == u"type"_s) {
            query.filter.types = parseList<TicketType>(value, ticketTypeFromName, ok);
        } else if (name == u"priority"_s) {
            query.filter.priorities = parseList<int>(value, [](const QString &p) -> std::optional<int> {
                const int n = p.startsWith(u'P', Qt::CaseInsensitive) ? p.mid(1).toInt() : p.toInt();
                return n >= 1 && n <= 4 ? std::optional<int>(n) : std::nullopt;
            }, ok);
        } else if (name == u"assignee"_s) {
            if (value == u"me"_s) {
                query.filter.assigneeId = me;
            } else if (value == u"none"_s) {
                query.filter.unassignedOnly = true;
            } else {
                const qint64 id = value.toLongLong(&ok);
                ok = ok && id > 0;
                query.filter.assigneeId = id;
            }
        } else if (name == u"group"_s) {
            if (value == u"mine"_s)
                query.filter.groupsOfUser = me;
            else
                query.filter.group = value;
        } else if (name == u"category"_s) {
            query.filter.category = value;
        } else if (name == u"location"_s) {
            query.filter.location = value;
        } else if (name == u"requester"_s) {
            const qint64 id = value.toLongLong(&ok);
            ok = ok && id > 0;
            query.filter.requesterPersonId = id;
        } else if (name == u"tier"_s) {
            query.filter.tier = supportTierFromName(value);
            ok = query.filter.tier.has_value();
        } else if (name == u"watcher"_s) {
            // Only the caller's own: what a colleague follows is theirs to know.
            ok = value == u"me"_s;
            query.filter.watcherId = me;
        } else if (name == u"q"_s) {
            query.filter.text = value;
            ok = value.size() <= 200;
        } else if (name == u"sort"_s) {
            const auto keys = TicketQuery::parseSort(value);
            ok = keys.has_value();
            if (keys)
                query.sort = *keys;
        } else if (name == u"limit"_s) {
            query.limit = value.toInt(&ok);
            ok = ok && query.limit >= 1 && query.limit <= TicketQuery::maxLimit;
        } else if (name == u"cursor"_s) {
            query.cursor = value;
            ok = !value.isEmpty();
        }
        if (!ok)
            errors.insert(name, u"invalid"_s);
    }
    return query;
}

QUrlQuery viewFilterParameters(const QJsonObject &filters)
{
    QUrlQuery parameters;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        parameters.addQueryItem(it.key(), it.value().toString());
    return parameters;
}

FieldErrors checkViewDefinition(const QJsonObject &filters, const QString &sort)
{
    FieldErrors errors;
    FieldErrors filterErrors;
    readTicketListParameters(viewFilterParameters(filters), 0, filterErrors);
    for (auto it = filterErrors.cbegin(); it != filterErrors.cend(); ++it)
        errors.insert(u"filters."_s + it.key(), it.value());
    for (const QString &name : {u"sort"_s, u"limit"_s, u"cursor"_s}) {
        if (filters.contains(name))
            errors.insert(u"filters."_s + name, u"unknown_parameter"_s);
    }
    if (!sort.isEmpty() && !TicketQuery::parseSort(sort))
        errors.insert(u"sort"_s, u"invalid"_s);
    return errors;
}

} // namespace Helpline
