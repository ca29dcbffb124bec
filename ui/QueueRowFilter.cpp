// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueRowFilter.h"

#include "Ticket.h"
#include "TicketTableModel.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
QStringList valuesOf(const QJsonObject &filters, const QString &name)
{
    QStringList values;
    for (const QString &value : filters.value(name).toString().split(u',', Qt::SkipEmptyParts))
        values << value.trimmed();
    return values;
}

bool listed(const QStringList &values, QStringView value)
{
    return values.isEmpty() || std::any_of(values.cbegin(), values.cend(), [value](const QString &v) {
               return v.compare(value, Qt::CaseInsensitive) == 0;
           });
}
} // namespace

QStringList QueueRowFilter::wordsOf(const QString &text)
{
    return text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
}

bool QueueRowFilter::implies(const QStringList &stronger, const QStringList &weaker)
{
    return std::all_of(weaker.cbegin(), weaker.cend(), [&](const QString &w) {
        return std::any_of(stronger.cbegin(), stronger.cend(), [&](const QString &s) { return s.contains(w); });
    });
}

QueueRowFilter::Change QueueRowFilter::setSearchText(const QString &text)
{
    const QStringList words = wordsOf(text);
    const bool narrower = implies(words, m_words);
    const bool wider = implies(m_words, words);
    m_words = words;
    if (narrower && wider)
        return Change::Same;
    if (narrower)
        return Change::Narrower;
    return wider ? Change::Wider : Change::Other;
}

void QueueRowFilter::setStatusScope(StatusScope scope, std::optional<TicketStatus> only)
{
    m_scope = scope;
    m_only = only;
}

void QueueRowFilter::setViewFilters(const QJsonObject &filters, qint64 me)
{
    m_hasViewFilters = !filters.isEmpty();
    m_statuses = valuesOf(filters, u"status"_s);
    m_types = valuesOf(filters, u"type"_s);
    m_priorities = valuesOf(filters, u"priority"_s);
    m_assignee = filters.value(u"assignee"_s).toString();
    m_watchedOnly = filters.value(u"watcher"_s).toString() == u"me"_s;
    m_me = me;
    m_group = filters.value(u"group"_s).toString();
    if (m_group == u"mine"_s)
        m_group.clear(); // the server knows the analyst's groups; the client does not
    m_category = filters.value(u"category"_s).toString();
    m_location = filters.value(u"location"_s).toString();
}

bool QueueRowFilter::accepts(const TicketTableModel &rows, int row) const
{
    const Ticket *t = rows.ticketAt(row);
    if (!t)
        return false;
    if (m_scope == StatusScope::Open && !isOpenStatus(t->status))
        return false;
    if (m_scope == StatusScope::Only && m_only && t->status != *m_only)
        return false;
    if (m_hasViewFilters && !matchesView(rows, row))
        return false;
    const QString &haystack = rows.searchText(row);
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) { return haystack.contains(word); });
}

bool QueueRowFilter::matchesView(const TicketTableModel &rows, int row) const
{
    const Ticket &t = *rows.ticketAt(row);
    const int priority = static_cast<int>(t.priority);
    if (!listed(m_statuses, ticketStatusName(t.status)) || !listed(m_types, ticketTypeName(t.type))
        || !(listed(m_priorities, QString::number(priority)) || listed(m_priorities, u"P%1"_s.arg(priority))))
        return false;
    if (m_assignee == u"me"_s && (!t.assignee || t.assignee->id != m_me))
        return false;
    if (m_assignee == u"none"_s && t.assignee)
        return false;
    // The caller's own watch: a ticket unwatched in the Ticket pane leaves the view at once.
    if (m_watchedOnly && !t.watching)
        return false;
    if (!m_assignee.isEmpty() && m_assignee != u"me"_s && m_assignee != u"none"_s
        && (!t.assignee || QString::number(t.assignee->id) != m_assignee))
        return false;
    return (m_group.isEmpty() || m_group == t.group) && (m_category.isEmpty() || m_category == t.category)
        && (m_location.isEmpty() || m_location == t.location);
}

} // namespace Helpline
