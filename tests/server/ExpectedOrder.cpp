// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedOrder.h"

#include "Ticket.h"

namespace Helpline::Test {

using namespace Qt::StringLiterals;

namespace {

int compareField(const ListedTicket &a, const ListedTicket &b, TicketSortField field)
{
    const auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (field) {
    case TicketSortField::Id: return cmp(a.id, b.id);
    case TicketSortField::Number: return cmp(a.number, b.number);
    case TicketSortField::Priority: return cmp(a.priority, b.priority);
    case TicketSortField::CreatedAt: return cmp(a.createdAt, b.createdAt);
    case TicketSortField::UpdatedAt: return cmp(a.updatedAt, b.updatedAt);
    case TicketSortField::Status: return cmp(a.status, b.status);
    case TicketSortField::Type: return cmp(a.type, b.type);
    case TicketSortField::Title: return cmp(a.title, b.title);
    case TicketSortField::Requester: return cmp(a.requester, b.requester);
    case TicketSortField::Group: return cmp(a.group, b.group);
    case TicketSortField::Location: return cmp(a.location, b.location);
    }
    qFatal("the test does not order by this field");
}

} // namespace

ListedTicket ListedTicket::fromJson(const QJsonObject &ticket)
{
    ListedTicket listed;
    listed.id = ticket.value(u"id"_s).toInteger();
    listed.number = ticket.value(u"number"_s).toString();
    listed.priority = ticket.value(u"priority"_s).toInt();
    listed.createdAt = fromWireTime(ticket.value(u"created_at"_s).toString()).toMSecsSinceEpoch();
    listed.updatedAt = fromWireTime(ticket.value(u"updated_at"_s).toString()).toMSecsSinceEpoch();
    listed.status = ticket.value(u"status"_s).toString();
    listed.type = ticket.value(u"type"_s).toString();
    listed.title = ticket.value(u"title"_s).toString();
    listed.requester = ticket.value(u"requester"_s).toObject().value(u"name"_s).toString();
    listed.group = ticket.value(u"group"_s).toString();
    listed.location = ticket.value(u"location"_s).toString();
    return listed;
}

QList<qint64> expectedOrder(QList<ListedTicket> tickets, const QString &sort)
{
    QList<TicketSortKey> keys = sort.isEmpty() ? TicketQuery::defaultSort() : *TicketQuery::parseSort(sort);
    keys.append({TicketSortField::Id, false});
    std::sort(tickets.begin(), tickets.end(), [&](const ListedTicket &a, const ListedTicket &b) {
        for (const TicketSortKey &key : std::as_const(keys)) {
            const int c = compareField(a, b, key.field);
            if (c != 0)
                return key.descending ? c > 0 : c < 0;
        }
        return false;
    });
    QList<qint64> ids;
    for (const ListedTicket &ticket : std::as_const(tickets))
        ids << ticket.id;
    return ids;
}

} // namespace Helpline::Test
