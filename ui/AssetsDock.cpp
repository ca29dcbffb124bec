// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetsDock.h"

#include "ApiClient.h"
#include "AssetListModel.h"
#include "AssetRecordView.h"
#include "LocationCatalog.h"
#include "NewAssetDialog.h"
#include "Role.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

AssetsDock::AssetsDock(ApiClient &api, const User &user, QWidget *parent)
    : QDockWidget(tr("Assets"), parent)
    , m_api(api)
    , m_canEdit(roleHas(user.role, Permission::WriteAssets) && user.id > 0)
    , m_locations(new LocationCatalog(api, this))
    , m_search(new QLineEdit)
    , m_newAsset(new QPushButton(tr("&New asset…")))
    , m_status(new QLabel)
    , m_results(new QTableView)
    , m_more(new QPushButton(tr("Show &more")))
    , m_model(new AssetListModel(this))
    , m_record(new AssetRecordView(api, *m_locations))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"assetsDock"_s);
    m_search->setObjectName(u"assetSearch"_s);
    m_search->setPlaceholderText(tr("Scan or type a tag, serial, hostname, person or room"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("A scanned tag opens its asset at once; anything else lists what matches."));
    m_newAsset->setObjectName(u"newAssetButton"_s);
    m_newAsset->setVisible(m_canEdit);
    m_status->setObjectName(u"assetSearchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_more->setObjectName(u"assetMoreButton"_s);
    m_more->hide();
    m_results->setObjectName(u"assetResults"_s);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setWordWrap(false);
    m_record->setPermissions(m_canEdit, roleHas(user.role, Permission::ReadTickets));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newAsset);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_results, 1);
    auto *listFoot = new QHBoxLayout;
    listFoot->addWidget(m_status, 1);
    listFoot->addWidget(m_more);
    listLayout->addLayout(listFoot);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"assetsSplitter"_s);
    split->addWidget(list);
    split->addWidget(m_record);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(searchRow);
    layout->addWidget(split, 1);
    setWidget(body);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { search(false); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    // A scanner's Enter: no waiting for the pause, and an exact match opens directly.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search(true);
    });
    connect(m_results, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRow(current.row());
            });
    connect(m_more, &QPushButton::clicked, this, &AssetsDock::loadMore);
    connect(m_newAsset, &QPushButton::clicked, this, &AssetsDock::openNewAsset);
    connect(m_record, &AssetRecordView::assetChanged, m_model, &AssetListModel::update);
    connect(m_record, &AssetRecordView::openTicketRequested, this, &AssetsDock::openTicketRequested);
    // Loaded when the pane is first shown, and again each time: rooms are added elsewhere.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_api.hasToken())
            m_locations->reload();
    });
}

void AssetsDock::focusSearch()
{
    show();
    raise();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AssetsDock::openAsset(qint64 id)
{
    show();
    raise();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_results->selectRow(row);
    m_record->showAsset(id);
}

void AssetsDock::openRow(int row)
{
    if (const Asset *asset = m_model->assetAt(row)) {
        if (!m_record->asset() || m_record->asset()->id != asset->id)
            m_record->display(*asset);
    }
}

void AssetsDock::search(bool fromEnter)
{
    const QString text = m_search->text().trimmed();
    if (m_call)
        m_call->cancel();
    QUrlQuery query;
    if (!text.isEmpty())
        query.addQueryItem(u"q"_s, text);
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    ApiCall *call = m_api.get(u"/assets"_s, query);
    m_call = call;
    m_status->setText(tr("Searching…"));
    call->then(
        this,
        [this, call, text, fromEnter](const QJsonObject &json, int) {
            if (m_call != call)
                return;
            QList<Asset> assets;
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (const auto asset = Asset::fromJson(item.toObject()))
                    assets.append(*asset);
            }
            m_query = text;
            m_nextCursor = json.value(u"next_cursor"_s).toString();
            m_model->setAssets(assets);
            m_more->setVisible(!m_nextCursor.isEmpty());
            const qint64 exact = json.value(u"exact_id"_s).toInteger();
            if (assets.isEmpty())
                m_status->setText(text.isEmpty() ? tr("No assets yet.") : tr("Nothing matches “%1”.").arg(text));
            else if (exact > 0)
                m_status->setText(tr("The asset with this tag or serial. Show more lists others that mention it."));
            else if (!m_nextCursor.isEmpty())
                m_status->setText(tr("The first %n match(es), by tag.", nullptr, int(assets.size())));
            else
                m_status->setText(tr("%n match(es).", nullptr, int(assets.size())));
            // The scanner's case: the tag it read is an asset, so open it and be ready for
            // the next scan (the whole text selected, so it is replaced).
            if (fromEnter && (exact > 0 || assets.size() == 1)) {
                const int row = exact > 0 ? m_model->rowOf(exact) : 0;
                m_results->selectRow(row);
                openRow(row);
                m_search->selectAll();
            }
            Q_EMIT searchFinished(int(assets.size()));
        },
        [this, call](const ApiFailure &failure) {
            if (m_call != call)
                return;
            m_status->setText(tr("The search failed: %1").arg(failure.message));
            Q_EMIT searchFinished(-1);
        });
}

void AssetsDock::loadMore()
{
    if (m_nextCursor.isEmpty() || m_call)
        return;
    QUrlQuery query;
    if (!m_query.isEmpty())
        query.addQueryItem(u"q"_s, m_query);
    query.addQueryItem(u"cursor"_s, m_nextCursor);
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    ApiCall *call = m_api.get(u"/assets"_s, query);
    m_call = call;
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_call != call)
                return;
            m_call = nullptr;
            QList<Asset> assets;
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (const auto asset = Asset::fromJson(item.toObject()))
                    assets.append(*asset);
            }
            m_model->append(assets);
            m_nextCursor = json.value(u"next_cursor"_s).toString();
            m_more->setVisible(!m_nextCursor.isEmpty());
            m_status->setText(tr("%n match(es) shown.", nullptr, m_model->rowCount()));
        },
        [this, call](const ApiFailure &failure) {
            if (m_call != call)
                return;
            m_call = nullptr;
            m_status->setText(tr("More could not be loaded: %1").arg(failure.message));
        });
}

NewAssetDialog *AssetsDock::openNewAsset()
{
    if (!m_canEdit)
        return nullptr;
    if (!m_newDialog) {
        m_newDialog = new NewAssetDialog(m_api, *m_locations, this);
        m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newDialog, &NewAssetDialog::assetCreated, this, [this](const Asset &asset) {
            m_model->append({asset});
            m_results->selectRow(m_model->rowOf(asset.id));
            m_record->display(asset);
            m_status->setText(tr("%1 recorded.").arg(asset.tag));
        });
        // A scanned tag that matched nothing is most likely the new asset's.
        const QString text = m_search->text().trimmed();
        if (m_model->rowCount() == 0 && !text.contains(u' '))
            m_newDialog->setTag(text);
        if (!m_locations->isLoaded())
            m_locations->reload();
    }
    m_newDialog->show();
    m_newDialog->raise();
    m_newDialog->activateWindow();
    return m_newDialog;
}

} // namespace Helpline
