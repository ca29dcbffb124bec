// SPDX-License-Identifier: GPL-3.0-or-later
// helpline-bench-client: the queue view with 50,000 rows, offscreen. Fills the real model,
// proxy and table view the way QueueDock does, then types into the filter. Prints figures.
#include "BenchFigures.h"
#include "QueueCellDelegate.h"
#include "QueuePageBuffer.h"
#include "SeenTickets.h"
#include "Ticket.h"
#include "TicketFilterProxy.h"
#include "TicketTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <tuple>

using namespace Helpline;
using namespace Helpline::Bench;
using namespace Qt::StringLiterals;

namespace {

constexpr double fillTargetMs = 200;
constexpr double keystrokeTargetMs = 16;
constexpr int pageSize = 200; // what TicketFeed asks the server for

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The processor time this process used so far: unlike the wall clock, it leaves out the time
// other processes on a shared machine had the cores.
double cpuMsNow()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// The queue's pages as the server sends them: {"items": [200 tickets]}, open tickets only, in
// the order QueueDock asks for (sort=priority,created_at: the server's keyset order, ties by
// id). `scattered`: in id order instead, as for a sort only the client can do (by assignee,
// by category), so every page lands all over the sorted rows.
QList<QByteArray> queuePages(int rows, bool scattered)
{
    const QStringList titles{u"Printer on floor %1 jams"_s, u"VPN drops every few minutes (%1)"_s,
                             u"Outlook asks for the password again (%1)"_s, u"New laptop for starter %1"_s,
                             u"Teams calls without sound (%1)"_s, u"Monitor flickers at desk %1"_s};
    const QStringList people{u"Hannah Becker"_s, u"Oliver Schmidt"_s, u"Marie Dupont"_s, u"Luca Bianchi"_s,
                             u"Sofia Keller"_s, u"Jan Kowalski"_s, u"Elena Petrova"_s, u"David Smith"_s};
    const QStringList groups{u"Service Desk L1"_s, u"Network"_s, u"Workplace"_s, u"Applications"_s};
    const QStringList locations{u"HQ / Floor 1"_s, u"HQ / Floor 2"_s, u"Branch Lyon"_s, u"Remote"_s};
    const QList<TicketStatus> open{TicketStatus::New, TicketStatus::Assigned, TicketStatus::InProgress,
                                   TicketStatus::Pending};
    QRandomGenerator random(7);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-28);
    QList<Ticket> tickets;
    tickets.reserve(rows);
    for (int i = 1; i <= rows; ++i) {
        Ticket t;
        t.id = i;
        t.type = i % 4 ? TicketType::Incident : TicketType::ServiceRequest;
        t.number = Ticket::numberFor(t.type, i);
        t.title = titles.at(random.bounded(int(titles.size()))).arg(i % 997);
        t.status = open.at(random.bounded(int(open.size())));
        if (t.status == TicketStatus::Pending)
            t.pendingReason = PendingReason::AwaitingUser;
        t.impact = 1 + int(random.bounded(3));
        t.urgency = 1 + int(random.bounded(3));
        t.priority = PriorityMatrix().priorityFor(t.impact, t.urgency);
        t.requester = {people.at(random.bounded(int(people.size()))), u"someone@example.org"_s};
        if (t.status != TicketStatus::New)
            t.assignee = UserRef{1 + random.bounded(20), people.at(random.bounded(int(people.size())))};
        t.group = groups.at(random.bounded(int(groups.size())));
        t.category = u"Hardware"_s;
        t.location = locations.at(random.bounded(int(locations.size())));
        t.createdAt = start.addSecs(qint64(i) * 28 * 24 * 3600 / rows);
        t.updatedAt = t.createdAt.addSecs(random.bounded(3600));
        tickets.append(t);
    }
    if (!scattered) {
        std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) {
            return std::tuple(int(a.priority), a.createdAt, a.id) < std::tuple(int(b.priority), b.createdAt, b.id);
        });
    }
    QList<QByteArray> pages;
    QJsonArray items;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        items.append(tickets.at(i).toJson(Ticket::Detail::Summary));
        if (items.size() == pageSize || i == tickets.size() - 1) {
            pages << QJsonDocument(QJsonObject{{u"items"_s, items}}).toJson(QJsonDocument::Compact);
            items = QJsonArray();
        }
    }
    return pages;
}

// The queue's parts, wired as QueueDock wires them.
struct QueueView
{
    explicit QueueView(const QString &seenFile)
        : seen(u"analyst"_s, seenFile)
        , pages(model)
    {
        model.setSeenTickets(&seen);
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setItemDelegate(new QueueCellDelegate(&view));
        view.setSortingEnabled(false);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.verticalHeader()->hide();
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
        view.horizontalHeader()->setSectionResizeMode(TicketTableModel::Title, QHeaderView::Stretch);
        proxy.setStatusScope(TicketFilterProxy::StatusScope::Open);
        proxy.setSortKeys({{TicketTableModel::Priority, Qt::AscendingOrder}, {TicketTableModel::Created, Qt::AscendingOrder}});
        QObject::connect(&search, &QLineEdit::textChanged, &proxy, &TicketFilterProxy::setSearchText);
        view.resize(1400, 900);
        view.show();
        QApplication::processEvents();
    }

    SeenTickets seen;
    TicketTableModel model;
    QueuePageBuffer pages; // what TicketFeed's pages go through
    TicketFilterProxy proxy;
    QTableView view;
    QLineEdit search;
};

