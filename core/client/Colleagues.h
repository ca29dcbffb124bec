// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "User.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Helpline {

class ApiCall;
class ApiClient;

// A user who can sign in, with the assignment groups they work in (GET /users).
struct Colleague
{
    User user;
    QStringList groups;
};

// The analysts a ticket can be assigned to or watched by, as the server lists them; a picker
// creates one and calls reload() when it opens, so it never offers someone who has left.
class Colleagues : public QObject
{
    Q_OBJECT
public:
    explicit Colleagues(ApiClient &api, QObject *parent = nullptr);

    void reload();
    const QList<Colleague> &all() const { return m_colleagues; }
    // Those whose role works tickets (analyst, senior, admin): the assignee choices.
    QList<Colleague> ticketWorkers() const;
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    ApiClient &m_api;
    QPointer<ApiCall> m_call;
    QList<Colleague> m_colleagues;
    bool m_loaded = false;
};

} // namespace Helpline
