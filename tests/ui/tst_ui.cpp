// SPDX-License-Identifier: GPL-3.0-or-later
// The client as an analyst meets it, offscreen, against a real server on loopback.
#include "ClientUnderTest.h"
#include "InProcessServer.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "QueueDock.h"
#include "SafeTextBrowser.h"
#include "Session.h"
#include "TicketDock.h"
#include "TicketFilterProxy.h"
#include "TicketTableModel.h"
#include "ConflictDialog.h"
#include "StatusChangeDialog.h"
#include "TicketRepository.h"
#include "CommentComposer.h"
#include "CommentRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QComboBox>
#include <QRadioButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTextDocument>
#include <QImage>

using namespace Helpline;
using namespace Qt::StringLiterals;

class TestUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signIn_throughDialog_fillsQueue();
    void queue_selectingRow_opensTicket();
    void queue_typingFilter_narrowsRows();
    void signIn_wrongPassword_keepsWhatWasTyped();
    void signIn_roleWithoutQueue_seesWhy();
    void signOut_returnsToDialog();
    void layout_hiddenPane_staysHiddenNextTime();
    void models_passModelTester();
    void markdownView_neverFetchesRemoteContent();
    void signIn_plainHttpToAnotherHost_isRefused();
    void ticket_takeIntoWork_movesStatusAndUpdatesQueue();
    void ticket_resolve_asksForResolutionFirst();
    void ticket_changeCrossingAnother_showsBothAndAppliesMine();
    void ticket_editFields_savesOnlyWhatChanged();
    void ticket_refusedSave_keepsWhatWasTyped();
    void ticket_unsavedEdits_surviveSwitchingTickets();
    void conversation_note_isAddedAndShown();
    void conversation_replyDraft_survivesSwitchingAndIsPublic();
    void composer_preview_rendersMarkdown();
    void queue_keyboard_walksAssignsAndStartsReply();
    void ticket_answerAfterMovingOn_staysWithItsTicket();
    void composer_textTypedWhileSending_isKept();

private:
    // Signs in as the analyst and opens a new, unassigned ticket in the Ticket pane.
    std::optional<Ticket> openNewTicket(MainWindow *&window);
    static bool choose(QComboBox *combo, TicketStatus status);
    // Opens a neighbouring row's ticket; returns the row that was current before (-1: failed).
    static int openAnotherTicket(MainWindow *window);
    // Opens the ticket of `row` again and waits until the pane shows it.
    static bool reopenRow(MainWindow *window, int row);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
};

void TestUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui"_s);
    m_server = std::make_unique<InProcessServer>(40);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestUi::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUi::cleanup()
{
    m_client.reset();
}

std::optional<Ticket> TestUi::openNewTicket(MainWindow *&window)
{
    window = m_client->signIn(u"analyst"_s);
    if (!window)
        return std::nullopt;
    QueueDock *queue = window->queueDock();
    if (!QTest::qWaitFor([&] { return queue->model()->rowCount() == 40; }))
        return std::nullopt;
    QAbstractItemModel *rows = queue->view()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        if (index.data(TicketTableModel::StatusRole).toInt() == int(TicketStatus::New)) {
            queue->view()->setCurrentIndex(index);
            const qint64 id = index.data(TicketTableModel::TicketIdRole).toLongLong();
            QSignalSpy history(window->ticketDock(), &TicketDock::historyLoaded);
            if (!QTest::qWaitFor([&] { return window->ticketDock()->ticket() && window->ticketDock()->ticket()->id == id; }))
                return std::nullopt;
            if (!history.wait(5000) && history.isEmpty())
                return std::nullopt;
            return window->ticketDock()->ticket();
        }
    }
    return std::nullopt;
}

int TestUi::openAnotherTicket(MainWindow *window)
{
    QTableView *view = window->queueDock()->view();
    const int row = view->currentIndex().row();
    const QModelIndex other = view->model()->index(row == 0 ? 1 : 0, 0);
    const qint64 otherId = other.data(TicketTableModel::TicketIdRole).toLongLong();
    view->setCurrentIndex(other);
    TicketDock *dock = window->ticketDock();
    return QTest::qWaitFor([&] { return dock->ticket() && dock->ticket()->id == otherId; }) ? row : -1;
}

