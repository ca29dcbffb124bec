// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchFigures.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <functional>

namespace Helpline::Bench {

// How long the in-process server spends on each request, measured in the server's own
// thread (the application's main thread): from the start of the socket event in which it
// reads the request to the server's own after-request log line (category helpline.server,
// written once the handler has built the response, just before it is written to the socket).
// That covers parsing, routing, authentication, the SQL and the JSON, and leaves out the
// time a request waits in the socket while the server serves the other clients.
//
// Requests are told apart by path through `classify`, which returns "" for ones not counted.
class ServerSideTimer : public QObject
{
    Q_OBJECT
public:
    using Classifier = std::function<QString(const QString &path)>;

    explicit ServerSideTimer(Classifier classify);
    ~ServerSideTimer() override;

    const QHash<QString, Samples> &samples() const { return m_samples; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void onMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);

    Classifier m_classify;
    QElapsedTimer m_clock;
    qint64 m_eventStart = -1;
    QHash<QString, Samples> m_samples;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace Helpline::Bench
