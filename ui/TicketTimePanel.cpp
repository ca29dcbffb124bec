// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketTimePanel.h"

#include "ApiClient.h"
#include "DisplayText.h"
#include "LogTimeDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int EntryIdRole = Qt::UserRole;
constexpr int AnalystIdRole = Qt::UserRole + 1;
} // namespace

TicketTimePanel::TicketTimePanel(ApiClient &api, qint64 myUserId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_myUserId(myUserId)
    , m_entries(new QTreeWidget)
    , m_totalLabel(new QLabel)
    , m_log(new QPushButton(tr("&Log time…")))
    , m_remove(new QPushButton(tr("Remove entry")))
{
    setObjectName(u"ticketTimePanel"_s);
    m_entries->setObjectName(u"timeEntries"_s);
    m_totalLabel->setObjectName(u"timeTotal"_s);
    m_log->setObjectName(u"timeLogButton"_s);
    m_remove->setObjectName(u"timeRemoveButton"_s);
    m_entries->setHeaderLabels({tr("Worked at"), tr("Who"), tr("Time"), tr("Note")});
    m_entries->setRootIsDecorated(false);
    m_entries->header()->setStretchLastSection(true);
    m_totalLabel->setTextFormat(Qt::PlainText);
    m_remove->setToolTip(tr("Remove a time entry you logged by mistake"));

    connect(m_log, &QPushButton::clicked, this, [this] { logTime(0); });
    connect(m_remove, &QPushButton::clicked, this, &TicketTimePanel::removeSelected);
    connect(m_entries, &QTreeWidget::currentItemChanged, this, &TicketTimePanel::updateButtons);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_totalLabel, 1);
    bar->addWidget(m_remove);
    bar->addWidget(m_log);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_entries, 1);
    layout->addLayout(bar);
    updateButtons();
}

LogTimeDialog *TicketTimePanel::logDialog() const
{
    return m_dialog;
}

void TicketTimePanel::setTicket(qint64 ticketId, const QString &number)
{
    m_number = number;
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    m_total = 0;
    m_entries->clear();
    m_totalLabel->setText(tr("Loading…"));
    if (m_dialog)
        m_dialog->deleteLater(); // it belonged to the ticket before
    reload();
}

void TicketTimePanel::reload()
{
    const qint64 id = m_ticketId;
    if (id <= 0)
        return;
    m_api.get(u"/tickets/%1/time-entries"_s.arg(id))
        ->then(
            this,
            [this, id](const QJsonObject &json, int) {
                if (id != m_ticketId)
                    return;
                m_entries->clear();
                for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                    const auto entry = TimeEntry::fromJson(item.toObject());
                    if (!entry)
                        continue;
                    auto *row = new QTreeWidgetItem(m_entries, {DisplayText::timeText(entry->workedAt),
                                                                entry->analyst.name,
                                                                DisplayText::durationText(entry->minutes), entry->note});
                    row->setData(0, EntryIdRole, entry->id);
                    row->setData(0, AnalystIdRole, entry->analyst.id);
                    row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                }
                m_entries->resizeColumnToContents(0);
                m_entries->resizeColumnToContents(1);
                m_total = json.value(u"total_minutes"_s).toInteger();
                m_totalLabel->setText(tr("Handle time: %1").arg(DisplayText::durationText(m_total)));
                updateButtons();
                Q_EMIT loaded(id, m_total);
            },
            [this, id](const ApiFailure &failure) {
                if (id == m_ticketId)
                    m_totalLabel->setText(tr("The time entries could not be loaded: %1").arg(failure.message));
            });
}

void TicketTimePanel::logTime(int measuredMinutes)
{
    if (m_ticketId <= 0)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const qint64 id = m_ticketId;
    m_dialog = new LogTimeDialog(m_number, measuredMinutes, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &LogTimeDialog::logRequested, this, [this, id] { sendEntry(id); });
    m_dialog->open();
}

void TicketTimePanel::sendEntry(qint64 ticketId)
{
    if (!m_dialog)
        return;
    QPointer<LogTimeDialog> dialog = m_dialog;
    dialog->setBusy(true);
    m_api.post(u"/tickets/%1/time-entries"_s.arg(ticketId), dialog->entry(), dialog->idempotencyKey())
        ->then(
            this,
            [this, ticketId, dialog](const QJsonObject &, int) {
                if (dialog)
                    dialog->accept();
                Q_EMIT logged(ticketId);
                if (ticketId == m_ticketId)
                    reload();
            },
            [dialog](const ApiFailure &failure) {
                if (dialog)
                    dialog->showProblem(failure.message, failure.fields);
            });
}

void TicketTimePanel::removeSelected()
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    if (!item)
        return;
    const qint64 entryId = item->data(0, EntryIdRole).toLongLong();
    const auto answer = QMessageBox::question(
        this, tr("Remove time entry"),
        tr("Remove %1 logged by %2 at %3?").arg(item->text(2), item->text(1), item->text(0)));
    if (answer != QMessageBox::Yes)
        return;
    m_api.remove(u"/time-entries/%1"_s.arg(entryId))
        ->then(
            this, [this](const QJsonObject &, int) { reload(); },
            [this](const ApiFailure &failure) {
                QMessageBox::warning(this, tr("Remove time entry"),
                                     tr("The entry was not removed: %1").arg(failure.message));
            });
}

void TicketTimePanel::updateButtons()
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    m_remove->setEnabled(item && (m_canRemoveAny || item->data(0, AnalystIdRole).toLongLong() == m_myUserId));
    m_log->setEnabled(m_ticketId > 0);
}

} // namespace Helpline
