// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationRepository.h"

#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectSteps =
    u"SELECT e.id, e.from_tier, e.to_tier, e.from_group, e.to_group, e.note, e.actor_id, u.display_name, e.at "
    "FROM ticket_escalations e JOIN users u ON u.id = e.actor_id "_s;

EscalationStep readStep(const SqlQuery &q)
{
    EscalationStep step;
    step.id = q.value(0).toLongLong();
    step.fromTier = supportTierFromName(q.value(1).toString()).value_or(SupportTier::L1);
    step.toTier = supportTierFromName(q.value(2).toString()).value_or(SupportTier::L1);
    step.fromGroup = q.value(3).toString();
    step.toGroup = q.value(4).toString();
    step.note = q.value(5).toString();
    step.by = {q.value(6).toLongLong(), q.value(7).toString()};
    step.at = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::UTC);
    return step;
}
} // namespace

EscalationStep EscalationRepository::add(const Ticket &before, const Ticket &after, const QString &note, qint64 actorId)
{
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO ticket_escalations (ticket_id, from_tier, to_tier, from_group, to_group, note, "
                    "actor_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(before.id)
        .bind(supportTierName(before.tier))
        .bind(supportTierName(after.tier))
        .bind(before.group)
        .bind(after.group)
        .bind(note)
        .bind(actorId)
        .bind(Clock::current().now().toMSecsSinceEpoch());
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into ticket_escalations returned no id"_s);
    const qint64 id = insert.value(0).toLongLong();
    SqlQuery read(m_db.connection(), selectSteps + u"WHERE e.id = ?"_s);
    read.bind(id);
    read.exec();
    if (!read.next())
        throw StoreError(u"escalation %1 not found after insert"_s.arg(id));
    return readStep(read);
}

QList<EscalationStep> EscalationRepository::forTicket(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(), selectSteps + u"WHERE e.ticket_id = ? ORDER BY e.id"_s);
    query.bind(ticketId);
    query.exec();
    QList<EscalationStep> steps;
    while (query.next())
        steps.append(readStep(query));
    return steps;
}

} // namespace Helpline
