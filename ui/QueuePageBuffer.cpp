// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueuePageBuffer.h"

#include "TicketTableModel.h"

namespace Helpline {

QueuePageBuffer::QueuePageBuffer(TicketTableModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(interval);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        if (!m_waiting.isEmpty()) {
            appendWaiting();
            m_quiet.start();
        }
    });
}

void QueuePageBuffer::add(const QList<Ticket> &page)
{
    m_waiting.append(page);
    if (!m_quiet.isActive()) {
        appendWaiting();
        m_quiet.start(); // the next page waits a little, with any that follow it
    }
}

void QueuePageBuffer::flush()
{
    m_quiet.stop();
    appendWaiting();
}

void QueuePageBuffer::appendWaiting()
{
    if (m_waiting.isEmpty())
        return;
    const QList<Ticket> rows = std::exchange(m_waiting, {});
    m_model.append(rows);
    Q_EMIT appended();
}

void QueuePageBuffer::discard()
{
    m_waiting.clear();
    m_quiet.stop();
}

} // namespace Helpline