bool TestUi::reopenRow(MainWindow *window, int row)
{
    QTableView *view = window->queueDock()->view();
    const QModelIndex index = view->model()->index(row, 0);
    view->setCurrentIndex(index);
    const qint64 id = index.data(TicketTableModel::TicketIdRole).toLongLong();
    TicketDock *dock = window->ticketDock();
    return QTest::qWaitFor([&] { return dock->ticket() && dock->ticket()->id == id; });
}

bool TestUi::choose(QComboBox *combo, TicketStatus status)
{
    const int index = combo->findData(int(status));
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    return true;
}

void TestUi::signIn_throughDialog_fillsQueue()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(!m_client->shell().loginDialog() || !m_client->shell().loginDialog()->isVisible());
    QueueDock *queue = window->queueDock();
    QTRY_COMPARE(queue->model()->rowCount(), 40);
    QCOMPARE(queue->view()->model()->rowCount(), 40); // all open
    // Sorted by priority: the first row is a P1.
    QCOMPARE(queue->view()->model()->index(0, TicketTableModel::Priority).data(TicketTableModel::SortRole).toInt(), 1);
    auto *count = queue->findChild<QLabel *>(u"queueCount"_s);
    QTRY_VERIFY2(count->text().startsWith(u"40 ticket"_s) && count->text().contains(u"40 ticket"_s),
                 qPrintable(count->text()));
}

void TestUi::queue_selectingRow_opensTicket()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTRY_COMPARE(queue->model()->rowCount(), 40);
    const QModelIndex row = queue->view()->model()->index(3, TicketTableModel::Title);
    const QString title = row.data().toString();
    queue->view()->setCurrentIndex(row);
    auto *titleLabel = window->ticketDock()->findChild<QLabel *>(u"ticketTitle"_s);
    QTRY_COMPARE(titleLabel->text(), title);
    auto *description = window->ticketDock()->findChild<SafeTextBrowser *>(u"ticketDescription"_s);
    QVERIFY(description->toPlainText().contains(u"Seen since Monday"_s)); // markdown rendered, not raw
    QVERIFY(window->ticketDock()->ticket().has_value());
}

void TestUi::queue_typingFilter_narrowsRows()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTRY_COMPARE(queue->model()->rowCount(), 40);
    auto *search = queue->findChild<QLineEdit *>(u"queueSearch"_s);
    QTest::keyClicks(search, u"PRINTER"_s);
    QCOMPARE(queue->view()->model()->rowCount(), 20);
    QTest::keyClicks(search, u" 17"_s);
    QCOMPARE(queue->view()->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(queue->view()->model()->rowCount(), 40);
}

void TestUi::signIn_wrongPassword_keepsWhatWasTyped()
{
    MainWindow *window = m_client->signIn(u"analyst"_s, u"wrong password"_s);
    QVERIFY(!window);
    LoginDialog *dialog = m_client->shell().loginDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *message = dialog->findChild<QLabel *>(u"messageLabel"_s);
    QTRY_COMPARE(message->text(), u"The user name or password is wrong."_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->text(), u"analyst"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->text(), u"wrong password"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"serverEdit"_s)->text(), m_server->url().toString());
    QVERIFY(dialog->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
}

