// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Helpline {

class ApiClient;
class TicketPicker;

// Merges the ticket into the one it duplicates, in two steps: pick the ticket to keep (and
// optionally write a note), then read exactly what the merge will do and confirm it. It
// stays open until the merge is stored, so a refusal is read beside the choice.
class MergeTicketDialog : public QDialog
{
    Q_OBJECT
public:
    // `commentCount`: the duplicate's replies and notes, -1 when not known.
    MergeTicketDialog(ApiClient &api, const Ticket &duplicate, int commentCount, QWidget *parent = nullptr);

    qint64 ticketId() const { return m_duplicate.id; }
    // What the confirmation page says for this pair (public for tests and the screenshot).
    static QString confirmationText(const Ticket &duplicate, const Ticket &target, int commentCount);
    void showProblem(const QString &text);
    void setBusy(bool busy);

Q_SIGNALS:
    void mergeRequested(qint64 intoId, const QString &note);

private:
    void showConfirmation();
    void showChoice();
    void updateButtons();

    Ticket m_duplicate;
    int m_commentCount;
    std::optional<Ticket> m_target;
    QStackedWidget *m_pages;
    TicketPicker *m_picker;
    QPlainTextEdit *m_note;
    QPushButton *m_continue;
    QLabel *m_confirmation;
    QLabel *m_problem;
    QPushButton *m_back;
    QPushButton *m_merge;
    bool m_busy = false;
};

} // namespace Helpline
