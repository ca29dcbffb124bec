// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetLifecycle.h"

namespace Helpline::AssetLifecycle {

bool canMove(AssetStatus from, AssetStatus to)
{
    if (from == to)
        return false;
    using S = AssetStatus;
    switch (from) {
    case S::InStock:
        return true;
    case S::Assigned:
    case S::Loaned:
        return to == S::InStock || to == S::InRepair || to == S::Lost;
    case S::InRepair:
        return to == S::InStock || to == S::Assigned || to == S::Retired || to == S::Lost;
    case S::Lost:
        return to == S::InStock || to == S::Retired;
    case S::Retired:
        return false;
    }
    return false;
}

QList<AssetStatus> nextStatuses(AssetStatus from)
{
    QList<AssetStatus> next;
    for (const AssetStatus to : allAssetStatuses()) {
        if (canMove(from, to))
            next << to;
    }
    return next;
}

bool holdsPerson(AssetStatus status)
{
    return status == AssetStatus::Assigned || status == AssetStatus::Loaned;
}

} // namespace Helpline::AssetLifecycle
