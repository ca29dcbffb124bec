// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketEnums.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace Helpline {

// The fields a ticket list may be sorted by: an allowlist, so no caller text reaches SQL.
enum class TicketSortField { Id, Priority, CreatedAt, UpdatedAt, Status, Type, Number, Title, Requester, Group, Location };

struct TicketSortKey
{
    TicketSortField field;
    bool descending = false;
    bool operator==(const TicketSortKey &) const = default;
};

struct TicketFilter
{
    QList<TicketStatus> statuses;     // any of these; empty = all
    QList<TicketType> types;          // any of these; empty = all
    QList<int> priorities;            // any of these; empty = all
    std::optional<qint64> assigneeId; // only this assignee's
    bool unassignedOnly = false;
    QString group;
    std::optional<qint64> groupsOfUser; // only the groups this user works in (group=mine)
    QString category;
    QString location;
    std::optional<qint64> requesterPersonId; // this person's tickets
    std::optional<SupportTier> tier;
    std::optional<qint64> watcherId; // only the tickets this user watches (watcher=me)
    QString text; // in number, title or requester name, case-insensitive
};

struct TicketQuery
{
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 200;

    TicketFilter filter;
    QList<TicketSortKey> sort; // id is always the last tie-breaker
    int limit = defaultLimit;
    QString cursor; // from a previous page's next_cursor, with the same sort

    // "priority,-created_at" -> keys; nullopt for an unknown field or a repeated one.
    static std::optional<QList<TicketSortKey>> parseSort(const QString &text);
    static QString sortText(const QList<TicketSortKey> &keys);
    static QList<TicketSortKey> defaultSort(); // priority, then oldest first
};

// A keyset cursor: the sort keys of the last row of a page, plus the sort it belongs to.
struct TicketCursor
{
    QString sort;
    QVariantList values; // one per sort key, then the id

    QString encode() const;
    static std::optional<TicketCursor> decode(const QString &text);
};

} // namespace Helpline
