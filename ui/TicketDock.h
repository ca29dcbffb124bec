// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QDockWidget>
#include <QPointer>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace Helpline {

class ApiCall;
class ApiClient;
class SafeTextBrowser;

// The ticket in front of the analyst: its header, who and where, and its description.
class TicketDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TicketDock(ApiClient &api, QWidget *parent = nullptr);

    void showTicket(qint64 id);
    std::optional<Ticket> ticket() const { return m_ticket; }

Q_SIGNALS:
    void ticketShown(qint64 id);

private:
    void display(const Ticket &ticket);
    void showNotice(const QString &text);
    QLabel *addField(const QString &label, const QString &objectName);

    ApiClient &m_api;
    QPointer<ApiCall> m_call;
    std::optional<Ticket> m_ticket;
    QStackedWidget *m_pages;
    QLabel *m_notice;
    QLabel *m_title;
    QLabel *m_summary;
    QFormLayout *m_form;
    QLabel *m_requester;
    QLabel *m_assignee;
    QLabel *m_group;
    QLabel *m_category;
    QLabel *m_location;
    QLabel *m_impact;
    QLabel *m_created;
    QLabel *m_updated;
    SafeTextBrowser *m_description;
};

} // namespace Helpline
