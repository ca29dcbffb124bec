// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Helpline {

class ApiCall;
class ApiClient;

// What an analyst checks before touching a ticket, beside its fields: where it is routed
// (tier, group, channel) and the path it took to get there, what its measures say so far
// (first response, resolution, first contact resolution), who the requester is, what else
// they have open and which devices they hold, and whether they answered the satisfaction survey.
class TicketFacts : public QWidget
{
    Q_OBJECT
public:
    explicit TicketFacts(ApiClient &api, QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);
    void reloadEscalations();

Q_SIGNALS:
    void openTicketRequested(qint64 id);
    void openAssetRequested(qint64 assetId);
    void loaded(qint64 ticketId); // the path, the requester and the survey are in

private:
    void loadEscalations(qint64 ticketId);
    void loadRequester(const Ticket &ticket);
    void loadRequesterAssets(const Ticket &ticket);
    void loadSurvey(const Ticket &ticket);
    void finishPart(qint64 ticketId);
    QLabel *addRow(const QString &label, const QString &objectName);

    ApiClient &m_api;
    std::optional<Ticket> m_ticket;
    int m_pending = 0;
    QLabel *m_routing;
    QLabel *m_path;
    QLabel *m_measures;
    QLabel *m_person;
    QLabel *m_otherTickets;
    QLabel *m_assets;
    QLabel *m_survey;
    QPushButton *m_copySurvey;
    QString m_surveyUrl;
};

} // namespace Helpline
