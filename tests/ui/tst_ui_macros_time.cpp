// SPDX-License-Identifier: GPL-3.0-or-later
// Macros in the composer and time logged on tickets, offscreen against a real server.
#include "ClientUnderTest.h"
#include "Clock.h"
#include "CommentComposer.h"
#include "InProcessServer.h"
#include "LogTimeDialog.h"
#include "MacroAdminDialog.h"
#include "MacroCatalog.h"
#include "MacroPicker.h"
#include "MacroRepository.h"
#include "MainWindow.h"
#include "QueueDock.h"
#include "Session.h"
#include "StatusChangeDialog.h"
#include "TicketDock.h"
#include "TicketRepository.h"
#include "TicketTableModel.h"
#include "TicketTimePanel.h"
#include "TimeEntryRepository.h"
#include "Transaction.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace Helpline;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestUiMacrosTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void macro_apply_expandsIntoComposerAndPatchesStatusAndGroup();
    void macro_statusNeedingReason_asksBeforePatching();
    void macro_picker_filtersAndPreviewsForTheTicket();
    void logTime_isPrefilledWithWorkedTimeAndUpdatesHandleTime();
    void macroAdmin_seniorCreatesMacro_analystHasNoMenu();

private:
    MainWindow *signIn(const QString &username);
    // Opens a new, unassigned ticket that no earlier test touched.
    std::optional<Ticket> openNewTicket(MainWindow *window);
    static MacroPicker *openPicker(TicketDock *dock);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
    std::unique_ptr<ManualClock> m_clock;
    QSet<qint64> m_used; // tickets earlier tests changed
};

void TestUiMacrosTime::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_macros_time"_s);
    m_server = std::make_unique<InProcessServer>(40);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));

    Transaction transaction(m_server->database());
    MacroRepository macros(m_server->database());
    Macro escalate;
    escalate.name = u"Take into work and move to L2"_s;
    escalate.visibility = Comment::Visibility::Internal;
    escalate.body = u"Took {ticket.number} for {requester.first_name}; now {ticket.status} with {ticket.group}. {analyst.first_name}"_s;
    escalate.changes = {{u"status"_s, u"in_progress"_s}, {u"group"_s, u"Desktop Support L2"_s}};
    macros.create(escalate, std::nullopt);
    Macro screenshot;
    screenshot.name = u"Ask for a screenshot"_s;
    screenshot.visibility = Comment::Visibility::Public;
    screenshot.body = u"Hi {requester.first_name},\n\nplease send a screenshot.\n\n{analyst.name}"_s;
    screenshot.changes = {{u"status"_s, u"pending"_s}}; // the reason is asked when applied
    macros.create(screenshot, std::nullopt);
    transaction.commit();
}

void TestUiMacrosTime::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiMacrosTime::cleanup()
{
    m_client.reset();
    Clock::install(nullptr);
    m_clock.reset();
}

MainWindow *TestUiMacrosTime::signIn(const QString &username)
{
    MainWindow *window = m_client->signIn(username);
    if (window && !QTest::qWaitFor([&] { return window->ticketDock()->macroCatalog().isLoaded(); }))
        return nullptr;
    return window;
}

std::optional<Ticket> TestUiMacrosTime::openNewTicket(MainWindow *window)
{
    QueueDock *queue = window->queueDock();
    if (!QTest::qWaitFor([&] { return queue->model()->rowCount() == 40; }))
        return std::nullopt;
    QAbstractItemModel *rows = queue->view()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        const qint64 id = index.data(TicketTableModel::TicketIdRole).toLongLong();
        if (index.data(TicketTableModel::StatusRole).toInt() != int(TicketStatus::New) || m_used.contains(id))
            continue;
        m_used.insert(id);
        queue->view()->setCurrentIndex(index);
        TicketDock *dock = window->ticketDock();
        QSignalSpy time(dock->timePanel(), &TicketTimePanel::loaded);
        if (!QTest::qWaitFor([&] { return dock->ticket() && dock->ticket()->id == id; }))
            return std::nullopt;
        if (time.isEmpty() && !time.wait(5000))
            return std::nullopt;
        return dock->ticket();
    }
    return std::nullopt;
}

MacroPicker *TestUiMacrosTime::openPicker(TicketDock *dock)
{
    dock->insertMacro();
    auto *picker = dock->findChild<MacroPicker *>(u"macroPicker"_s);
    return picker && QTest::qWaitForWindowExposed(picker) ? picker : nullptr;
}

