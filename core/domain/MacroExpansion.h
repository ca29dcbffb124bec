// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QStringList>

namespace Helpline {

// What a macro's placeholders are filled from.
struct MacroContext
{
    Ticket ticket;
    QString statusText; // how the ticket's status reads to a person; the caller translates it
    QString analystName;
    QString analystEmail;
};

// Fills a macro's placeholders. A placeholder is a dotted name in braces; the documented set:
//
//   {ticket.number} {ticket.title} {ticket.status} {ticket.priority} {ticket.group}
//   {ticket.category} {ticket.location}
//   {requester.name} {requester.first_name} {requester.email}
//   {analyst.name} {analyst.first_name} {analyst.email}
//
// Braces around anything without a dot ({}, {x}, JSON) are plain text. An unknown dotted
// name is left exactly as written and reported, never silently blanked: the analyst sees it
// before sending, and the server refuses to store a macro that has one.
class MacroExpansion
{
public:
    struct Result
    {
        QString text;
        QStringList unknown; // as written, with braces, each once, in order of appearance
    };

    static QStringList placeholders(); // the documented names, without braces
    static Result expand(const QString &body, const MacroContext &context);
    static QStringList unknownPlaceholders(const QString &body);

    // "Ann Smith" -> "Ann"; "Smith, Ann" -> "Ann"; one word stays as it is.
    static QString firstName(const QString &fullName);
};

} // namespace Helpline
