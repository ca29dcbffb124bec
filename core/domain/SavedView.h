// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace Helpline {

// A named way of looking at the queue: which tickets (filters, in the words of GET /tickets'
// query parameters: {"status":"new,assigned","assignee":"me"}), in which order (GET /tickets'
// `sort`) and which columns. The built-in ones have a `key` and belong to everyone; the
// custom ones have an id, a version and one owner.
struct SavedView
{
    qint64 id = 0;      // 0 for a built-in view
    QString key;        // "my_open", … for a built-in view; empty for a custom one
    QString name;       // empty for a built-in view: the client names those in its own language
    QJsonObject filters; // parameter name -> text value
    QString sort;       // empty: the list's default order
    QStringList columns; // empty: the client's default columns
    int version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;

    static constexpr qsizetype nameMax = 80;
    static constexpr qsizetype columnsMax = 40;

    bool isBuiltIn() const { return !key.isEmpty(); }
    // The id a client asks counts for: the key of a built-in view, the number of a custom one.
    QString reference() const { return isBuiltIn() ? key : QString::number(id); }

    QJsonObject toJson() const;
    static std::optional<SavedView> fromJson(const QJsonObject &json);

    // A view that names no status shows its open tickets first (the queue's "Open tickets"
    // scope; closed ones are a choice away), so that is also what its count counts.
    bool showsOpenFirst() const { return !filters.contains(u"status"); }
    // The filters the queue shows first and /tickets/counts counts: the view's own, with the
    // open statuses added when it names none.
    QJsonObject shownFirstFilters() const;

    // The views every analyst has: My open, My group, Unassigned, Pending, Watching, All tickets.
    static QList<SavedView> builtIn();
    static std::optional<SavedView> builtIn(const QString &key);
};

// Reads a POST /views body (`partial` false) or applies a PATCH /views/{id} body to `view`
// (`partial` true). Checks shape only: name, filters as an object of text values, sort as
// text, columns as identifiers. Whether each filter and the sort mean something is the list's
// rule, which the server checks against GET /tickets' own parser.
bool readSavedView(const QJsonObject &json, bool partial, SavedView &view, FieldErrors &errors);

} // namespace Helpline
