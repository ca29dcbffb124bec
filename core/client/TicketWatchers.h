// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Watcher.h"

#include <QObject>
#include <QPointer>

namespace Helpline {

class ApiCall;
class ApiClient;

// Who follows one ticket (GET /tickets/{id}/watchers), and adding or removing a watcher.
// Answers for a ticket that is no longer the one asked about are dropped.
class TicketWatchers : public QObject
{
    Q_OBJECT
public:
    explicit TicketWatchers(ApiClient &api, QObject *parent = nullptr);

    qint64 ticketId() const { return m_ticketId; }
    const QList<Watcher> &watchers() const { return m_watchers; }
    bool isLoaded() const { return m_loaded; }
    bool contains(qint64 userId) const;

    void load(qint64 ticketId);
    void add(qint64 userId);
    void remove(qint64 userId);

Q_SIGNALS:
    void loaded(qint64 ticketId);
    // An add or remove was stored: the ticket's watcher count and history moved.
    void changed(qint64 ticketId);
    void failed(qint64 ticketId, const QString &message);

private:
    void take(const QJsonObject &json);

    ApiClient &m_api;
    QPointer<ApiCall> m_loadCall;
    qint64 m_ticketId = 0;
    QList<Watcher> m_watchers;
    bool m_loaded = false;
};

} // namespace Helpline