void TestUi::signIn_roleWithoutQueue_seesWhy()
{
    MainWindow *window = m_client->signIn(u"rooms"_s);
    QVERIFY(window);
    auto *problem = window->queueDock()->findChild<QLabel *>(u"queueProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"Your role does not allow this."_s), qPrintable(problem->text()));
    QCOMPARE(window->queueDock()->model()->rowCount(), 0);
}

void TestUi::signOut_returnsToDialog()
{
    QPointer<MainWindow> window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    auto *signOut = window->findChild<QAction *>(u"actionSignOut"_s);
    QVERIFY(signOut);
    signOut->trigger();
    QTRY_VERIFY(m_client->shell().loginDialog() && m_client->shell().loginDialog()->isVisible());
    QTRY_VERIFY(!window);
    QVERIFY(!m_client->shell().session().isSignedIn());
}

void TestUi::layout_hiddenPane_staysHiddenNextTime()
{
    QPointer<MainWindow> window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->ticketDock()->toggleViewAction()->trigger();
    QVERIFY(window->ticketDock()->isHidden());
    window->findChild<QAction *>(u"actionSignOut"_s)->trigger();
    QTRY_VERIFY(!window);

    window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->ticketDock()->isHidden());
    QVERIFY(window->queueDock()->isVisible());

    // Reset layout brings the default back.
    window->findChild<QAction *>(u"actionResetLayout"_s)->trigger();
    QVERIFY(window->ticketDock()->isVisible());
}

void TestUi::models_passModelTester()
{
    TicketTableModel model;
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Ticket> tickets;
    for (int i = 1; i <= 30; ++i) {
        Ticket t;
        t.id = i;
        t.number = Ticket::numberFor(TicketType::Incident, i);
        t.title = u"Ticket %1"_s.arg(i);
        t.status = i % 3 ? TicketStatus::New : TicketStatus::Closed;
        t.priority = static_cast<Priority>(1 + i % 4);
        tickets << t;
    }
    model.append(tickets.mid(0, 10));
    model.append(tickets.mid(10));
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(proxy.rowCount(), 20); // closed ones are not open
    proxy.setStatusScope(TicketFilterProxy::StatusScope::All);
    QCOMPARE(proxy.rowCount(), 30);
    proxy.sort(TicketTableModel::Priority, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(TicketTableModel::SortRole).toLongLong() > 0, true);
    QCOMPARE(proxy.index(0, TicketTableModel::Priority).data(TicketTableModel::SortRole).toInt(), 4);
    QCOMPARE(model.rowOf(17), 16);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestUi::markdownView_neverFetchesRemoteContent()
{
    QTcpServer listener; // would see any attempt to fetch the image
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const QString imagePath = dir.filePath(u"local.png"_s);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(imagePath));
    const QUrl localImage = QUrl::fromLocalFile(imagePath);

    SafeTextBrowser view;
    view.setMarkdownSafely(u"Look: ![tracker](http://127.0.0.1:%1/pixel.png) and ![local](%2)"_s
                               .arg(listener.serverPort())
                               .arg(localImage.toString()));
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(100);
    QVERIFY(view.refusedLoads() >= 2);
    QVERIFY(!listener.hasPendingConnections());
    QVERIFY(!listener.waitForNewConnection(100));
    // The document did not read the local file behind our back either.
    const QVariant loaded = view.document()->resource(QTextDocument::ImageResource, localImage);
    QVERIFY(loaded.toByteArray().isEmpty());
    QVERIFY(loaded.value<QImage>().isNull());
}

void TestUi::signIn_plainHttpToAnotherHost_isRefused()
{
    m_client->shell().start();
    LoginDialog *dialog = m_client->shell().loginDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    auto *server = dialog->findChild<QLineEdit *>(u"serverEdit"_s);
    server->setText(u"http://bob:hunter2@helpline.example.org"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), u"analyst"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"secret"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    auto *message = dialog->findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY2(message->text().contains(u"https://"_s), qPrintable(message->text()));
    QCOMPARE(server->text(), u"http://bob:hunter2@helpline.example.org"_s); // kept as typed
    QVERIFY(!m_client->shell().session().isSignedIn());
}

