// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QSet>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

template<typename List, typename Pred>
auto findIn(const List &list, Pred pred) -> decltype(&list.front())
{
    for (const auto &item : list) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}

bool hasVersionAndName(const QJsonObject &json)
{
    return json.value(u"id"_s).isDouble() && json.value(u"name"_s).isString()
        && json.value(u"version"_s).isDouble();
}

} // namespace

QJsonObject AssignmentGroup::toJson() const
{
    QJsonArray members;
    for (const qint64 member : memberIds)
        members.append(member);
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"description"_s, description},
            {u"active"_s, active},
            {u"version"_s, version},
            {u"members"_s, members}};
}

std::optional<AssignmentGroup> AssignmentGroup::fromJson(const QJsonObject &json)
{
    if (!hasVersionAndName(json))
        return std::nullopt;
    AssignmentGroup group;
    group.id = json.value(u"id"_s).toInteger();
    group.name = json.value(u"name"_s).toString();
    group.description = json.value(u"description"_s).toString();
    group.active = json.value(u"active"_s).toBool(true);
    group.version = json.value(u"version"_s).toInt();
    for (const QJsonValue &member : json.value(u"members"_s).toArray())
        group.memberIds.append(member.toInteger());
    return group;
}

QJsonObject Subcategory::toJson() const
{
    return {{u"id"_s, id},           {u"category_id"_s, categoryId}, {u"name"_s, name},
            {u"active"_s, active},   {u"position"_s, position},      {u"version"_s, version}};
}

std::optional<Subcategory> Subcategory::fromJson(const QJsonObject &json)
{
    if (!hasVersionAndName(json))
        return std::nullopt;
    Subcategory sub;
    sub.id = json.value(u"id"_s).toInteger();
    sub.categoryId = json.value(u"category_id"_s).toInteger();
    sub.name = json.value(u"name"_s).toString();
    sub.active = json.value(u"active"_s).toBool(true);
    sub.position = json.value(u"position"_s).toInt();
    sub.version = json.value(u"version"_s).toInt();
    return sub;
}

const Subcategory *Category::subcategory(const QString &wanted) const
{
    return findIn(subcategories, [&](const Subcategory &s) { return s.name == wanted; });
}

QJsonObject Category::toJson() const
{
    QJsonArray subs;
    for (const Subcategory &sub : subcategories)
        subs.append(sub.toJson());
    return {{u"id"_s, id},         {u"name"_s, name},       {u"active"_s, active},
            {u"position"_s, position}, {u"version"_s, version}, {u"subcategories"_s, subs}};
}

std::optional<Category> Category::fromJson(const QJsonObject &json)
{
    if (!hasVersionAndName(json))
        return std::nullopt;
    Category category;
    category.id = json.value(u"id"_s).toInteger();
    category.name = json.value(u"name"_s).toString();
    category.active = json.value(u"active"_s).toBool(true);
    category.position = json.value(u"position"_s).toInt();
    category.version = json.value(u"version"_s).toInt();
    for (const QJsonValue &item : json.value(u"subcategories"_s).toArray()) {
        if (auto sub = Subcategory::fromJson(item.toObject()))
            category.subcategories.append(*sub);
    }
    return category;
}

const AssignmentGroup *Catalog::group(const QString &name) const
{
    return findIn(groups, [&](const AssignmentGroup &g) { return g.name == name; });
}

const Category *Catalog::category(const QString &name) const
{
    return findIn(categories, [&](const Category &c) { return c.name == name; });
}

const AssignmentGroup *Catalog::groupById(qint64 id) const
{
    return findIn(groups, [&](const AssignmentGroup &g) { return g.id == id; });
}

const Category *Catalog::categoryById(qint64 id) const
{
    return findIn(categories, [&](const Category &c) { return c.id == id; });
}

std::optional<CatalogEntryChange> CatalogEntryChange::parse(const QJsonObject &json, Fields fields, bool creating,
                                                            FieldErrors &errors)
{
    QSet<QString> allowed{u"name"_s, u"active"_s};
    if (fields == Fields::Group)
        allowed.insert(u"description"_s);
    else
        allowed.insert(u"position"_s);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    if (!creating && json.isEmpty())
        errors.insert(u"body"_s, u"no_changes"_s);

    CatalogEntryChange change;
    if (creating || json.contains(u"name"_s))
        change.name = readTextField(json, u"name"_s, nameMax, true, errors);
    if (allowed.contains(u"description"_s) && json.contains(u"description"_s))
        change.description = readTextField(json, u"description"_s, descriptionMax, false, errors);
    if (json.contains(u"active"_s)) {
        if (json.value(u"active"_s).isBool())
            change.active = json.value(u"active"_s).toBool();
        else
            errors.insert(u"active"_s, u"must_be_boolean"_s);
    }
    if (allowed.contains(u"position"_s) && json.contains(u"position"_s)) {
        const QJsonValue value = json.value(u"position"_s);
        const double number = value.toDouble(-1);
        // Range first: casting a huge double to int is undefined.
        if (!value.isDouble() || number < 0 || number > positionMax || number != static_cast<int>(number))
            errors.insert(u"position"_s, u"invalid"_s);
        else
            change.position = static_cast<int>(number);
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return change;
}

} // namespace Helpline
