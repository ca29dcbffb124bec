// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

class QJsonArray;

namespace Helpline {

// An asset's history as a timeline, newest first: when, who, and every change from → to
// (assignments, moves, status, fields) and the tickets it was linked to.
class AssetHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit AssetHistoryView(QWidget *parent = nullptr);
    void setEntries(const QJsonArray &items);
};

} // namespace Helpline
