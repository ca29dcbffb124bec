// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleImportPreviewModel.h"

#include "DisplayText.h"

#include <QColor>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

int PeopleImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleImportPreviewModel::wireColumn(int column)
{
    switch (column) {
    case Name: return u"name"_s;
    case Email: return u"email"_s;
    case Department: return u"department"_s;
    case Location: return u"location"_s;
    case ManagerEmail: return u"manager_email"_s;
    default: return {};
    }
}

QColor PeopleImportPreviewModel::errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QVariant PeopleImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString column = wireColumn(index.column());
    const QString error = column.isEmpty() ? QString() : row.errors.value(column);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Line)
            return row.line;
        if (index.column() == Action)
            return row.updatesExisting ? tr("Update") : tr("New");
        if (index.column() == Problems)
            return problems(row);
        // An empty required cell still needs something to point at.
        if (row.values[index.column()].isEmpty() && !error.isEmpty())
            return tr("(missing)");
        return row.values[index.column()];
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return DisplayText::importCellErrorText(column, error);
        if (index.column() == Problems && !row.errors.isEmpty())
            return problems(row);
        return {};
    case Qt::ForegroundRole:
        if (!error.isEmpty() || index.column() == Problems)
            return errorColor();
        return {};
    case Qt::BackgroundRole:
        if (!error.isEmpty()) {
            QColor tint = errorColor();
            tint.setAlpha(40);
            return tint;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case HasErrorsRole:
        return !row.errors.isEmpty();
    case ErrorCodeRole:
        return error.isEmpty() ? QVariant() : QVariant(error);
    default:
        return {};
    }
}

QVariant PeopleImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Department: return tr("Department");
    case Location: return tr("Location");
    case ManagerEmail: return tr("Manager's email");
    case Action: return tr("Action");
    case Problems: return tr("Problems");
    default: return {};
    }
}

QString PeopleImportPreviewModel::problems(const Row &row) const
{
    QStringList texts;
    for (int column = Name; column <= ManagerEmail; ++column) {
        const QString code = row.errors.value(wireColumn(column));
        if (!code.isEmpty()) {
            texts << tr("%1: %2").arg(headerData(column, Qt::Horizontal).toString(),
                                      DisplayText::importCellErrorText(wireColumn(column), code));
        }
    }
    return texts.join(u' ');
}

void PeopleImportPreviewModel::setPreview(const QJsonObject &preview)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &item : preview.value(u"rows"_s).toArray()) {
        const QJsonObject json = item.toObject();
        Row row;
        row.line = json.value(u"line"_s).toInt();
        for (int column = Name; column <= ManagerEmail; ++column)
            row.values[column] = json.value(wireColumn(column)).toString();
        row.updatesExisting = json.value(u"action"_s).toString() == u"update"_s;
        const QJsonObject errors = json.value(u"errors"_s).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it)
            row.errors.insert(it.key(), it.value().toString());
        m_rows.append(row);
    }
    endResetModel();
}

void PeopleImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace Helpline
