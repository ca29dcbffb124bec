// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSideTimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QThread>

namespace Helpline::Bench {

using namespace Qt::StringLiterals;

namespace {
ServerSideTimer *current = nullptr;
}

ServerSideTimer::ServerSideTimer(Classifier classify)
    : m_classify(classify)
{
    Q_ASSERT(!current);
    current = this;
    m_clock.start();
    // The server logs every request it answered at debug level; the bench listens to that.
    QLoggingCategory::setFilterRules(u"helpline.server.debug=true"_s);
    m_previousHandler = qInstallMessageHandler(&ServerSideTimer::onMessage);
    // Application-wide filters see the events of the main thread's objects: the server's.
    QCoreApplication::instance()->installEventFilter(this);
}

ServerSideTimer::~ServerSideTimer()
{
    QCoreApplication::instance()->removeEventFilter(this);
    qInstallMessageHandler(m_previousHandler);
    QLoggingCategory::setFilterRules(u"helpline.server.debug=false"_s);
    current = nullptr;
}

bool ServerSideTimer::eventFilter(QObject *watched, QEvent *event)
{
    // A socket became readable (or writable): the server starts on what arrived.
    if (event->type() == QEvent::SockAct)
        m_eventStart = m_clock.nsecsElapsed();
    return QObject::eventFilter(watched, event);
}

void ServerSideTimer::onMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    ServerSideTimer *timer = current;
    if (timer && type == QtDebugMsg && context.category && qstrcmp(context.category, "helpline.server") == 0
        && QThread::isMainThread()) {
        // "GET /api/v1/tickets 200"
        const QString kind = timer->m_classify(message.section(u' ', 1, 1));
        if (!kind.isEmpty() && timer->m_eventStart >= 0)
            timer->m_samples[kind].add(double(timer->m_clock.nsecsElapsed() - timer->m_eventStart) / 1e6);
        timer->m_eventStart = -1; // one request per socket event: the next one starts anew
        return;
    }
    if (timer && timer->m_previousHandler)
        timer->m_previousHandler(type, context, message);
}

} // namespace Helpline::Bench
