// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QObject>
#include <QTimer>

namespace Helpline {

class TicketTableModel;

// Hands the queue's arriving pages to its model in batches: a page that comes after a quiet
// spell goes in at once (the first rows show straight away), later ones at most every
// `interval`, and what is left when the feed finishes. Every append makes the table view lay
// out and paint its whole viewport again; 250 pages of 200 rows would do it 250 times.
class QueuePageBuffer : public QObject
{
    Q_OBJECT
public:
    static constexpr int interval = 100; // ms

    explicit QueuePageBuffer(TicketTableModel &model, QObject *parent = nullptr);

    void add(const QList<Helpline::Ticket> &page);
    void flush();   // everything waiting goes into the model now (the feed finished)
    void discard(); // a new load began: what is waiting belongs to the old one
    bool isEmpty() const { return m_waiting.isEmpty(); }

Q_SIGNALS:
    void appended(); // rows went into the model

private:
    void appendWaiting();

    TicketTableModel &m_model;
    QList<Ticket> m_waiting;
    QTimer m_quiet; // running: an append happened less than `interval` ago
};

} // namespace Helpline