void TestUi::ticket_takeIntoWork_movesStatusAndUpdatesQueue()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    auto *status = window->ticketDock()->findChild<QComboBox *>(u"ticketStatusCombo"_s);
    QVERIFY(status->isEnabled());
    QVERIFY(status->findData(int(TicketStatus::Closed)) < 0); // new → closed is not offered
    QVERIFY(choose(status, TicketStatus::InProgress));

    TicketRepository tickets(m_server->database());
    QTRY_COMPARE(tickets.find(ticket->id)->status, TicketStatus::InProgress);
    const Ticket stored = *tickets.find(ticket->id);
    QCOMPARE(stored.assignee->name, u"Alex Morgan"_s); // taking it into work makes it mine
    QTRY_COMPARE(window->ticketDock()->ticket()->status, TicketStatus::InProgress);
    QCOMPARE(status->currentData().toInt(), int(TicketStatus::InProgress));

    // The queue row follows without a reload.
    QueueDock *queue = window->queueDock();
    const int row = queue->model()->rowOf(ticket->id);
    QCOMPARE(queue->model()->index(row, 0).data(TicketTableModel::StatusRole).toInt(), int(TicketStatus::InProgress));
    QCOMPARE(queue->model()->index(row, TicketTableModel::Assignee).data().toString(), u"Alex Morgan"_s);

    auto *history = window->ticketDock()->findChild<QTreeWidget *>(u"ticketHistory"_s);
    QTRY_COMPARE(history->topLevelItemCount(), 2);
    QVERIFY2(history->topLevelItem(0)->text(2).contains(u"In progress"_s), qPrintable(history->topLevelItem(0)->text(2)));
    QCOMPARE(history->topLevelItem(0)->text(1), u"Alex Morgan"_s);
}

void TestUi::ticket_resolve_asksForResolutionFirst()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    auto *status = window->ticketDock()->findChild<QComboBox *>(u"ticketStatusCombo"_s);
    QVERIFY(choose(status, TicketStatus::Resolved));
    StatusChangeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->ticketDock()->findChild<StatusChangeDialog *>(u"statusChangeDialog"_s)));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // No notes: the dialog stays and says why; nothing is sent.
    auto *ok = dialog->findChild<QPushButton *>(u"statusDetailOk"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"statusDetailProblem"_s)->isVisible());

    auto *choice = dialog->findChild<QComboBox *>(u"statusDetailChoice"_s);
    choice->setCurrentIndex(choice->findData(u"workaround"_s));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"resolutionNotesEdit"_s), u"Cleared the VPN profile."_s);
    QTest::mouseClick(ok, Qt::LeftButton);

    TicketRepository tickets(m_server->database());
    QTRY_COMPARE(tickets.find(ticket->id)->status, TicketStatus::Resolved);
    QCOMPARE(tickets.find(ticket->id)->resolutionCode, std::optional(ResolutionCode::Workaround));
    QCOMPARE(tickets.find(ticket->id)->resolutionNotes, u"Cleared the VPN profile."_s);
    // Resolved is no longer open: the default queue view lets it go, the count follows, and
    // the pane keeps showing the ticket just resolved rather than jumping to another one.
    QTRY_VERIFY(window->queueDock()->view()->model()->rowCount() < 40);
    const int shown = window->queueDock()->view()->model()->rowCount();
    QTRY_VERIFY(window->queueDock()->findChild<QLabel *>(u"queueCount"_s)->text().startsWith(QString::number(shown)));
    QTest::qWait(50);
    QCOMPARE(window->ticketDock()->ticket()->id, ticket->id);
    QCOMPARE(window->ticketDock()->ticket()->status, TicketStatus::Resolved);
    // Nor when the queue gets the focus back and the view makes its first row current.
    QTableView *view = window->queueDock()->view();
    window->activateWindow();
    view->setFocus(Qt::OtherFocusReason);
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    QTest::qWait(50);
    QCOMPARE(window->ticketDock()->ticket()->id, ticket->id);
    // A click still opens the row clicked.
    const QModelIndex first = view->model()->index(0, 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(first).center());
    QTRY_COMPARE(window->ticketDock()->ticket()->id, first.data(TicketTableModel::TicketIdRole).toLongLong());
}

