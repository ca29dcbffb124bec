// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigures.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Helpline::Bench {

// One request of the plan: what it is called in the figures, and where it goes.
struct PlannedRequest
{
    QString kind;
    QUrl url;
};

// Several HTTP clients at once against the server, each with its own QNetworkAccessManager
// (its own connection) and one request in flight at a time, working through its share of the
// plan. Lives in a thread of its own, so the server's thread does nothing but serve.
class LoadDriver : public QObject
{
    Q_OBJECT
public:
    LoadDriver(QList<QList<PlannedRequest>> plans, QByteArray token);

    // Round trip per kind, as the clients saw it (waiting behind the other clients included).
    const QHash<QString, Samples> &roundTrips() const { return m_roundTrips; }
    QStringList failures() const { return m_failures; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void finished();

private:
    void sendNext(int client);

    QList<QList<PlannedRequest>> m_plans;
    QByteArray m_token;
    QList<QNetworkAccessManager *> m_clients;
    QList<qsizetype> m_next;
    int m_running = 0;
    QHash<QString, Samples> m_roundTrips;
    QStringList m_failures;
};

} // namespace Helpline::Bench
