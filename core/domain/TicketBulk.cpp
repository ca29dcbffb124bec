// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketBulk.h"

#include "TicketWorkflow.h"

#include <QJsonArray>
#include <QSet>

namespace Helpline {

using namespace Qt::StringLiterals;

std::optional<TicketBulkChange> TicketBulkChange::parse(const QJsonObject &json, FieldErrors &errors)
{
    static const QSet<QString> known{u"ids"_s, u"changes"_s, u"note"_s, u"take_unassigned"_s};
    static const QSet<QString> bulkFields{u"status"_s, u"pending_reason"_s, u"resolution_code"_s,
                                          u"resolution_notes"_s, u"assignee_id"_s, u"group"_s,
                                          u"impact"_s, u"urgency"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    TicketBulkChange bulk;
    const QJsonValue ids = json.value(u"ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty()) {
        errors.insert(u"ids"_s, u"required"_s);
    } else if (ids.toArray().size() > maxTickets) {
        errors.insert(u"ids"_s, u"too_many"_s);
    } else {
        QSet<qint64> seen;
        for (const QJsonValue &id : ids.toArray()) {
            const qint64 value = id.isDouble() ? id.toInteger(-1) : -1;
            if (value <= 0 || seen.contains(value)) {
                errors.insert(u"ids"_s, value <= 0 ? u"invalid"_s : u"duplicate"_s);
                break;
            }
            seen.insert(value);
            bulk.ids << value;
        }
    }
    if (json.contains(u"changes"_s)) {
        if (!json.value(u"changes"_s).isObject()) {
            errors.insert(u"changes"_s, u"invalid"_s);
        } else {
            bulk.changes = json.value(u"changes"_s).toObject();
            for (auto it = bulk.changes.begin(); it != bulk.changes.end(); ++it) {
                if (!bulkFields.contains(it.key()))
                    errors.insert(u"changes."_s + it.key(), u"unknown_field"_s);
            }
        }
    }
    if (json.contains(u"note"_s)) {
        FieldErrors noteErrors;
        if (!json.value(u"note"_s).isObject())
            noteErrors.insert(u"body"_s, u"required"_s);
        else
            bulk.note = parseNewComment(json.value(u"note"_s).toObject(), noteErrors);
        for (auto it = noteErrors.cbegin(); it != noteErrors.cend(); ++it)
            errors.insert(u"note."_s + it.key(), it.value());
    }
    if (json.contains(u"take_unassigned"_s)) {
        if (!json.value(u"take_unassigned"_s).isBool())
            errors.insert(u"take_unassigned"_s, u"invalid"_s);
        bulk.takeUnassigned = json.value(u"take_unassigned"_s).toBool();
    }
    if (errors.isEmpty() && bulk.changes.isEmpty() && !bulk.note)
        errors.insert(u"changes"_s, u"no_changes"_s);
    if (!errors.isEmpty())
        return std::nullopt;
    return bulk;
}

QJsonObject TicketBulkChange::toJson() const
{
    QJsonArray idList;
    for (qint64 id : ids)
        idList.append(id);
    QJsonObject json{{u"ids"_s, idList}};
    if (!changes.isEmpty())
        json.insert(u"changes"_s, changes);
    if (note)
        json.insert(u"note"_s, QJsonObject{{u"body"_s, note->body}, {u"visibility"_s, visibilityName(note->visibility)}});
    if (takeUnassigned)
        json.insert(u"take_unassigned"_s, true);
    return json;
}

QJsonObject TicketBulkChange::changesFor(const Ticket &ticket, qint64 callerId) const
{
    QJsonObject applied = changes;
    if (takeUnassigned && !ticket.assignee && !changes.contains(u"assignee_id"_s) && !changes.isEmpty())
        applied.insert(u"assignee_id"_s, callerId);
    return applied;
}

bool TicketBulkChange::needsAssignee(const QJsonObject &changes)
{
    if (changes.contains(u"assignee_id"_s))
        return false;
    const auto status = ticketStatusFromName(changes.value(u"status"_s).toString());
    return status && TicketWorkflow::requirementsOf(*status, {}).contains(u"assignee_id"_s);
}

} // namespace Helpline
