// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkChange.h"
#include "Ticket.h"
#include "User.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;

namespace Helpline {

class ApiClient;
class ColleaguePickerDialog;
class StatusChangeDialog;

// Acts on the queue's multi-selection at once: assign (to me or any colleague who works
// tickets), status (asking once for what it needs: a pending reason, or a resolution code and
// notes), resolve, priority (impact × urgency), group, a note. Moving unassigned tickets to a
// status that needs an assignee offers to take them in the same change. Each ticket is
// changed on its own on the server; the bar then says how many were changed and, ticket by
// ticket, why any were not, and those stay selected.
class BulkActionBar : public QWidget
{
    Q_OBJECT
public:
    BulkActionBar(ApiClient &api, const User &me, QWidget *parent = nullptr);

    void setSelection(const QList<Ticket> &tickets);
    // Which groups to offer: those of the loaded queue.
    void setGroups(const QStringList &groups);

    bool hasResult() const;
    void clearResult();
    void assignToMe();
    void assignTo(); // opens the colleague picker
    // Moves the selection to `target`: asks for what it needs first, and offers to take
    // unassigned tickets when it needs an assignee.
    void applyStatus(TicketStatus target);
    void resolve() { applyStatus(TicketStatus::Resolved); }
    void apply(const QJsonObject &changes, const std::optional<NewComment> &note = std::nullopt,
               bool takeUnassigned = false);

    // The dialogs while open (tests drive them like an analyst).
    ColleaguePickerDialog *colleaguePicker() const;
    StatusChangeDialog *statusDialog() const;
    QMessageBox *takeQuestion() const;

Q_SIGNALS:
    void ticketsChanged(const QList<Helpline::Ticket> &tickets);
    // The tickets that were not changed, so the queue keeps exactly them selected.
    void ticketsRefused(const QList<qint64> &ids);
    void finished(); // every ticket answered; counts may have moved

private:
    void changeStatus();
    void sendStatus(const QJsonObject &changes);
    void changePriority();
    void changeGroup();
    void addNote();
    void showResults(const QList<BulkChange::Result> &results);

    ApiClient &m_api;
    User m_me;
    QList<Ticket> m_selection;
    QStringList m_groups;
    QPointer<ColleaguePickerDialog> m_picker;
    QPointer<StatusChangeDialog> m_statusDialog;
    QPointer<QMessageBox> m_takeQuestion;
    QLabel *m_selected;
    QList<QPushButton *> m_buttons;
    QLabel *m_result;
    bool m_running = false;
};

} // namespace Helpline