void TestUi::ticket_changeCrossingAnother_showsBothAndAppliesMine()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    // A colleague renames the ticket after we opened it.
    TicketRepository tickets(m_server->database());
    Ticket theirs = *tickets.find(ticket->id);
    theirs.title = u"Renamed by a colleague"_s;
    QVERIFY(tickets.update(*tickets.find(ticket->id), theirs, std::nullopt));

    window->ticketDock()->findChild<QPushButton *>(u"assignToMeButton"_s)->click();
    ConflictDialog *conflict = nullptr;
    QTRY_VERIFY((conflict = window->ticketDock()->findChild<ConflictDialog *>(u"conflictDialog"_s)));
    QVERIFY(QTest::qWaitForWindowExposed(conflict));
    // Their change is on screen at once, and ours is listed beside it.
    QCOMPARE(window->ticketDock()->findChild<QLabel *>(u"ticketTitle"_s)->text(), u"Renamed by a colleague"_s);
    auto *table = conflict->findChild<QTableWidget *>(u"conflictTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), u"(none)"_s); // nobody assigned on the server yet

    conflict->findChild<QPushButton *>(u"applyMineButton"_s)->click();
    QTRY_VERIFY(tickets.find(ticket->id)->assignee.has_value());
    const Ticket merged = *tickets.find(ticket->id);
    QCOMPARE(merged.assignee->name, u"Alex Morgan"_s);
    QCOMPARE(merged.title, u"Renamed by a colleague"_s); // theirs kept too
    QCOMPARE(merged.status, TicketStatus::Assigned);
}

void TestUi::ticket_editFields_savesOnlyWhatChanged()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    auto *title = dock->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *save = dock->findChild<QPushButton *>(u"saveFieldsButton"_s);
    QVERIFY(!save->isEnabled());
    title->selectAll();
    QTest::keyClicks(title, u"VPN drops for the whole sales team"_s);
    auto *urgency = dock->findChild<QComboBox *>(u"urgencyCombo"_s);
    urgency->setCurrentIndex(urgency->findData(1));
    Q_EMIT urgency->activated(urgency->currentIndex());
    QVERIFY(save->isEnabled());
    save->click();

    TicketRepository tickets(m_server->database());
    QTRY_COMPARE(tickets.find(ticket->id)->title, u"VPN drops for the whole sales team"_s);
    const Ticket stored = *tickets.find(ticket->id);
    QCOMPARE(stored.urgency, 1);
    QCOMPARE(stored.priority, PriorityMatrix().priorityFor(stored.impact, 1));
    QCOMPARE(stored.location, ticket->location); // untouched fields are not sent
    QTRY_VERIFY(!save->isEnabled());
    QTRY_COMPARE(dock->findChild<QLabel *>(u"ticketTitle"_s)->text(), u"VPN drops for the whole sales team"_s);
}

void TestUi::ticket_refusedSave_keepsWhatWasTyped()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    auto *title = dock->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *location = dock->findChild<QLineEdit *>(u"locationEdit"_s);
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete); // a ticket needs a title
    location->selectAll();
    QTest::keyClicks(location, u"HQ / Floor 4"_s);
    dock->findChild<QPushButton *>(u"saveFieldsButton"_s)->click();

    auto *errors = dock->findChild<QLabel *>(u"fieldErrors"_s);
    QTRY_VERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(u"Title"_s) && errors->text().contains(u"required"_s), qPrintable(errors->text()));
    QCOMPARE(title->text(), QString());
    QCOMPARE(location->text(), u"HQ / Floor 4"_s);
    QCOMPARE(TicketRepository(m_server->database()).find(ticket->id)->location, ticket->location);
}

void TestUi::ticket_unsavedEdits_surviveSwitchingTickets()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    auto *location = dock->findChild<QLineEdit *>(u"locationEdit"_s);
    location->selectAll();
    QTest::keyClicks(location, u"Warehouse / Dock 2"_s);

    const int row = openAnotherTicket(window);
    QVERIFY(row >= 0);
    QVERIFY(location->text() != u"Warehouse / Dock 2"_s);

    QVERIFY(reopenRow(window, row));
    QCOMPARE(dock->ticket()->id, ticket->id);
    QCOMPARE(location->text(), u"Warehouse / Dock 2"_s);
    QVERIFY(dock->findChild<QPushButton *>(u"saveFieldsButton"_s)->isEnabled());
}

