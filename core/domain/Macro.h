// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Comment.h"
#include "FieldErrors.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Helpline {

// A canned response: a markdown text with placeholders ({ticket.number}, {requester.first_name}
// …, see MacroExpansion) written as a public reply or an internal note, and optionally a few
// ticket fields it sets at the same time (status, pending reason, assignment group).
struct Macro
{
    qint64 id = 0;
    QString name;
    QString body; // markdown with placeholders
    Comment::Visibility visibility = Comment::Visibility::Public;
    // The ticket fields the macro sets, as a PATCH /tickets/{id} body holds them: "status",
    // "pending_reason", "group". Empty: the macro only writes text.
    QJsonObject changes;
    QDateTime updatedAt;
    int version = 1;

    static constexpr qsizetype nameMax = 120;
    static constexpr qsizetype bodyMax = Comment::bodyMax;

    QJsonObject toJson() const;
    static std::optional<Macro> fromJson(const QJsonObject &json);
};

// The fields of `changes` a macro may set.
QStringList macroChangeFields();

// Reads a POST /macros body (`existing` empty) or a PATCH /macros/{id} body applied to
// `existing` (only the fields it names change). Every problem is reported under its field:
// an unknown placeholder in the body is "unknown_placeholder", never blanked.
std::optional<Macro> parseMacro(const QJsonObject &json, const std::optional<Macro> &existing, FieldErrors &errors);

} // namespace Helpline
