// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetRecordView.h"

#include "ApiClient.h"
#include "AssetFieldsEditor.h"
#include "AssetHistoryView.h"
#include "DisplayText.h"
#include "Ticket.h"

#include <QDate>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int TicketIdRole = Qt::UserRole + 1;
} // namespace

AssetRecordView::AssetRecordView(ApiClient &api, LocationCatalog &locations, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_header(new QLabel)
    , m_tabs(new QTabWidget)
    , m_fields(new AssetFieldsEditor(api, locations))
    , m_history(new AssetHistoryView)
    , m_tickets(new QTreeWidget)
{
    setObjectName(u"assetRecord"_s);
    m_header->setObjectName(u"assetHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setText(tr("Scan a tag or search above; the asset opens here."));
    m_tabs->setObjectName(u"assetTabs"_s);
    m_tabs->addTab(m_fields, tr("&Details"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    m_tabs->addTab(m_tickets, tr("T&ickets"));
    m_tickets->setObjectName(u"assetTickets"_s);
    m_tickets->setHeaderLabels({tr("Ticket"), tr("Title"), tr("Status"), tr("Linked")});
    m_tickets->setRootIsDecorated(false);
    m_tickets->header()->setStretchLastSection(false);
    m_tickets->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tickets->setToolTip(tr("Enter or double-click opens the ticket."));
    connect(m_tickets, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, TicketIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openTicketRequested(id);
    });
    connect(m_fields, &AssetFieldsEditor::saved, this, [this](const Asset &asset) {
        m_asset = asset;
        showHeader(asset);
        loadHistory(asset.id);
        Q_EMIT assetChanged(asset);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    m_tabs->setEnabled(false);
}

void AssetRecordView::setPermissions(bool canEdit, bool canReadTickets)
{
    m_fields->setEditable(canEdit);
    m_canReadTickets = canReadTickets;
    m_tabs->setTabVisible(m_tabs->indexOf(m_tickets), canReadTickets);
}

void AssetRecordView::showAsset(qint64 id)
{
    if (m_call)
        m_call->cancel();
    ApiCall *call = m_api.get(u"/assets/%1"_s.arg(id));
    m_call = call;
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_call != call)
                return;
            if (const auto asset = Asset::fromJson(json))
                display(*asset);
        },
        [this, call](const ApiFailure &failure) {
            if (m_call == call)
                m_header->setText(tr("The asset could not be loaded: %1").arg(failure.message));
        });
}

void AssetRecordView::display(const Asset &asset)
{
    m_asset = asset;
    m_tabs->setEnabled(true);
    showHeader(asset);
    m_fields->setAsset(asset);
    m_history->clear();
    m_tickets->clear();
    loadHistory(asset.id);
    if (m_canReadTickets)
        loadTickets(asset.id);
    Q_EMIT assetShown(asset.id);
}

void AssetRecordView::showHeader(const Asset &asset)
{
    QStringList facts{DisplayText::assetStatusText(asset.status)};
    if (asset.holder)
        facts << tr("with %1").arg(asset.holder->name);
    if (asset.location)
        facts << asset.location->path;
    if (asset.warrantyExpired(QDate::currentDate()))
        facts << tr("warranty ended %1").arg(DisplayText::dateText(asset.warrantyEnd));
    const QString what = asset.manufacturer.isEmpty() ? asset.model : asset.manufacturer + u' ' + asset.model;
    m_header->setText(tr("%1 — %2 (%3)\n%4")
                          .arg(asset.tag, what, DisplayText::assetCategoryText(asset.category), facts.join(u" · "_s)));
}

void AssetRecordView::loadHistory(qint64 id)
{
    m_api.get(u"/assets/%1/history"_s.arg(id))
        ->then(
            this,
            [this, id](const QJsonObject &json, int) {
                if (!m_asset || m_asset->id != id)
                    return;
                m_history->setEntries(json.value(u"items"_s).toArray());
                Q_EMIT historyLoaded(id);
            },
            [](const ApiFailure &) {});
}

void AssetRecordView::loadTickets(qint64 id)
{
    m_api.get(u"/assets/%1/tickets"_s.arg(id))
        ->then(
            this,
            [this, id](const QJsonObject &json, int) {
                if (!m_asset || m_asset->id != id)
                    return;
                m_tickets->clear();
                const QJsonArray items = json.value(u"items"_s).toArray();
                for (const QJsonValue &value : items) {
                    const QJsonObject ticket = value.toObject();
                    const auto status = ticketStatusFromName(ticket.value(u"status"_s).toString());
                    auto *item = new QTreeWidgetItem(
                        m_tickets, {ticket.value(u"number"_s).toString(), ticket.value(u"title"_s).toString(),
                                    status ? DisplayText::statusText(*status) : QString(),
                                    DisplayText::timeText(fromWireTime(ticket.value(u"linked_at"_s).toString()))});
                    item->setData(0, TicketIdRole, ticket.value(u"id"_s).toInteger());
                }
                if (items.isEmpty()) {
                    auto *none = new QTreeWidgetItem(m_tickets, {tr("Not linked to any ticket.")});
                    none->setFlags(Qt::NoItemFlags);
                    none->setFirstColumnSpanned(true);
                }
                m_tabs->setTabText(m_tabs->indexOf(m_tickets),
                                   items.isEmpty() ? tr("T&ickets") : tr("T&ickets (%1)").arg(items.size()));
                m_tickets->resizeColumnToContents(0);
                Q_EMIT ticketsLoaded(id, int(items.size()));
            },
            [](const ApiFailure &) {});
}

} // namespace Helpline
