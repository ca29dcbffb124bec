// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Database.h"
#include "Ticket.h"

#include <QList>
#include <optional>

class QRandomGenerator;

namespace Helpline {

// The demo's equipment estate: sites, buildings and rooms (meeting and training rooms with
// their AV kit), every person's laptop, monitors, phone and dock, a storeroom of spares with
// a few in repair, lost or retired, and the hardware tickets linked to the device they are
// about. Part of DemoSeed; call inside its transaction. `clock` is the seed's: the estate is
// recorded at `recordedAt`, before the tickets, and each link shortly after its ticket opened.
void seedDemoAssets(Database &database, const QList<qint64> &personIds, const QList<Ticket> &tickets,
                    std::optional<qint64> actorId, QRandomGenerator &random, ManualClock &clock,
                    const QDateTime &recordedAt);

} // namespace Helpline
