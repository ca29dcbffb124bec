// SPDX-License-Identifier: GPL-3.0-or-later
#include "Macro.h"

#include "JsonFields.h"
#include "MacroExpansion.h"
#include "Ticket.h"
#include "TicketValidation.h"

#include <QSet>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> writable{u"name"_s, u"body"_s, u"visibility"_s, u"changes"_s};
const QSet<QString> readOnly{u"id"_s, u"version"_s, u"updated_at"_s};

// The "changes" object: only the fields a macro may set, each valid on its own. Whether the
// ticket may take them is decided when the macro is applied, by the ticket's workflow.
QJsonObject readChanges(const QJsonValue &value, FieldErrors &errors)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isObject()) {
        errors.insert(u"changes"_s, u"must_be_object"_s);
        return {};
    }
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString field = u"changes."_s + it.key();
        if (!macroChangeFields().contains(it.key())) {
            errors.insert(field, u"unknown_field"_s);
            continue;
        }
        if (it.value().isNull())
            continue; // "don't change it", as if absent
        if (!it.value().isString()) {
            errors.insert(field, u"must_be_text"_s);
            continue;
        }
        const QString text = it.value().toString().trimmed();
        if (it.key() == u"status"_s) {
            if (!ticketStatusFromName(text))
                errors.insert(field, u"invalid"_s);
        } else if (it.key() == u"pending_reason"_s) {
            if (!pendingReasonFromName(text))
                errors.insert(field, u"invalid"_s);
        } else if (text.isEmpty()) {
            errors.insert(field, u"required"_s); // a group to move to, or no "group" at all
        } else if (text.size() > TicketLimits::shortTextMax) {
            errors.insert(field, u"too_long"_s);
        }
        out.insert(it.key(), text);
    }
    if (out.contains(u"pending_reason"_s) && out.value(u"status"_s).toString() != u"pending"_s)
        errors.insert(u"changes.pending_reason"_s, u"only_with_pending"_s);
    return out;
}

} // namespace

QStringList macroChangeFields()
{
    return {u"status"_s, u"pending_reason"_s, u"group"_s};
}

QJsonObject Macro::toJson() const
{
    return {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"body"_s, body},
        {u"visibility"_s, visibilityName(visibility)},
        {u"changes"_s, changes},
        {u"updated_at"_s, toWireTime(updatedAt)},
        {u"version"_s, version},
    };
}

std::optional<Macro> Macro::fromJson(const QJsonObject &json)
{
    const auto visibility = visibilityFromName(json.value(u"visibility"_s).toString());
    Macro macro;
    macro.id = json.value(u"id"_s).toInteger();
    macro.name = json.value(u"name"_s).toString();
    if (!visibility || macro.id <= 0 || macro.name.isEmpty())
        return std::nullopt;
    macro.visibility = *visibility;
    macro.body = json.value(u"body"_s).toString();
    macro.changes = json.value(u"changes"_s).toObject();
    macro.updatedAt = fromWireTime(json.value(u"updated_at"_s).toString());
    macro.version = json.value(u"version"_s).toInt(1);
    return macro;
}

std::optional<Macro> parseMacro(const QJsonObject &json, const std::optional<Macro> &existing, FieldErrors &errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (readOnly.contains(it.key()))
            errors.insert(it.key(), u"read_only"_s);
        else if (!writable.contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    if (existing && json.isEmpty()) {
        errors.insert(u"body"_s, u"no_changes"_s);
        return std::nullopt;
    }
    Macro macro = existing.value_or(Macro());
    const bool creating = !existing;
    if (creating || json.contains(u"name"_s))
        macro.name = readTextField(json, u"name"_s, Macro::nameMax, true, errors);
    if (creating || json.contains(u"body"_s)) {
        // Not trimmed: markdown cares about leading spaces; but an all-blank text says nothing.
        const QJsonValue body = json.value(u"body"_s);
        if (!body.isString() || body.toString().trimmed().isEmpty()) {
            errors.insert(u"body"_s, body.isUndefined() || body.isNull() || body.isString() ? u"required"_s
                                                                                            : u"must_be_text"_s);
        } else if (body.toString().size() > Macro::bodyMax) {
            errors.insert(u"body"_s, u"too_long"_s);
        } else {
            macro.body = body.toString();
            if (!MacroExpansion::unknownPlaceholders(macro.body).isEmpty())
                errors.insert(u"body"_s, u"unknown_placeholder"_s);
        }
    }
    if (creating || json.contains(u"visibility"_s)) {
        const auto visibility = visibilityFromName(json.value(u"visibility"_s).toString());
        if (visibility)
            macro.visibility = *visibility;
        else
            errors.insert(u"visibility"_s, json.contains(u"visibility"_s) ? u"invalid"_s : u"required"_s);
    }
    if (json.contains(u"changes"_s))
        macro.changes = readChanges(json.value(u"changes"_s), errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return macro;
}

} // namespace Helpline
