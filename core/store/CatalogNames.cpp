// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogNames.h"

#include "SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Helpline {

using namespace Qt::StringLiterals;

qsizetype CatalogNames::renameGroup(const QString &from, const QString &to)
{
    SqlQuery tickets(m_db.connection(), u"UPDATE tickets SET assignment_group = ? WHERE assignment_group = ?"_s);
    tickets.bind(to).bind(from);
    tickets.exec();
    SqlQuery members(m_db.connection(), u"UPDATE user_groups SET group_name = ? WHERE group_name = ?"_s);
    members.bind(to).bind(from);
    members.exec();
    renameInJson(u"saved_views"_s, u"filters"_s, u"group"_s, from, to);
    renameInJson(u"macros"_s, u"changes"_s, u"group"_s, from, to);
    return tickets.numRowsAffected();
}

qsizetype CatalogNames::renameCategory(const QString &from, const QString &to)
{
    SqlQuery tickets(m_db.connection(), u"UPDATE tickets SET category = ? WHERE category = ?"_s);
    tickets.bind(to).bind(from);
    tickets.exec();
    renameInJson(u"saved_views"_s, u"filters"_s, u"category"_s, from, to);
    return tickets.numRowsAffected();
}

qsizetype CatalogNames::renameSubcategory(const QString &category, const QString &from, const QString &to)
{
    SqlQuery tickets(m_db.connection(),
                     u"UPDATE tickets SET subcategory = ? WHERE category = ? AND subcategory = ?"_s);
    tickets.bind(to).bind(category).bind(from);
    tickets.exec();
    return tickets.numRowsAffected();
}

void CatalogNames::renameInJson(const QString &table, const QString &column, const QString &key,
                                const QString &from, const QString &to)
{
    // The table and column names are this class's own constants, never input.
    SqlQuery rows(m_db.connection(), u"SELECT id, %1 FROM %2"_s.arg(column, table));
    rows.exec();
    QList<std::pair<qint64, QString>> changed;
    while (rows.next()) {
        QJsonObject json = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        if (json.value(key).toString() != from)
            continue;
        json.insert(key, to);
        changed.append({rows.value(0).toLongLong(),
                        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    }
    for (const auto &[id, text] : std::as_const(changed)) {
        SqlQuery update(m_db.connection(), u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, column));
        update.bind(text).bind(id);
        update.exec();
    }
}

} // namespace Helpline
