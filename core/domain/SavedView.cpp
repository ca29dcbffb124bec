// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedView.h"

#include "JsonFields.h"
#include "Ticket.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QString openStatuses = u"new,assigned,in_progress,pending"_s;

SavedView builtInView(const QString &key, QJsonObject filters, const QString &sort = {})
{
    SavedView view;
    view.key = key;
    view.filters = std::move(filters);
    view.sort = sort;
    return view;
}

bool isColumnKey(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject json{{u"filters"_s, filters},
                     {u"sort"_s, sort},
                     {u"columns"_s, QJsonArray::fromStringList(columns)},
                     {u"builtin"_s, isBuiltIn()}};
    if (isBuiltIn()) {
        json.insert(u"key"_s, key);
    } else {
        json.insert(u"id"_s, id);
        json.insert(u"name"_s, name);
        json.insert(u"version"_s, version);
        json.insert(u"created_at"_s, toWireTime(createdAt));
        json.insert(u"updated_at"_s, toWireTime(updatedAt));
    }
    return json;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json)
{
    if (!json.value(u"filters"_s).isObject())
        return std::nullopt;
    SavedView view;
    view.key = json.value(u"key"_s).toString();
    view.id = json.value(u"id"_s).toInteger();
    if (view.key.isEmpty() && view.id <= 0)
        return std::nullopt;
    view.name = json.value(u"name"_s).toString();
    view.filters = json.value(u"filters"_s).toObject();
    view.sort = json.value(u"sort"_s).toString();
    for (const QJsonValue &column : json.value(u"columns"_s).toArray())
        view.columns << column.toString();
    view.version = json.value(u"version"_s).toInt(1);
    view.createdAt = fromWireTime(json.value(u"created_at"_s).toString());
    view.updatedAt = fromWireTime(json.value(u"updated_at"_s).toString());
    return view;
}

QList<SavedView> SavedView::builtIn()
{
    // Oldest first inside a priority: the one waiting longest is worked next.
    return {
        builtInView(u"my_open"_s, {{u"assignee"_s, u"me"_s}, {u"status"_s, openStatuses}}),
        builtInView(u"my_group"_s, {{u"group"_s, u"mine"_s}, {u"status"_s, openStatuses}}),
        builtInView(u"unassigned"_s, {{u"assignee"_s, u"none"_s}, {u"status"_s, openStatuses}}),
        builtInView(u"pending"_s, {{u"status"_s, u"pending"_s}}, u"updated_at"_s),
        // What the analyst follows, whoever works it; the latest change first.
        builtInView(u"watching"_s, {{u"watcher"_s, u"me"_s}}, u"-updated_at"_s),
        builtInView(u"all"_s, {}),
    };
}

QJsonObject SavedView::shownFirstFilters() const
{
    QJsonObject shown = filters;
    if (showsOpenFirst())
        shown.insert(u"status"_s, openStatuses);
    return shown;
}

std::optional<SavedView> SavedView::builtIn(const QString &key)
{
    for (const SavedView &view : builtIn()) {
        if (view.key == key)
            return view;
    }
    return std::nullopt;
}

bool readSavedView(const QJsonObject &json, bool partial, SavedView &view, FieldErrors &errors)
{
    static const QSet<QString> known{u"name"_s, u"filters"_s, u"sort"_s, u"columns"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    if (!errors.isEmpty())
        return false;
    if (partial && json.isEmpty()) {
        errors.insert(u"body"_s, u"no_changes"_s);
        return false;
    }
    if (!partial || json.contains(u"name"_s))
        view.name = readTextField(json, u"name"_s, SavedView::nameMax, true, errors);
    if (json.contains(u"filters"_s)) {
        const QJsonValue filters = json.value(u"filters"_s);
        bool textOnly = filters.isObject();
        const QJsonObject object = filters.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            textOnly = textOnly && it.value().isString() && it.value().toString().size() <= 500;
        if (!textOnly)
            errors.insert(u"filters"_s, u"invalid"_s);
        else
            view.filters = object;
    } else if (!partial) {
        view.filters = {};
    }
    if (json.contains(u"sort"_s)) {
        if (!json.value(u"sort"_s).isString() || json.value(u"sort"_s).toString().size() > 200)
            errors.insert(u"sort"_s, u"invalid"_s);
        else
            view.sort = json.value(u"sort"_s).toString().trimmed();
    }
    if (json.contains(u"columns"_s)) {
        const QJsonValue columns = json.value(u"columns"_s);
        QStringList keys;
        bool valid = columns.isArray() && columns.toArray().size() <= SavedView::columnsMax;
        for (const QJsonValue &column : columns.toArray()) {
            valid = valid && column.isString() && isColumnKey(column.toString())
                    && !keys.contains(column.toString());
            keys << column.toString();
        }
        if (!valid)
            errors.insert(u"columns"_s, u"invalid"_s);
        else
            view.columns = keys;
    }
    return errors.isEmpty();
}

} // namespace Helpline
