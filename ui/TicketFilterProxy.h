// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketEnums.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace Helpline {

// Narrows the queue as the analyst types: every word must appear in the ticket's number,
// title, requester, assignee, group, category or location; optionally only some statuses.
class TicketFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusScope { Open, All, Only };

    explicit TicketFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusScope(StatusScope scope, std::optional<TicketStatus> only = std::nullopt);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    StatusScope m_scope = StatusScope::Open;
    std::optional<TicketStatus> m_only;
};

} // namespace Helpline
