// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QTreeWidget>

namespace Helpline {

// The timeline of a ticket: when, who, and each field from → to, newest first.
class TicketHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TicketHistoryView(QWidget *parent = nullptr);

    void setEntries(const QJsonArray &items); // as GET /tickets/{id}/history sends them
    static QString valueText(const QString &field, const QJsonValue &value);
    // A history row about links: "Linked INC-000003 (Children)", "Merged into INC-000007 …".
    static QString linkText(const QString &action, const QJsonObject &changes);
};

} // namespace Helpline