// What the analyst waits for after a change: the events it caused, then a painted viewport.
void settle(QTableView &view)
{
    QApplication::processEvents();
    view.viewport()->repaint();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"helpline-bench-client"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times filling the queue view and filtering it, offscreen."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows in the queue."_s, u"n"_s, u"50000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Times to repeat."_s, u"n"_s, u"5"_s);
    const QCommandLineOption scatteredOption(u"scattered"_s,
                                             u"Pages in id order, not the queue's: the worst case, a sort only the client can do."_s);
    parser.addOptions({rowsOption, runsOption, scatteredOption});
    parser.process(app);
    bool rowsOk = false;
    bool runsOk = false;
    const int rows = parser.value(rowsOption).toInt(&rowsOk);
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!rowsOk || !runsOk || rows < 1 || runs < 1) {
        std::fputs("helpline-bench-client: --rows and --runs want positive numbers\n", stderr);
        return 1;
    }

    print(u"helpline-bench-client on %1, platform %2"_s.arg(machineDescription(), QApplication::platformName()));
    const bool scattered = parser.isSet(scatteredOption);
    print(u"queue of %1 open tickets in pages of %2 (%3), sorted by priority then age; %4 runs"_s.arg(rows).arg(pageSize)
              .arg(scattered ? u"in id order, scattered over the sorted rows"_s : u"in the queue's order, as the server sends them"_s)
              .arg(runs));
    const QList<QByteArray> pages = queuePages(rows, scattered);
    const QTemporaryDir dir;
    const QString typed = u"printer"_s;

    Samples fill, fillCpu, decode, keystrokes, keystrokesCpu;
    for (int run = 0; run < runs; ++run) {
        QueueView queue(dir.filePath(u"seen-%1.ini"_s.arg(run)));
        // Filling: each page decoded as TicketFeed decodes it, handed on as QueueDock hands it
        // on, its events run (the view lays out and paints when rows went in).
        double decodeMs = 0;
        QElapsedTimer timer;
        timer.start();
        const double fillCpuStart = cpuMsNow();
        for (const QByteArray &page : pages) {
            QElapsedTimer decoding;
            decoding.start();
            QList<Ticket> tickets;
            const QJsonArray items = QJsonDocument::fromJson(page).object().value(u"items"_s).toArray();
            tickets.reserve(items.size());
            for (const QJsonValue &item : items) {
                if (auto ticket = Ticket::fromJson(item.toObject()))
                    tickets.append(std::move(*ticket));
            }
            decodeMs += msSince(decoding);
            queue.pages.add(tickets);
            QApplication::processEvents();
        }
        queue.pages.flush(); // as QueueDock does when the feed has finished
        settle(queue.view);
        fill.add(msSince(timer));
        fillCpu.add(cpuMsNow() - fillCpuStart);
        decode.add(decodeMs);
        if (queue.proxy.rowCount() != rows) {
            std::fputs(qPrintable(u"helpline-bench-client: the view shows %1 rows, not %2\n"_s.arg(queue.proxy.rowCount()).arg(rows)),
                       stderr);
            return 1;
        }
        // Typing a word into the filter, one key at a time, then deleting it again.
        QStringList texts;
        for (qsizetype i = 1; i <= typed.size(); ++i)
            texts << typed.left(i);
        for (qsizetype i = typed.size() - 1; i >= 0; --i)
            texts << typed.left(i);
        for (const QString &text : std::as_const(texts)) {
            QElapsedTimer key;
            key.start();
            const double keyCpuStart = cpuMsNow();
            queue.search.setText(text);
            settle(queue.view);
            keystrokes.add(msSince(key));
            keystrokesCpu.add(cpuMsNow() - keyCpuStart);
        }
    }

    const auto verdict = [](double value, double target) { return value <= target ? u"met"_s : u"MISSED"_s; };
    print(u"figures:"_s);
    print(u"  fill %1 rows (decode JSON pages, model, proxy, view): median=%2 ms max=%3 ms   target <= %4 ms: %5"_s
              .arg(rows).arg(fill.median(), 0, 'f', 1).arg(fill.max(), 0, 'f', 1).arg(fillTargetMs, 0, 'f', 0)
              .arg(verdict(fill.median(), fillTargetMs)));
    print(u"    of which decoding the JSON pages: median=%1 ms max=%2 ms"_s.arg(decode.median(), 0, 'f', 1)
              .arg(decode.max(), 0, 'f', 1));
    print(u"    processor time: median=%1 ms max=%2 ms"_s.arg(fillCpu.median(), 0, 'f', 1).arg(fillCpu.max(), 0, 'f', 1));
    print(u"  filter keystroke (\"%1\" typed and deleted, %2 keys): median=%3 ms max=%4 ms   target <= %5 ms: %6"_s
              .arg(typed).arg(keystrokes.count()).arg(keystrokes.median(), 0, 'f', 1).arg(keystrokes.max(), 0, 'f', 1)
              .arg(keystrokeTargetMs, 0, 'f', 0).arg(verdict(keystrokes.max(), keystrokeTargetMs)));
    print(u"    processor time: median=%1 ms max=%2 ms"_s.arg(keystrokesCpu.median(), 0, 'f', 1)
              .arg(keystrokesCpu.max(), 0, 'f', 1));
    return 0;
}
