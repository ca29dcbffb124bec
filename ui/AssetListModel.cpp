// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetListModel.h"

#include "DisplayText.h"

namespace Helpline {

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

int AssetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset &asset = m_assets.at(index.row());
    if (role == AssetIdRole)
        return asset.id;
    if (role == Qt::ToolTipRole && index.column() == TagColumn)
        return asset.serial.isEmpty() ? QVariant() : QVariant(tr("Serial %1").arg(asset.serial));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TagColumn: return asset.tag;
    case ModelColumn: return asset.manufacturer.isEmpty() ? asset.model : asset.manufacturer + u' ' + asset.model;
    case CategoryColumn: return DisplayText::assetCategoryText(asset.category);
    case StatusColumn: return DisplayText::assetStatusText(asset.status);
    case HolderColumn: return asset.holder ? asset.holder->name : QString();
    case RoomColumn: return asset.location ? asset.location->path : QString();
    default: return {};
    }
}

QVariant AssetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn: return tr("Tag");
    case ModelColumn: return tr("Model");
    case CategoryColumn: return tr("Category");
    case StatusColumn: return tr("Status");
    case HolderColumn: return tr("Assigned to");
    case RoomColumn: return tr("Room");
    default: return {};
    }
}

void AssetListModel::setAssets(const QList<Asset> &assets)
{
    beginResetModel();
    m_assets = assets;
    endResetModel();
}

void AssetListModel::append(const QList<Asset> &assets)
{
    if (assets.isEmpty())
        return;
    beginInsertRows({}, int(m_assets.size()), int(m_assets.size() + assets.size() - 1));
    m_assets.append(assets);
    endInsertRows();
}

void AssetListModel::update(const Asset &asset)
{
    const int row = rowOf(asset.id);
    if (row < 0)
        return;
    m_assets[row] = asset;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Asset *AssetListModel::assetAt(int row) const
{
    return row >= 0 && row < m_assets.size() ? &m_assets.at(row) : nullptr;
}

int AssetListModel::rowOf(qint64 assetId) const
{
    for (qsizetype row = 0; row < m_assets.size(); ++row) {
        if (m_assets.at(row).id == assetId)
            return int(row);
    }
    return -1;
}

} // namespace Helpline
