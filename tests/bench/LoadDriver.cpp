// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoadDriver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <memory>

namespace Helpline::Bench {

using namespace Qt::StringLiterals;

LoadDriver::LoadDriver(QList<QList<PlannedRequest>> plans, QByteArray token)
    : m_plans(std::move(plans))
    , m_token(std::move(token))
{
}

void LoadDriver::start()
{
    m_running = int(m_plans.size());
    m_next = QList<qsizetype>(m_plans.size(), 0);
    for (qsizetype i = 0; i < m_plans.size(); ++i)
        m_clients << new QNetworkAccessManager(this);
    for (int i = 0; i < m_plans.size(); ++i)
        sendNext(i);
    if (m_running == 0)
        Q_EMIT finished();
}

void LoadDriver::sendNext(int client)
{
    const QList<PlannedRequest> &plan = m_plans.at(client);
    if (m_next[client] >= plan.size()) {
        if (--m_running == 0)
            Q_EMIT finished();
        return;
    }
    const PlannedRequest &planned = plan.at(m_next[client]++);
    QNetworkRequest request(planned.url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_clients.at(client)->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock, client, kind = planned.kind] {
        const double ms = double(clock->nsecsElapsed()) / 1e6;
        reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200)
            m_failures << u"%1 %2: HTTP %3 %4"_s.arg(kind, reply->url().toString()).arg(status).arg(reply->errorString());
        else
            m_roundTrips[kind].add(ms);
        reply->deleteLater();
        sendNext(client);
    });
}

} // namespace Helpline::Bench
