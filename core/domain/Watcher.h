// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Role.h"
#include "Ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Helpline {

// Why someone follows a ticket. Besides being added (by themselves or a colleague), the
// creator and everyone who writes a reply or note follow it from then on, as in Jira.
enum class WatchReason { Added, Created, Wrote };
QString watchReasonName(WatchReason reason); // "added", "created", "wrote"

// An analyst following a ticket (GET /tickets/{id}/watchers).
struct Watcher
{
    UserRef user;
    QDateTime since;

    QJsonObject toJson() const;
    static std::optional<Watcher> fromJson(const QJsonObject &json);

    // Only those who work tickets follow them: a watcher is someone the ticket's changes
    // concern, and room staff never see the queue.
    static bool mayWatch(Role role) { return roleHas(role, Permission::WriteTickets); }
};

// A POST /tickets/{id}/watchers body: {"user_id": n}. The user id, or nullopt with
// user_id → required / invalid and unknown fields → unknown_field.
std::optional<qint64> parseWatcherRequest(const QJsonObject &json, FieldErrors &errors);

} // namespace Helpline
