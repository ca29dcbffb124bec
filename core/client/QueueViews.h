// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiFailure.h"
#include "SavedView.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Helpline {

class ApiCall;
class ApiClient;

// The signed-in analyst's queue views (GET /views) and how many tickets each holds
// (GET /tickets/counts, one call for all of them); saving, changing and deleting custom ones.
class QueueViews : public QObject
{
    Q_OBJECT
public:
    explicit QueueViews(ApiClient &api, QObject *parent = nullptr);

    const QList<SavedView> &views() const { return m_views; }
    const SavedView *find(const QString &reference) const;
    // -1 while not counted yet.
    qint64 count(const QString &reference) const { return m_counts.value(reference, -1); }

    void reload();        // the views, then their counts
    void refreshCounts(); // the counts only
    void create(const SavedView &view);
    void update(const SavedView &view); // name, filters, sort and columns, at view.version
    void remove(qint64 id);

Q_SIGNALS:
    void viewsChanged();
    void countsChanged();
    void saved(const Helpline::SavedView &view);
    void failed(const Helpline::ApiFailure &failure);

private:
    static QJsonObject definition(const SavedView &view);

    ApiClient &m_api;
    QList<SavedView> m_views;
    QHash<QString, qint64> m_counts;
    QPointer<ApiCall> m_countCall;
};

} // namespace Helpline
