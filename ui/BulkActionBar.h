// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkChange.h"
#include "Ticket.h"
#include "User.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Helpline {

class ApiClient;

// Acts on the queue's multi-selection at once: assign (to me or someone), status, priority
// (impact × urgency), group, a note. Each ticket is changed on its own on the server; the
// bar then says how many were changed and, ticket by ticket, why any were not.
class BulkActionBar : public QWidget
{
    Q_OBJECT
public:
    BulkActionBar(ApiClient &api, const User &me, QWidget *parent = nullptr);

    void setSelection(const QList<Ticket> &tickets);
    // Who and which groups to offer: the people and groups of the loaded queue.
    void setChoices(const QList<UserRef> &analysts, const QStringList &groups);

    bool hasResult() const;
    void clearResult();
    void assignToMe();
    void apply(const QJsonObject &changes, const std::optional<NewComment> &note = std::nullopt);

Q_SIGNALS:
    void ticketsChanged(const QList<Helpline::Ticket> &tickets);
    void finished(); // every ticket answered; counts may have moved

private:
    void assignTo();
    void changeStatus();
    void changePriority();
    void changeGroup();
    void addNote();
    void showResults(const QList<BulkChange::Result> &results);

    ApiClient &m_api;
    User m_me;
    QList<Ticket> m_selection;
    QList<UserRef> m_analysts;
    QStringList m_groups;
    QLabel *m_selected;
    QList<QPushButton *> m_buttons;
    QLabel *m_result;
    bool m_running = false;
};

} // namespace Helpline
