// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Helpline {

// The lists an administrator keeps so that tickets are routed and counted by the same names:
// assignment groups (with the analysts who work in them) and categories with their
// subcategories. Tickets store the names as text; a rename is carried to them by the store.
// A retired entry (active = false) is no longer offered or accepted for a new value, but the
// tickets that already carry it keep it.
struct AssignmentGroup
{
    qint64 id = 0;
    QString name;
    QString description;
    bool active = true;
    int version = 1;
    QList<qint64> memberIds; // the users who work in it (ascending)

    QJsonObject toJson() const;
    static std::optional<AssignmentGroup> fromJson(const QJsonObject &json);
};

struct Subcategory
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString name;
    bool active = true;
    int position = 0;
    int version = 1;

    QJsonObject toJson() const;
    static std::optional<Subcategory> fromJson(const QJsonObject &json);
};

struct Category
{
    qint64 id = 0;
    QString name;
    bool active = true;
    int position = 0;
    int version = 1;
    QList<Subcategory> subcategories; // by position, then name

    const Subcategory *subcategory(const QString &name) const;
    QJsonObject toJson() const;
    static std::optional<Category> fromJson(const QJsonObject &json);
};

// Both lists at once, as the server has them: what a ticket's routing fields are checked against.
struct Catalog
{
    QList<AssignmentGroup> groups;  // by name
    QList<Category> categories;     // by position, then name

    const AssignmentGroup *group(const QString &name) const;
    const Category *category(const QString &name) const;
    const AssignmentGroup *groupById(qint64 id) const;
    const Category *categoryById(qint64 id) const;
};

// What an administrator may write about one entry of the lists: POST (name required) or
// PATCH (only what the body names changes). Fields outside `allowed` are "unknown_field".
struct CatalogEntryChange
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> active;
    std::optional<int> position;

    static constexpr qsizetype nameMax = 120; // as a ticket's group and category
    static constexpr qsizetype descriptionMax = 500;
    static constexpr int positionMax = 100000;

    enum class Fields { Group, Category, Subcategory };
    static std::optional<CatalogEntryChange> parse(const QJsonObject &json, Fields fields, bool creating,
                                                   FieldErrors &errors);
};

} // namespace Helpline
