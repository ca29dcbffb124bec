// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Helpline {

class ApiCall;
class ApiClient;

// The Assets tab of the ticket pane: the equipment the ticket is about. An asset is linked
// by scanning or typing its tag (Enter), or by choosing one of the matches listed as you
// type; removed with Delete; opened in the Assets pane with Enter or a double-click.
class TicketAssetsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 200;
    static constexpr int suggestionLimit = 8;

    explicit TicketAssetsPanel(ApiClient &api, QWidget *parent = nullptr);

    void setTicket(qint64 ticketId);
    void setEditable(bool editable);
    const QList<Asset> &assets() const { return m_assets; }

    void linkTyped();                 // the tag or serial in the field
    void linkAsset(qint64 assetId);   // one chosen from the matches
    void removeSelected();

Q_SIGNALS:
    void assetsLoaded(qint64 ticketId, int count);
    void assetsChanged(qint64 ticketId); // the ticket's history has a new entry
    void openAssetRequested(qint64 assetId);
    void suggestionsShown(int count);

private:
    void load();
    void fill();
    void suggest();
    void link(const QJsonObject &body);
    void showProblem(const QString &text);

    ApiClient &m_api;
    qint64 m_ticketId = 0;
    bool m_editable = true;
    QList<Asset> m_assets;
    QPointer<ApiCall> m_loadCall;
    QPointer<ApiCall> m_suggestCall;
    QTreeWidget *m_tree;
    QLineEdit *m_tag;
    QPushButton *m_link;
    QPushButton *m_remove;
    QPushButton *m_open;
    QListWidget *m_suggestions;
    QLabel *m_problem;
    QTimer *m_debounce;
};

} // namespace Helpline
