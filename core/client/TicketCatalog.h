// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QObject>
#include <QPointer>

namespace Helpline {

class ApiCall;
class ApiClient;

// The assignment groups and categories as the server has them (GET /groups, GET /categories),
// loaded once after sign-in and again when an administrator saves, so the ticket forms offer
// their combos at once and check a ticket's routing before sending it.
class TicketCatalog : public QObject
{
    Q_OBJECT
public:
    explicit TicketCatalog(ApiClient &api, QObject *parent = nullptr);

    void reload();
    const Catalog &catalog() const { return m_catalog; }
    bool isLoaded() const { return m_loaded; }
    QString problem() const { return m_problem; } // why the last load failed; empty if it did not

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void fail(const QString &message);

    ApiClient &m_api;
    QPointer<ApiCall> m_groupsCall;
    QPointer<ApiCall> m_categoriesCall;
    Catalog m_catalog;
    Catalog m_incoming; // filled by the two calls; swapped in when both have answered
    int m_pending = 0;
    bool m_loaded = false;
    QString m_problem;
};

} // namespace Helpline