void TestUi::conversation_note_isAddedAndShown()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    auto *text = dock->findChild<QPlainTextEdit *>(u"composerText"_s);
    auto *send = dock->findChild<QPushButton *>(u"composerSendButton"_s);
    QVERIFY(!send->isEnabled()); // nothing to send yet
    QVERIFY(dock->findChild<QRadioButton *>(u"noteRadio"_s)->isChecked()); // notes by default
    QTest::keyClicks(text, u"Checked the **VPN** logs: idle timeout."_s);
    QVERIFY(send->isEnabled());
    CommentRepository comments(m_server->database());
    const qsizetype before = comments.forTicket(ticket->id).size(); // tests share the server
    send->click();

    QTRY_COMPARE(comments.forTicket(ticket->id).size(), before + 1);
    const Comment stored = comments.forTicket(ticket->id).constLast();
    QCOMPARE(stored.visibility, Comment::Visibility::Internal);
    QCOMPARE(stored.body, u"Checked the **VPN** logs: idle timeout."_s);
    QCOMPARE(stored.author.name, u"Alex Morgan"_s);

    auto *view = dock->findChild<QTextBrowser *>(u"ticketConversation"_s);
    QTRY_VERIFY(view->toPlainText().contains(u"Checked the VPN logs: idle timeout."_s)); // rendered, not raw
    QVERIFY(view->toPlainText().contains(u"Internal note"_s));
    QTRY_COMPARE(text->toPlainText(), QString());
    QCOMPARE(dock->findChild<QTabWidget *>(u"ticketTabs"_s)->tabText(0), u"&Conversation (%1)"_s.arg(before + 1));
}

void TestUi::conversation_replyDraft_survivesSwitchingAndIsPublic()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    dock->findChild<QRadioButton *>(u"replyRadio"_s)->setChecked(true);
    auto *text = dock->findChild<QPlainTextEdit *>(u"composerText"_s);
    QTest::keyClicks(text, u"Hello, please restart your laptop."_s);

    const int row = openAnotherTicket(window);
    QVERIFY(row >= 0);
    QCOMPARE(text->toPlainText(), QString());
    QVERIFY(dock->findChild<QRadioButton *>(u"noteRadio"_s)->isChecked());

    QVERIFY(reopenRow(window, row));
    QCOMPARE(dock->ticket()->id, ticket->id);
    QCOMPARE(text->toPlainText(), u"Hello, please restart your laptop."_s);
    QVERIFY(dock->findChild<QRadioButton *>(u"replyRadio"_s)->isChecked());
    CommentRepository comments(m_server->database());
    const qsizetype before = comments.forTicket(ticket->id).size(); // tests share the server
    window->activateWindow(); // shortcuts act in the active window
    QVERIFY(QTest::qWaitForWindowActive(window));
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier); // send from the keyboard
    QTRY_COMPARE(comments.forTicket(ticket->id).size(), before + 1);
    QCOMPARE(comments.forTicket(ticket->id).constLast().visibility, Comment::Visibility::Public);
}

void TestUi::composer_preview_rendersMarkdown()
{
    CommentComposer composer;
    composer.setTicket(1);
    QTest::keyClicks(composer.findChild<QPlainTextEdit *>(u"composerText"_s), u"Use **bold** and `code`"_s);
    composer.findChild<QPushButton *>(u"composerPreviewButton"_s)->setChecked(true);
    auto *preview = composer.findChild<SafeTextBrowser *>(u"composerPreview"_s);
    QCOMPARE(preview->toPlainText(), u"Use bold and code"_s);
    composer.findChild<QPushButton *>(u"composerPreviewButton"_s)->setChecked(false);
    QCOMPARE(composer.findChild<QPlainTextEdit *>(u"composerText"_s)->toPlainText(), u"Use **bold** and `code`"_s);
}

