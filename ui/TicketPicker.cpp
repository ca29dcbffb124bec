// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketPicker.h"

#include "ApiClient.h"
#include "DisplayText.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int resultLimit = 25;
constexpr int typingPauseMs = 250;
} // namespace

TicketPicker::TicketPicker(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    m_search->setObjectName(u"ticketPickerSearch"_s);
    m_search->setPlaceholderText(tr("Number or words of the title, e.g. INC-000042 or VPN"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"ticketPickerResults"_s);
    m_results->setUniformItemSizes(true);
    m_status->setObjectName(u"ticketPickerStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_delay->setSingleShot(true);
    m_delay->setInterval(typingPauseMs);

    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &TicketPicker::search);
    connect(m_results, &QListWidget::itemSelectionChanged, this, &TicketPicker::chosenChanged);
    connect(m_results, &QListWidget::itemActivated, this, &TicketPicker::activated);
    // Down from the search field walks into the results, as in any finder.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(std::max(0, m_results->currentRow()), QItemSelectionModel::ClearAndSelect);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
}

void TicketPicker::setFilter(const QUrlQuery &filter)
{
    m_filter = filter;
    search();
}

void TicketPicker::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

std::optional<Ticket> TicketPicker::chosen() const
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_found.size() || !m_results->item(row)->isSelected())
        return std::nullopt;
    return m_found.at(row);
}

void TicketPicker::search()
{
    m_delay->stop();
    if (m_call)
        m_call->cancel();
    QUrlQuery query = m_filter;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty())
        query.addQueryItem(u"q"_s, text);
    query.addQueryItem(u"sort"_s, u"-updated_at"_s);
    query.addQueryItem(u"limit"_s, QString::number(resultLimit));
    m_status->setText(tr("Searching…"));
    ApiCall *call = m_api.get(u"/tickets"_s, query);
    m_call = call;
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_call != call)
                return;
            m_found.clear();
            m_results->clear();
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                const auto ticket = Ticket::fromJson(item.toObject());
                if (!ticket || ticket->id == m_excluded)
                    continue;
                m_found.append(*ticket);
                auto *row = new QListWidgetItem(u"%1  ·  %2  ·  %3"_s.arg(ticket->number, ticket->title,
                                                                         DisplayText::statusText(ticket->status)),
                                                m_results);
                row->setData(Qt::UserRole, ticket->id);
            }
            // One match is the one meant: choose it, so Enter goes straight on.
            if (m_found.size() == 1)
                m_results->setCurrentRow(0, QItemSelectionModel::ClearAndSelect);
            m_status->setText(m_found.isEmpty() ? tr("No ticket matches.")
                                                : tr("%n ticket(s) found; the most recently changed first.", nullptr,
                                                     int(m_found.size())));
            Q_EMIT chosenChanged();
            Q_EMIT searched();
        },
        [this, call](const ApiFailure &failure) {
            if (m_call != call)
                return;
            m_status->setText(tr("The search failed: %1").arg(failure.message));
            Q_EMIT searched();
        });
}

} // namespace Helpline
