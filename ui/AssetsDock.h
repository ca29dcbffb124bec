// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"
#include "User.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Helpline {

class ApiCall;
class ApiClient;
class AssetListModel;
class AssetRecordView;
class LocationCatalog;
class NewAssetDialog;

// The Assets pane, scanner first: one search field takes a tag, serial, hostname, person or
// room. A USB barcode scanner types the tag and Enter: an exact tag or serial opens the
// record at once and the field is ready for the next scan. Typing searches as you go.
// Below, the matches (model/view) and the record of the one chosen.
class AssetsDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 200;
    static constexpr int pageSize = 50;

    AssetsDock(ApiClient &api, const User &user, QWidget *parent = nullptr);

    void focusSearch();
    void openAsset(qint64 id);
    NewAssetDialog *openNewAsset();

    QLineEdit *searchField() const { return m_search; }
    QTableView *results() const { return m_results; }
    AssetListModel *model() const { return m_model; }
    AssetRecordView *record() const { return m_record; }
    LocationCatalog &locations() const { return *m_locations; }

Q_SIGNALS:
    void searchFinished(int count); // -1: the search failed
    void openTicketRequested(qint64 ticketId);

private:
    void search(bool fromEnter);
    void loadMore();
    void openRow(int row);

    ApiClient &m_api;
    bool m_canEdit;
    LocationCatalog *m_locations;
    QLineEdit *m_search;
    QPushButton *m_newAsset;
    QLabel *m_status;
    QTableView *m_results;
    QPushButton *m_more;
    AssetListModel *m_model;
    AssetRecordView *m_record;
    QTimer *m_debounce;
    QPointer<ApiCall> m_call;
    QPointer<NewAssetDialog> m_newDialog;
    QString m_query;      // what the list shows
    QString m_nextCursor; // empty on the last page
};

} // namespace Helpline