void TestUiMacrosTime::macro_apply_expandsIntoComposerAndPatchesStatusAndGroup()
{
    MainWindow *window = signIn(u"analyst"_s);
    QVERIFY(window);
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    auto *text = dock->findChild<QPlainTextEdit *>(u"composerText"_s);
    QTest::keyClicks(text, u"Called the user."_s); // typed first: the macro must keep it

    MacroPicker *picker = openPicker(dock);
    QVERIFY(picker);
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"macroFilter"_s), u"into work"_s);
    QCOMPARE(picker->chosen()->name, u"Take into work and move to L2"_s);
    QTest::mouseClick(picker->findChild<QPushButton *>(u"macroInsertButton"_s), Qt::LeftButton);

    const QString firstName = ticket->requester.name.section(u' ', 0, 0);
    QCOMPARE(text->toPlainText(), u"Called the user.\n\nTook %1 for %2; now In progress with Desktop Support L2. Alex"_s
                                      .arg(ticket->number, firstName));
    QVERIFY(dock->findChild<QRadioButton *>(u"noteRadio"_s)->isChecked());
    QVERIFY(dock->findChild<QLabel *>(u"composerProblem"_s)->isHidden()); // nothing unknown, nothing to warn

    // The fields went through PATCH: the workflow's step, with the analyst taking it.
    TicketRepository tickets(m_server->database());
    QTRY_COMPARE(tickets.find(ticket->id)->status, TicketStatus::InProgress);
    const Ticket stored = *tickets.find(ticket->id);
    QCOMPARE(stored.group, u"Desktop Support L2"_s);
    QCOMPARE(stored.assignee->name, u"Alex Morgan"_s);
    QTRY_COMPARE(dock->ticket()->status, TicketStatus::InProgress);
    // The text is not sent by itself: the analyst still reads and sends it.
    QCOMPARE(text->toPlainText().isEmpty(), false);
}

void TestUiMacrosTime::macro_statusNeedingReason_asksBeforePatching()
{
    MainWindow *window = signIn(u"analyst"_s);
    QVERIFY(window);
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    Macro screenshot;
    for (const Macro &macro : dock->macroCatalog().macros()) {
        if (macro.name == u"Ask for a screenshot"_s)
            screenshot = macro;
    }
    QVERIFY(screenshot.id > 0);
    dock->applyMacro(screenshot);

    // An empty composer takes the macro's kind: a reply to the requester.
    QVERIFY(dock->findChild<QRadioButton *>(u"replyRadio"_s)->isChecked());
    QVERIFY(dock->findChild<QPlainTextEdit *>(u"composerText"_s)->toPlainText().startsWith(
        u"Hi %1,"_s.arg(ticket->requester.name.section(u' ', 0, 0))));
    // Pending needs a reason the macro does not carry: asked, not sent half-done.
    StatusChangeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = dock->findChild<StatusChangeDialog *>(u"statusChangeDialog"_s)) && dialog->isVisible());
    TicketRepository tickets(m_server->database());
    QCOMPARE(tickets.find(ticket->id)->status, TicketStatus::New);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"statusDetailOk"_s), Qt::LeftButton);
    QTRY_COMPARE(tickets.find(ticket->id)->status, TicketStatus::Pending);
    QVERIFY(tickets.find(ticket->id)->pendingReason.has_value());
}

void TestUiMacrosTime::macro_picker_filtersAndPreviewsForTheTicket()
{
    MainWindow *window = signIn(u"analyst"_s);
    QVERIFY(window);
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->ticketDock()->findChild<QPlainTextEdit *>(u"composerText"_s)->setFocus();
    // Ctrl+M works while typing in the composer.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier);
    MacroPicker *picker = nullptr;
    QTRY_VERIFY((picker = window->ticketDock()->findChild<MacroPicker *>(u"macroPicker"_s)));
    auto *list = picker->findChild<QListWidget *>(u"macroList"_s);
    QCOMPARE(list->count(), 2);
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"macroFilter"_s), u"screenshot"_s);
    QCOMPARE(picker->chosen()->name, u"Ask for a screenshot"_s);
    QVERIFY(list->item(0)->isHidden() != list->item(1)->isHidden());
    auto *preview = picker->findChild<QTextBrowser *>(u"macroPreview"_s);
    QVERIFY(preview->toPlainText().contains(u"Hi %1,"_s.arg(ticket->requester.name.section(u' ', 0, 0))));
    QVERIFY(preview->toPlainText().contains(u"Alex Morgan"_s));
    QVERIFY(picker->findChild<QLabel *>(u"macroChanges"_s)->text().contains(u"Pending"_s));
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"macroFilter"_s), u"zzz"_s);
    QVERIFY(!picker->chosen());
    picker->reject();
    QCOMPARE(TicketRepository(m_server->database()).find(ticket->id)->status, TicketStatus::New);
}

