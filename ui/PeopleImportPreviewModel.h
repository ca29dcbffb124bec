// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace Helpline {

// The rows of a people import preview as the server checked them (POST /people/import
// with dry_run=true): what each line becomes, and what is wrong with which cell. The bad
// cells are marked and explain themselves in a tooltip; the last column says it all in words
// too, for whoever works by keyboard.
class PeopleImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Name, Email, Department, Location, ManagerEmail, Action, Problems, ColumnCount };
    enum Role { HasErrorsRole = Qt::UserRole + 1, ErrorCodeRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPreview(const QJsonObject &preview); // the server's ImportPreview
    void clear();

    static QColor errorColor();

private:
    struct Row
    {
        int line = 0;
        QString values[ColumnCount];
        bool updatesExisting = false;
        FieldErrors errors; // wire column name -> code
    };
    static QString wireColumn(int column); // "name", "manager_email", ... ; empty for the others
    QString problems(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace Helpline
