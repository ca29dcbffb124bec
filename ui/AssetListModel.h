// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"

#include <QAbstractTableModel>

namespace Helpline {

// Assets one a row, as the lookup found them: tag, model, category, status, holder, room.
class AssetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, ModelColumn, CategoryColumn, StatusColumn, HolderColumn, RoomColumn, ColumnCount };
    enum Role { AssetIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAssets(const QList<Asset> &assets);
    void append(const QList<Asset> &assets);
    // Shows a changed asset in its row, if it has one.
    void update(const Asset &asset);
    const Asset *assetAt(int row) const;
    int rowOf(qint64 assetId) const; // -1 when not listed

private:
    QList<Asset> m_assets;
};

} // namespace Helpline
