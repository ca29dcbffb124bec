// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace Helpline {

class ApiCall;
class ApiClient;
class AssetFieldsEditor;
class AssetHistoryView;
class LocationCatalog;

// One asset's record: a header that says what and where it is at a glance, its fields
// (edited in place when the role may), its history as a timeline and the tickets it is on.
class AssetRecordView : public QWidget
{
    Q_OBJECT
public:
    AssetRecordView(ApiClient &api, LocationCatalog &locations, QWidget *parent = nullptr);

    // What the signed-in role may do: edit the fields, see the linked tickets.
    void setPermissions(bool canEdit, bool canReadTickets);
    void showAsset(qint64 id);
    void display(const Asset &asset); // an asset already at hand, then its history and tickets
    const std::optional<Asset> &asset() const { return m_asset; }
    AssetFieldsEditor *fields() const { return m_fields; }

Q_SIGNALS:
    void assetShown(qint64 id);
    void assetChanged(const Helpline::Asset &asset);
    void historyLoaded(qint64 id);
    void ticketsLoaded(qint64 id, int count);
    void openTicketRequested(qint64 ticketId);

private:
    void showHeader(const Asset &asset);
    void loadHistory(qint64 id);
    void loadTickets(qint64 id);

    ApiClient &m_api;
    std::optional<Asset> m_asset;
    QPointer<ApiCall> m_call;
    bool m_canReadTickets = false;
    QLabel *m_header;
    QTabWidget *m_tabs;
    AssetFieldsEditor *m_fields;
    AssetHistoryView *m_history;
    QTreeWidget *m_tickets;
};

} // namespace Helpline