void TestUiMacrosTime::logTime_isPrefilledWithWorkedTimeAndUpdatesHandleTime()
{
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    Clock::install(m_clock.get());
    MainWindow *window = signIn(u"analyst"_s);
    QVERIFY(window);
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    auto *text = dock->findChild<QPlainTextEdit *>(u"composerText"_s);
    text->setFocus(); // into the pane: the meter starts
    QTRY_VERIFY(text->hasFocus());
    m_clock->advance(3min);
    QTest::keyClicks(text, u"Remote"_s);
    m_clock->advance(4min);
    QTest::keyClicks(text, u" session"_s);
    m_clock->advance(20min); // away: only five idle minutes count
    QCOMPARE(dock->workedTime().workedMinutes(ticket->id), 12);

    window->findChild<QAction *>(u"actionLogTime"_s)->trigger();
    LogTimeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = dock->findChild<LogTimeDialog *>(u"logTimeDialog"_s)) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QSpinBox *>(u"logTimeMinutes"_s)->value(), 12);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"logTimeNote"_s), u"Remote session"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"logTimeOk"_s), Qt::LeftButton);

    TimeEntryRepository entries(m_server->database());
    QTRY_COMPARE(entries.totalMinutes(ticket->id), 12);
    QCOMPARE(entries.forTicket(ticket->id).constFirst().note, u"Remote session"_s);
    QCOMPARE(entries.forTicket(ticket->id).constFirst().analyst.name, u"Alex Morgan"_s);
    QTRY_COMPARE(dock->findChild<QLabel *>(u"ticketHandleTime"_s)->text(), u"12 min"_s);
    QTRY_VERIFY(!dock->findChild<LogTimeDialog *>(u"logTimeDialog"_s));
    QCOMPARE(dock->workedTime().workedMinutes(ticket->id), 0); // logged: counting starts again

    // Nothing measured since: the least an entry can be is offered.
    dock->logTime();
    QTRY_VERIFY((dialog = dock->findChild<LogTimeDialog *>(u"logTimeDialog"_s)) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QSpinBox *>(u"logTimeMinutes"_s)->value(), 1); // nothing measured: the least
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"logTimeOk"_s), Qt::LeftButton);
    QTRY_COMPARE(entries.totalMinutes(ticket->id), 13);
}

void TestUiMacrosTime::macroAdmin_seniorCreatesMacro_analystHasNoMenu()
{
    {
        MainWindow *window = signIn(u"analyst"_s);
        QVERIFY(window);
        QVERIFY(!window->findChild<QAction *>(u"actionEditMacros"_s));
        window->findChild<QAction *>(u"actionSignOut"_s)->trigger();
        QTRY_VERIFY(!m_client->shell().mainWindow());
    }
    MainWindow *window = signIn(u"senior"_s);
    QVERIFY(window);
    window->findChild<QAction *>(u"actionEditMacros"_s)->trigger();
    MacroAdminDialog *admin = window->macroAdmin();
    QVERIFY(admin);
    QTRY_COMPARE(admin->findChild<QListWidget *>(u"macroAdminList"_s)->count(), 2);

    QTest::keyClicks(admin->findChild<QLineEdit *>(u"macroNameEdit"_s), u"Hardware swap booked"_s);
    auto *body = admin->findChild<QPlainTextEdit *>(u"macroBodyEdit"_s);
    QTest::keyClicks(body, u"Hi {requester.first_name}, a technician comes on {ticket.date}."_s);
    QCOMPARE(admin->findChild<QLabel *>(u"macroPlaceholderCheck"_s)->text(), u"Unknown placeholders: {ticket.date}"_s);
    QTest::mouseClick(admin->findChild<QPushButton *>(u"macroSaveButton"_s), Qt::LeftButton);
    auto *problem = admin->findChild<QLabel *>(u"macroAdminProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"placeholder"_s));
    QCOMPARE(MacroRepository(m_server->database()).list().size(), 2);

    body->clear();
    QTest::keyClicks(body, u"Hi {requester.first_name}, a technician will swap the device at {ticket.location}."_s);
    QTest::keyClicks(admin->findChild<QLineEdit *>(u"macroGroupEdit"_s), u"Desktop Support L2"_s);
    QSignalSpy reloaded(&window->ticketDock()->macroCatalog(), &MacroCatalog::loaded);
    QTest::mouseClick(admin->findChild<QPushButton *>(u"macroSaveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(MacroRepository(m_server->database()).list().size(), 3);
    const Macro stored = MacroRepository(m_server->database()).list().at(1); // by name
    QCOMPARE(stored.name, u"Hardware swap booked"_s);
    QCOMPARE(stored.changes, (QJsonObject{{u"group"_s, u"Desktop Support L2"_s}}));
    QCOMPARE(stored.visibility, Comment::Visibility::Public);
    // The composer's picker sees it without a restart.
    QTRY_COMPARE(window->ticketDock()->macroCatalog().macros().size(), 3);
    QVERIFY(!reloaded.isEmpty());

    // Deleted again, so the other tests see the macros they expect in any order.
    Transaction transaction(m_server->database());
    MacroRepository(m_server->database()).remove(stored, std::nullopt);
    transaction.commit();
}

QTEST_MAIN(TestUiMacrosTime)
#include "tst_ui_macros_time.moc"
