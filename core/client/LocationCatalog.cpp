// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocationCatalog.h"

#include "ApiClient.h"

#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

LocationCatalog::LocationCatalog(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

void LocationCatalog::reload()
{
    if (m_call)
        m_call->cancel();
    ApiCall *call = m_api.get(u"/locations"_s);
    m_call = call;
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_call != call)
                return;
            m_locations.clear();
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (const auto location = Location::fromJson(item.toObject()))
                    m_locations.append(*location);
            }
            m_loaded = true;
            Q_EMIT loaded();
        },
        [this, call](const ApiFailure &failure) {
            if (m_call == call)
                Q_EMIT loadFailed(failure.message);
        });
}

QList<Location> LocationCatalog::rooms() const
{
    QList<Location> rooms;
    for (const Location &location : m_locations) {
        if (location.kind == Location::Kind::Room)
            rooms.append(location);
    }
    return rooms;
}

} // namespace Helpline
