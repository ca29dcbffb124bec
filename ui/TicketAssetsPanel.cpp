// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketAssetsPanel.h"

#include "ApiClient.h"
#include "DisplayText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int AssetIdRole = Qt::UserRole + 1;

QString holderText(const Asset &asset)
{
    return asset.holder ? asset.holder->name : QString();
}
} // namespace

TicketAssetsPanel::TicketAssetsPanel(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_tree(new QTreeWidget)
    , m_tag(new QLineEdit)
    , m_link(new QPushButton(tr("Lin&k asset")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_open(new QPushButton(tr("&Open in Assets")))
    , m_suggestions(new QListWidget)
    , m_problem(new QLabel)
    , m_debounce(new QTimer(this))
{
    setObjectName(u"ticketAssetsPanel"_s);
    m_tree->setObjectName(u"ticketAssets"_s);
    m_tree->setHeaderLabels({tr("Tag"), tr("Model"), tr("Status"), tr("Assigned to"), tr("Room")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Enter or double-click opens the asset in the Assets pane; Delete unlinks it."));
    m_tag->setObjectName(u"linkAssetEdit"_s);
    m_tag->setPlaceholderText(tr("Scan or type a tag, serial, person or room to link an asset"));
    m_tag->setClearButtonEnabled(true);
    m_link->setObjectName(u"linkAssetButton"_s);
    m_remove->setObjectName(u"removeAssetButton"_s);
    m_open->setObjectName(u"openAssetButton"_s);
    m_suggestions->setObjectName(u"linkAssetSuggestions"_s);
    m_suggestions->setMaximumHeight(120);
    m_suggestions->hide();
    m_problem->setObjectName(u"ticketAssetsProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_tag, 1);
    linkRow->addWidget(m_link);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(linkRow);
    layout->addWidget(m_suggestions);
    layout->addWidget(m_problem);

    connect(m_tag, &QLineEdit::returnPressed, this, &TicketAssetsPanel::linkTyped);
    connect(m_link, &QPushButton::clicked, this, &TicketAssetsPanel::linkTyped);
    connect(m_tag, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_problem->hide();
        if (text.trimmed().size() < 2) {
            m_debounce->stop();
            m_suggestions->hide();
        } else {
            m_debounce->start();
        }
    });
    connect(m_debounce, &QTimer::timeout, this, &TicketAssetsPanel::suggest);
    connect(m_suggestions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        linkAsset(item->data(AssetIdRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, AssetIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openAssetRequested(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem(); item && item->data(0, AssetIdRole).toLongLong() > 0)
            Q_EMIT openAssetRequested(item->data(0, AssetIdRole).toLongLong());
    });
    connect(m_remove, &QPushButton::clicked, this, &TicketAssetsPanel::removeSelected);
    auto *remove = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &TicketAssetsPanel::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const bool chosen = m_tree->currentItem() && m_tree->currentItem()->data(0, AssetIdRole).toLongLong() > 0;
        m_remove->setEnabled(chosen && m_editable);
        m_open->setEnabled(chosen);
    });
    m_remove->setEnabled(false);
    m_open->setEnabled(false);
}

void TicketAssetsPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_tag->setVisible(editable);
    m_link->setVisible(editable);
    m_remove->setVisible(editable);
}

void TicketAssetsPanel::setTicket(qint64 ticketId)
{
    if (ticketId != m_ticketId) {
        m_assets.clear();
        m_tree->clear();
        m_tag->clear();
        m_suggestions->hide();
        m_problem->hide();
    }
    m_ticketId = ticketId;
    load();
}

void TicketAssetsPanel::load()
{
    if (m_loadCall)
        m_loadCall->cancel();
    const qint64 ticketId = m_ticketId;
    ApiCall *call = m_api.get(u"/tickets/%1/assets"_s.arg(ticketId));
    m_loadCall = call;
    call->then(
        this,
        [this, call, ticketId](const QJsonObject &json, int) {
            if (m_loadCall != call || m_ticketId != ticketId)
                return;
            m_assets.clear();
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (const auto asset = Asset::fromJson(item.toObject()))
                    m_assets.append(*asset);
            }
            fill();
            Q_EMIT assetsLoaded(ticketId, int(m_assets.size()));
        },
        [this, call, ticketId](const ApiFailure &failure) {
            if (m_loadCall == call && m_ticketId == ticketId)
                showProblem(tr("The linked assets could not be loaded: %1").arg(failure.message));
        });
}

void TicketAssetsPanel::fill()
{
    m_tree->clear();
    if (m_assets.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No assets linked. Scan or type a tag below to link the "
                                                     "device this ticket is about.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
        return;
    }
    for (const Asset &asset : std::as_const(m_assets)) {
        auto *item = new QTreeWidgetItem(
            m_tree, {asset.tag, asset.manufacturer.isEmpty() ? asset.model : asset.manufacturer + u' ' + asset.model,
                     DisplayText::assetStatusText(asset.status), holderText(asset),
                     asset.location ? asset.location->path : QString()});
        item->setData(0, AssetIdRole, asset.id);
    }
    for (int column = 0; column < 4; ++column)
        m_tree->resizeColumnToContents(column);
}

void TicketAssetsPanel::suggest()
{
    const QString text = m_tag->text().trimmed();
    if (text.size() < 2)
        return;
    if (m_suggestCall)
        m_suggestCall->cancel();
    QUrlQuery query{{u"q"_s, text}, {u"limit"_s, QString::number(suggestionLimit)}};
    ApiCall *call = m_api.get(u"/assets"_s, query);
    m_suggestCall = call;
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_suggestCall != call)
                return;
            m_suggestions->clear();
            for (const QJsonValue &value : json.value(u"items"_s).toArray()) {
                const auto asset = Asset::fromJson(value.toObject());
                if (!asset)
                    continue;
                QStringList parts{asset->tag, asset->model};
                if (asset->holder)
                    parts << asset->holder->name;
                if (asset->location)
                    parts << asset->location->path;
                auto *item = new QListWidgetItem(parts.join(u" · "_s), m_suggestions);
                item->setData(AssetIdRole, asset->id);
            }
            m_suggestions->setVisible(m_suggestions->count() > 0);
            Q_EMIT suggestionsShown(m_suggestions->count());
        },
        [](const ApiFailure &) {});
}

