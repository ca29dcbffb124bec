// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "TicketLink.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Helpline {

class ApiCall;
class ApiClient;
class LinkTicketDialog;
class MergeTicketDialog;
struct ApiFailure;

// The Links tab of the ticket pane: the ticket's links grouped by kind (a major incident's
// children with where each stands), opened with Enter or a double-click; "Link…", "Remove
// link" and "Merge into…".
class TicketLinksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TicketLinksPanel(ApiClient &api, QWidget *parent = nullptr);

    // Shows `ticket`'s links (loaded again each time: they change beside the ticket).
    void setTicket(const Ticket &ticket);
    void setConversationSize(int count) { m_commentCount = count; }
    const QList<LinkedTicket> &links() const { return m_links; }

    void startLink();
    void startMerge();
    void removeSelected();

Q_SIGNALS:
    void openRequested(qint64 ticketId);
    void linksLoaded(qint64 ticketId, int count);
    void linksChanged(qint64 ticketId); // the ticket's history has a new entry
    void merged(const Helpline::Ticket &duplicate, const Helpline::Ticket &target);

private:
    void load(qint64 ticketId);
    void fill();
    void updateButtons();
    QString problemText(const ApiFailure &failure) const;

    ApiClient &m_api;
    std::optional<Ticket> m_ticket;
    QList<LinkedTicket> m_links;
    int m_commentCount = -1;
    QPointer<ApiCall> m_call;
    QPointer<LinkTicketDialog> m_linkDialog;
    QPointer<MergeTicketDialog> m_mergeDialog;
    QTreeWidget *m_tree;
    QLabel *m_problem;
    QPushButton *m_link;
    QPushButton *m_remove;
    QPushButton *m_merge;
};

} // namespace Helpline