void TestUi::queue_keyboard_walksAssignsAndStartsReply()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTableView *view = window->queueDock()->view();
    view->setFocus();
    const int row = view->currentIndex().row();
    const int step = row + 1 < view->model()->rowCount() ? 1 : -1;
    QTest::keyClick(view, step > 0 ? Qt::Key_J : Qt::Key_K);
    QCOMPARE(view->currentIndex().row(), row + step);
    QTest::keyClick(view, step > 0 ? Qt::Key_K : Qt::Key_J);
    QCOMPARE(view->currentIndex().row(), row);
    QTRY_COMPARE(window->ticketDock()->ticket()->id, ticket->id);

    QTest::keyClick(view, Qt::Key_A); // assign to me
    TicketRepository tickets(m_server->database());
    QTRY_VERIFY(tickets.find(ticket->id)->assignee.has_value());
    QCOMPARE(tickets.find(ticket->id)->assignee->name, u"Alex Morgan"_s);

    QTest::keyClick(view, Qt::Key_R); // reply
    auto *text = window->ticketDock()->findChild<QPlainTextEdit *>(u"composerText"_s);
    QTRY_VERIFY(text->hasFocus());
    QVERIFY(window->ticketDock()->findChild<QRadioButton *>(u"replyRadio"_s)->isChecked());
    QTest::keyClicks(text, u"ran"_s); // letters typed there are text, not shortcuts
    QCOMPARE(text->toPlainText(), u"ran"_s);
}

void TestUi::ticket_answerAfterMovingOn_staysWithItsTicket()
{
    MainWindow *window = nullptr;
    const auto first = openNewTicket(window);
    QVERIFY(first);
    TicketDock *dock = window->ticketDock();
    QTableView *view = window->queueDock()->view();
    const int row = view->currentIndex().row();
    const qint64 other = view->model()->index(row == 0 ? 1 : 0, 0).data(TicketTableModel::TicketIdRole).toLongLong();

    TicketRepository tickets(m_server->database());
    const int otherVersion = tickets.find(other)->version;
    // Change the first ticket and move on before the server has answered.
    dock->requestChange({{u"location"_s, u"Moved on / Room 1"_s}});
    dock->showTicket(other);
    QVERIFY(!dock->ticket()); // nothing to act on until the next one is here
    dock->assignToMe();       // …so this does nothing
    QTRY_COMPARE(dock->ticket() ? dock->ticket()->id : 0, other);

    QTRY_COMPARE(tickets.find(first->id)->location, u"Moved on / Room 1"_s);
    QTest::qWait(100);
    QCOMPARE(dock->ticket()->id, other); // the late answer did not pull the pane back
    QCOMPARE(tickets.find(other)->version, otherVersion); // and nothing landed on the other ticket
    // The queue row of the first ticket follows all the same.
    const int firstRow = window->queueDock()->model()->rowOf(first->id);
    QCOMPARE(window->queueDock()->model()->index(firstRow, TicketTableModel::Location).data().toString(),
             u"Moved on / Room 1"_s);
}

void TestUi::composer_textTypedWhileSending_isKept()
{
    MainWindow *window = nullptr;
    const auto ticket = openNewTicket(window);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    auto *text = dock->findChild<QPlainTextEdit *>(u"composerText"_s);
    text->clear();
    QTest::keyClicks(text, u"First thought."_s);
    CommentRepository comments(m_server->database());
    const qsizetype before = comments.forTicket(ticket->id).size();
    dock->findChild<QPushButton *>(u"composerSendButton"_s)->click();
    QTest::keyClicks(text, u" And a second one."_s); // typed before the answer arrives
    QTRY_COMPARE(comments.forTicket(ticket->id).size(), before + 1);
    QCOMPARE(comments.forTicket(ticket->id).constLast().body, u"First thought."_s);
    QTest::qWait(50);
    QCOMPARE(text->toPlainText(), u"First thought. And a second one."_s);

    auto *history = dock->findChild<QTreeWidget *>(u"ticketHistory"_s);
    QTRY_VERIFY(history->topLevelItemCount() > 0 && history->topLevelItem(0)->text(2) == u"Added an internal note"_s);
}

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
