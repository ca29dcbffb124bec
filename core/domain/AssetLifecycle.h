// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssetEnums.h"

#include <QList>

namespace Helpline {

// The moves an asset's status may make. The server refuses every other move with 422; the
// client offers only these.
//
//   in_stock  -> assigned, loaned, in_repair, retired, lost
//   assigned  -> in_stock (returned), in_repair, lost
//   loaned    -> in_stock (checked in), in_repair, lost
//   in_repair -> in_stock, assigned (back to its holder), retired (beyond repair), lost
//   lost      -> in_stock (found), retired (written off)
//   retired   -> nothing: a retired asset stays retired, its record kept for the history
//
// Retiring needs the asset back first (in stock or in repair), so nobody's working laptop
// is written off while they still hold it.
namespace AssetLifecycle {

bool canMove(AssetStatus from, AssetStatus to);
QList<AssetStatus> nextStatuses(AssetStatus from); // without `from` itself

// Whether an asset in `status` has a holder: assigned and loaned need one, every other
// status has none.
bool holdsPerson(AssetStatus status);

} // namespace AssetLifecycle

} // namespace Helpline