void TicketAssetsPanel::linkTyped()
{
    const QString text = m_tag->text().trimmed();
    if (text.isEmpty() || m_ticketId <= 0)
        return;
    m_debounce->stop();
    link({{u"tag"_s, text}});
}

void TicketAssetsPanel::linkAsset(qint64 assetId)
{
    if (assetId > 0 && m_ticketId > 0)
        link({{u"asset_id"_s, assetId}});
}

void TicketAssetsPanel::link(const QJsonObject &body)
{
    const qint64 ticketId = m_ticketId;
    m_api.post(u"/tickets/%1/assets"_s.arg(ticketId), body, QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
        ->then(
            this,
            [this, ticketId](const QJsonObject &, int) {
                if (m_ticketId != ticketId)
                    return;
                m_tag->clear();
                m_suggestions->hide();
                m_problem->hide();
                load();
                Q_EMIT assetsChanged(ticketId);
            },
            [this, ticketId, body](const ApiFailure &failure) {
                if (m_ticketId != ticketId)
                    return;
                if (failure.fields.value(u"tag"_s) == u"unknown"_s) {
                    // Not a tag or serial: the matches below may hold the asset meant.
                    showProblem(tr("No asset has the tag or serial “%1”. Choose one of the matches, if any.")
                                    .arg(body.value(u"tag"_s).toString()));
                    suggest();
                } else if (!failure.fields.isEmpty()) {
                    showProblem(DisplayText::assetFieldErrorsText(failure.fields));
                } else {
                    showProblem(tr("The asset could not be linked: %1").arg(failure.message));
                }
            });
}

void TicketAssetsPanel::removeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_editable || !item)
        return;
    const qint64 assetId = item->data(0, AssetIdRole).toLongLong();
    const qint64 ticketId = m_ticketId;
    if (assetId <= 0)
        return;
    m_api.remove(u"/tickets/%1/assets/%2"_s.arg(ticketId).arg(assetId))
        ->then(
            this,
            [this, ticketId](const QJsonObject &, int) {
                if (m_ticketId != ticketId)
                    return;
                load();
                Q_EMIT assetsChanged(ticketId);
            },
            [this](const ApiFailure &failure) {
                showProblem(tr("The asset could not be unlinked: %1").arg(failure.message));
            });
}

void TicketAssetsPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace Helpline
