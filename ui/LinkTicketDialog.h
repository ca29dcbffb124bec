// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "TicketLink.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace Helpline {

class ApiClient;
class TicketPicker;

// Links the ticket to another one: the kind (only those its type allows) and the other
// ticket, found by number or title. It stays open until the link is stored, so a refusal is
// read beside what was chosen.
class LinkTicketDialog : public QDialog
{
    Q_OBJECT
public:
    LinkTicketDialog(ApiClient &api, const Ticket &ticket, QWidget *parent = nullptr);

    qint64 ticketId() const { return m_ticket.id; }
    void showProblem(const QString &text);
    void setBusy(bool busy);

Q_SIGNALS:
    void linkRequested(const Helpline::NewLink &link);

private:
    void onKindChanged();
    void updateButton();
    void submit();

    Ticket m_ticket;
    QComboBox *m_kind;
    TicketPicker *m_picker;
    QLabel *m_problem;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace Helpline
