// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Location.h"

#include <QObject>
#include <QPointer>

namespace Helpline {

class ApiCall;
class ApiClient;

// The site → building → room tree as the server has it, loaded once for every form that
// offers a room (the asset record, the new asset dialog).
class LocationCatalog : public QObject
{
    Q_OBJECT
public:
    explicit LocationCatalog(ApiClient &api, QObject *parent = nullptr);

    void reload();
    const QList<Location> &locations() const { return m_locations; } // by path
    QList<Location> rooms() const;
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    ApiClient &m_api;
    QPointer<ApiCall> m_call;
    QList<Location> m_locations;
    bool m_loaded = false;
};

} // namespace Helpline
