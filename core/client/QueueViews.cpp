// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueViews.h"

#include "ApiCall.h"
#include "ApiClient.h"

#include <QJsonArray>
#include <QUuid>

namespace Helpline {

using namespace Qt::StringLiterals;

QueueViews::QueueViews(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

const SavedView *QueueViews::find(const QString &reference) const
{
    for (const SavedView &view : m_views) {
        if (view.reference() == reference)
            return &view;
    }
    return nullptr;
}

void QueueViews::reload()
{
    m_api.get(u"/views"_s)->then(this, [this](const QJsonObject &body, int) {
        QList<SavedView> views;
        for (const QJsonValue &item : body.value(u"items"_s).toArray()) {
            if (const auto view = SavedView::fromJson(item.toObject()))
                views << *view;
        }
        m_views = views;
        Q_EMIT viewsChanged();
        refreshCounts();
    }, [this](const ApiFailure &failure) { Q_EMIT failed(failure); });
}

void QueueViews::refreshCounts()
{
    if (m_countCall)
        m_countCall->cancel(); // an older answer must not overwrite a newer one
    m_countCall = m_api.get(u"/tickets/counts"_s);
    m_countCall->then(this, [this](const QJsonObject &body, int) {
        m_counts.clear();
        const QJsonObject counts = body.value(u"counts"_s).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            m_counts.insert(it.key(), it.value().toInteger());
        Q_EMIT countsChanged();
    }, [this](const ApiFailure &failure) {
        if (failure.kind != ApiFailure::Kind::Cancelled)
            Q_EMIT failed(failure);
    });
}

QJsonObject QueueViews::definition(const SavedView &view)
{
    return {{u"name"_s, view.name},
            {u"filters"_s, view.filters},
            {u"sort"_s, view.sort},
            {u"columns"_s, QJsonArray::fromStringList(view.columns)}};
}

void QueueViews::create(const SavedView &view)
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_api.post(u"/views"_s, definition(view), key)->then(this, [this](const QJsonObject &body, int) {
        if (const auto created = SavedView::fromJson(body)) {
            m_views << *created;
            Q_EMIT viewsChanged();
            Q_EMIT saved(*created);
            refreshCounts();
        }
    }, [this](const ApiFailure &failure) { Q_EMIT failed(failure); });
}

void QueueViews::update(const SavedView &view)
{
    m_api.patch(u"/views/%1"_s.arg(view.id), definition(view), view.version)
        ->then(this, [this](const QJsonObject &body, int) {
            const auto stored = SavedView::fromJson(body);
            if (!stored)
                return;
            for (SavedView &known : m_views) {
                if (known.id == stored->id)
                    known = *stored;
            }
            Q_EMIT viewsChanged();
            Q_EMIT saved(*stored);
            refreshCounts();
        }, [this](const ApiFailure &failure) { Q_EMIT failed(failure); });
}

void QueueViews::remove(qint64 id)
{
    m_api.remove(u"/views/%1"_s.arg(id))->then(this, [this, id](const QJsonObject &, int) {
        m_views.removeIf([id](const SavedView &view) { return !view.isBuiltIn() && view.id == id; });
        Q_EMIT viewsChanged();
    }, [this](const ApiFailure &failure) { Q_EMIT failed(failure); });
}

} // namespace Helpline
