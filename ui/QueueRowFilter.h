// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketEnums.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Helpline {

class TicketTableModel;

// Which loaded rows the queue shows: every typed word must appear in the ticket's number,
// title, requester, assignee, group, category or location; optionally only some statuses; and
// the chosen view's filters, so a ticket changed to leave the view (resolved, assigned away)
// leaves it at once, without asking the server again. The view's filters are read once when
// set, not per row and keystroke.
class QueueRowFilter
{
public:
    enum class StatusScope { Open, All, Only };
    // How the rows a new filter accepts relate to those the old one accepted.
    enum class Change { Same, Narrower, Wider, Other };

    // Returns how the accepted rows change: typing on narrows, deleting widens.
    Change setSearchText(const QString &text);
    void setStatusScope(StatusScope scope, std::optional<TicketStatus> only = std::nullopt);
    // GET /tickets filters of the view ({"status":"new,pending","assignee":"me"}); `me` is the
    // signed-in analyst. Filters the client cannot judge (group=mine) are left to the server.
    void setViewFilters(const QJsonObject &filters, qint64 me);

    bool accepts(const TicketTableModel &rows, int row) const;

    // Words as the filter keeps them: lower-cased, split at spaces.
    static QStringList wordsOf(const QString &text);
    // Whether every row containing all of `stronger` also contains all of `weaker`: each weaker
    // word is part of some stronger word.
    static bool implies(const QStringList &stronger, const QStringList &weaker);

private:
    bool matchesView(const TicketTableModel &rows, int row) const;

    QStringList m_words;
    StatusScope m_scope = StatusScope::Open;
    std::optional<TicketStatus> m_only;
    bool m_hasViewFilters = false;
    // Each listed filter as its values ("new,pending" → new, pending); empty: not filtered.
    QStringList m_statuses, m_types, m_priorities;
    QString m_assignee; // "me", "none", an id or empty
    bool m_watchedOnly = false; // watcher=me
    qint64 m_me = 0;
    QString m_group, m_category, m_location; // exact values; empty: not filtered
};

} // namespace Helpline
