// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BusinessCalendar.h"
#include "FieldErrors.h"
#include "SlaClock.h"
#include "SlaPolicy.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// The SLA engine's inputs and results on the wire. The server sends the client a ticket's
// policy version, its calendar and its history, so the client's SlaClock computes the same
// figures as the server's (and previews a priority change); the server also sends its own
// SlaStatus for lists and sorting.
//
// Calendar: {"id", "name", "time_zone": "Europe/London", "twenty_four_seven": false,
//   "week": {"monday": [{"from": "09:00", "to": "12:30"}, …], …, "sunday": []},
//   "holidays": [{"date": "2026-12-24", "name": "Christmas Eve", "hours": [{"from": "09:00", "to": "13:00"}]}]}
//   ("to" may be "24:00"; a holiday without hours is closed all day.)
// Policy version: {"policy_id", "version", "effective_from", "breach_soon_percent",
//   "rules": [{"priority": 2, "type": "incident"|null, "category": "", "group": "",
//              "first_response_minutes": 30, "resolution_minutes": 480, "calendar_id": 1|null}]}
// History: {"start", "priority", "type", "category", "group", "first_response_at"|null,
//   "priority_changes": [{"at", "priority"}], "status_changes": [{"at", "status", "pending_reason"|null}]}
// Status: {"problem": null|"no_rule"|"unknown_calendar", "priority", "paused_seconds",
//   "first_response": measure, "resolution": measure,
//   "pauses": [{"from", "until"|null, "reason": "awaiting_user"|"awaiting_vendor", "business_seconds"}]}
//   measure: {"target_seconds", "elapsed_seconds", "remaining_seconds", "due"|null,
//   "state": "running"|"paused"|"stopped", "state_since", "pause_reason"|null, "stopped_by"|null,
//   "breached", "breach_soon", "standing": "on_track"|"at_risk"|"breached"|"met"}

QJsonObject calendarToJson(const BusinessCalendar &calendar);
// What an admin sends (or the server stored): every problem under its field's path
// ("week.monday[1]": "overlap", "time_zone": "unknown_time_zone", "holidays[3].date": "duplicate").
std::optional<BusinessCalendar> readCalendar(const QJsonObject &json, FieldErrors &errors);

QJsonObject policyVersionToJson(const SlaPolicyVersion &version);
// Checks the shape and then SlaPolicyVersion::validate().
std::optional<SlaPolicyVersion> readPolicyVersion(const QJsonObject &json, FieldErrors &errors);

QJsonObject historyToJson(const SlaTicketHistory &history);
std::optional<SlaTicketHistory> historyFromJson(const QJsonObject &json);

QJsonObject statusToJson(const SlaStatus &status);

QString slaClockStateName(SlaClockState state);   // "running", "paused", "stopped"
QString slaStandingName(SlaStanding standing);    // "on_track", "at_risk", "breached", "met"
QString slaPauseReasonName(SlaPauseReason reason); // "awaiting_user", "awaiting_vendor"

} // namespace Helpline
