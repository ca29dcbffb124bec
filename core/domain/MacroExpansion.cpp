// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroExpansion.h"

#include <QRegularExpression>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_]+(?:\\.[A-Za-z_]+)+)\\}"_s);
    return pattern;
}

std::optional<QString> valueOf(const QString &name, const MacroContext &c)
{
    const Ticket &t = c.ticket;
    if (name == u"ticket.number"_s) return t.number;
    if (name == u"ticket.title"_s) return t.title;
    if (name == u"ticket.status"_s) return c.statusText.isEmpty() ? ticketStatusName(t.status) : c.statusText;
    if (name == u"ticket.priority"_s) return priorityLabel(t.priority);
    if (name == u"ticket.group"_s) return t.group;
    if (name == u"ticket.category"_s) return t.category;
    if (name == u"ticket.location"_s) return t.location;
    if (name == u"requester.name"_s) return t.requester.name;
    if (name == u"requester.first_name"_s) return MacroExpansion::firstName(t.requester.name);
    if (name == u"requester.email"_s) return t.requester.email;
    if (name == u"analyst.name"_s) return c.analystName;
    if (name == u"analyst.first_name"_s) return MacroExpansion::firstName(c.analystName);
    if (name == u"analyst.email"_s) return c.analystEmail;
    return std::nullopt;
}

} // namespace

QStringList MacroExpansion::placeholders()
{
    return {u"ticket.number"_s,     u"ticket.title"_s,         u"ticket.status"_s,   u"ticket.priority"_s,
            u"ticket.group"_s,      u"ticket.category"_s,      u"ticket.location"_s, u"requester.name"_s,
            u"requester.first_name"_s, u"requester.email"_s,   u"analyst.name"_s,    u"analyst.first_name"_s,
            u"analyst.email"_s};
}

MacroExpansion::Result MacroExpansion::expand(const QString &body, const MacroContext &context)
{
    Result result;
    qsizetype copied = 0;
    auto matches = placeholderPattern().globalMatch(body);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result.text += QStringView(body).mid(copied, match.capturedStart() - copied);
        if (const auto value = valueOf(match.captured(1), context)) {
            result.text += *value;
        } else {
            result.text += match.captured(0);
            if (!result.unknown.contains(match.captured(0)))
                result.unknown << match.captured(0);
        }
        copied = match.capturedEnd();
    }
    result.text += QStringView(body).mid(copied);
    return result;
}

QStringList MacroExpansion::unknownPlaceholders(const QString &body)
{
    return expand(body, {}).unknown;
}

QString MacroExpansion::firstName(const QString &fullName)
{
    const QString name = fullName.simplified();
    if (name.contains(u','))
        return name.section(u',', 1).simplified().section(u' ', 0, 0);
    return name.section(u' ', 0, 0);
}

} // namespace Helpline
