// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchersPanel.h"

#include "ColleaguePickerDialog.h"
#include "DisplayText.h"
#include "TicketWatchers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

WatchersPanel::WatchersPanel(ApiClient &api, qint64 myUserId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_me(myUserId)
    , m_watchers(new TicketWatchers(api, this))
    , m_toggle(new QPushButton)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("Add watcher…")))
    , m_remove(new QPushButton(tr("Remove")))
    , m_problem(new QLabel)
{
    setObjectName(u"watchersPanel"_s);
    m_toggle->setObjectName(u"watchToggle"_s);
    m_list->setObjectName(u"watchersList"_s);
    m_add->setObjectName(u"addWatcherButton"_s);
    m_remove->setObjectName(u"removeWatcherButton"_s);
    m_problem->setObjectName(u"watchersProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_toggle->setCheckable(true);
    m_add->setToolTip(tr("Let a colleague follow this ticket"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *explanation = new QLabel(tr("Watchers follow the ticket: it is in their Watching view and marked "
                                      "there when someone else changes it. Whoever logs it or writes on it "
                                      "watches it from then on."));
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    // A click on the toggle asks; it shows the stored state until the server has agreed.
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        updateToggle();
        toggleWatch();
    });
    connect(m_add, &QPushButton::clicked, this, &WatchersPanel::startAdd);
    connect(m_remove, &QPushButton::clicked, this, &WatchersPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0 && !m_busy); });
    connect(m_watchers, &TicketWatchers::loaded, this, [this](qint64 id) {
        if (m_ticket && m_ticket->id == id)
            showWatchers();
    });
    connect(m_watchers, &TicketWatchers::changed, this, [this](qint64 id) {
        m_busy = false;
        Q_EMIT watchersChanged(id);
    });
    connect(m_watchers, &TicketWatchers::failed, this, [this](qint64 id, const QString &message) {
        m_busy = false;
        if (!m_ticket || m_ticket->id != id)
            return;
        m_problem->setText(tr("The watchers could not be changed or loaded: %1").arg(message));
        m_problem->show();
        updateToggle();
    });
}

void WatchersPanel::setTicket(const Ticket &ticket)
{
    const bool other = !m_ticket || m_ticket->id != ticket.id;
    m_ticket = ticket;
    if (other) {
        m_list->clear();
        m_problem->hide();
        if (m_picker)
            m_picker->reject(); // it was for the ticket before
    }
    updateToggle();
    m_watchers->load(ticket.id);
}

ColleaguePickerDialog *WatchersPanel::picker() const
{
    return m_picker;
}

bool WatchersPanel::isWatching() const
{
    // The list, once here, is the latest word; until then the ticket's own.
    if (m_ticket && m_watchers->isLoaded() && m_watchers->ticketId() == m_ticket->id)
        return m_watchers->contains(m_me);
    return m_ticket && m_ticket->watching;
}

void WatchersPanel::updateToggle()
{
    int count = m_ticket ? m_ticket->watcherCount : 0;
    if (m_ticket && m_watchers->isLoaded() && m_watchers->ticketId() == m_ticket->id)
        count = int(m_watchers->watchers().size());
    const bool watching = isWatching();
    m_toggle->setChecked(watching);
    m_toggle->setText(watching ? tr("Unwatch (%1)").arg(count) : tr("Watch (%1)").arg(count));
    m_toggle->setToolTip(watching ? tr("Stop following this ticket (W). %n colleague(s) watch it.", nullptr, count)
                                  : tr("Follow this ticket (W): it shows in your Watching view. %n colleague(s) watch it.",
                                       nullptr, count));
    m_toggle->setEnabled(m_ticket.has_value() && !m_busy);
    m_add->setEnabled(m_ticket.has_value() && !m_busy);
    m_remove->setEnabled(m_list->currentRow() >= 0 && !m_busy);
    Q_EMIT countChanged(count);
}

void WatchersPanel::showWatchers()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    for (const Watcher &watcher : m_watchers->watchers()) {
        const QString name = watcher.user.id == m_me ? tr("%1 (you)").arg(watcher.user.name) : watcher.user.name;
        auto *item = new QListWidgetItem(tr("%1  ·  since %2").arg(name, DisplayText::timeText(watcher.since)), m_list);
        item->setData(Qt::UserRole, watcher.user.id);
        if (watcher.user.id == current)
            m_list->setCurrentItem(item);
    }
    if (m_watchers->watchers().isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nobody watches this ticket."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateToggle();
}

void WatchersPanel::toggleWatch()
{
    if (!m_ticket || m_busy)
        return;
    m_busy = true;
    m_problem->hide();
    if (isWatching())
        m_watchers->remove(m_me);
    else
        m_watchers->add(m_me);
    updateToggle();
}

void WatchersPanel::startAdd()
{
    if (!m_ticket || m_busy)
        return;
    delete m_picker;
    m_picker = new ColleaguePickerDialog(m_api, tr("Add watcher"),
                                         tr("Who should follow %1?").arg(m_ticket->number), this);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    QList<qint64> watching;
    for (const Watcher &watcher : m_watchers->watchers())
        watching << watcher.user.id;
    m_picker->setExcluded(watching);
    const qint64 ticketId = m_ticket->id;
    connect(m_picker, &QDialog::accepted, this, [this, ticketId, picker = m_picker] {
        const auto colleague = picker ? picker->chosen() : std::nullopt;
        if (!colleague || !m_ticket || m_ticket->id != ticketId)
            return;
        m_busy = true;
        m_problem->hide();
        m_watchers->add(colleague->user.id);
        updateToggle();
    });
    m_picker->open();
}

void WatchersPanel::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!m_ticket || m_busy || !item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    m_busy = true;
    m_problem->hide();
    m_watchers->remove(item->data(Qt::UserRole).toLongLong());
    updateToggle();
}

} // namespace Helpline
