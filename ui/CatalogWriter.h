// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Helpline {

class ApiCall;
class TicketCatalog;

// Sends an administrator's changes to the groups or categories one request after another
// (a reorder is several), stops at the first refusal, and then reloads the TicketCatalog, so
// every form in the client shows the lists as the server now has them.
class CatalogWriter : public QObject
{
    Q_OBJECT
public:
    // A request may build on the answer to the one before it (a new group, then its members).
    using Request = std::function<ApiCall *(const QJsonObject &previous)>;

    explicit CatalogWriter(TicketCatalog &catalog, QObject *parent = nullptr);

    void run(const QList<Request> &requests, const QString &doneText);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // What happened, in words; `failed` when the server refused (what was typed is kept).
    void finished(const QString &message, bool failed);
    void saved(); // everything was stored: other windows reload their lists

private:
    void next();
    void finish(const QString &message, bool failed);

    TicketCatalog &m_catalog;
    QList<Request> m_queue;
    QString m_doneText;
    QJsonObject m_previous;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
};

} // namespace Helpline
