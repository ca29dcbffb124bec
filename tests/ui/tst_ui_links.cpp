// SPDX-License-Identifier: GPL-3.0-or-later
// Links and merging in the ticket pane, offscreen, against a real server on loopback.
#include "ClientUnderTest.h"
#include "CommentRepository.h"
#include "InProcessServer.h"
#include "LinkTicketDialog.h"
#include "MainWindow.h"
#include "MergeTicketDialog.h"
#include "Session.h"
#include "TicketDock.h"
#include "TicketLinkRepository.h"
#include "TicketRepository.h"
#include "Transaction.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Helpline;
using namespace Qt::StringLiterals;

class TestUiLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menu_offersLinkAndMergeWithShortcuts();
    void linksTab_groupsByKindAndOpensLinkedTicket();
    void linkDialog_findsByNumberLinksAndShowsRefusal();
    void removeLink_dropsItFromTheList();
    void merge_confirmationSaysWhatHappensThenMerges();
    void merge_closedTicket_cannotBeStarted();

private:
    Ticket addTicket(const QString &title, TicketType type = TicketType::Incident);
    // Opens the ticket in the pane and waits until its links are on screen.
    bool open(MainWindow *window, qint64 ticketId);
    static QTreeWidgetItem *rowFor(QTreeWidget *tree, const QString &number);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
};

void TestUiLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_links"_s);
    m_server = std::make_unique<InProcessServer>(6);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestUiLinks::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiLinks::cleanup()
{
    m_client.reset();
}

Ticket TestUiLinks::addTicket(const QString &title, TicketType type)
{
    NewTicket ticket;
    ticket.type = type;
    ticket.title = title;
    ticket.requesterName = u"Hannah Becker"_s;
    Transaction transaction(m_server->database());
    const Ticket created = TicketRepository(m_server->database()).create(ticket, Priority::P3, std::nullopt);
    transaction.commit();
    return created;
}

bool TestUiLinks::open(MainWindow *window, qint64 ticketId)
{
    TicketDock *dock = window->ticketDock();
    QSignalSpy loaded(dock, &TicketDock::linksLoaded);
    dock->showTicket(ticketId);
    return QTest::qWaitFor([&] {
        return dock->ticket() && dock->ticket()->id == ticketId && !loaded.isEmpty()
            && loaded.constLast().at(0).toLongLong() == ticketId;
    });
}

QTreeWidgetItem *TestUiLinks::rowFor(QTreeWidget *tree, const QString &number)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            if (group->child(r)->text(0) == number)
                return group->child(r);
        }
    }
    return nullptr;
}

void TestUiLinks::menu_offersLinkAndMergeWithShortcuts()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    auto *link = window->findChild<QAction *>(u"actionLink"_s);
    auto *merge = window->findChild<QAction *>(u"actionMerge"_s);
    QVERIFY(link && merge);
    QCOMPARE(link->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(merge->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // No other action of the window answers the same keys.
    for (QAction *other : window->findChildren<QAction *>()) {
        if (other == link || other == merge || other->shortcut().isEmpty())
            continue;
        QVERIFY2(other->shortcut() != link->shortcut() && other->shortcut() != merge->shortcut(),
                 qPrintable(other->objectName()));
    }
}

void TestUiLinks::linksTab_groupsByKindAndOpensLinkedTicket()
{
    const Ticket major = addTicket(u"Network down on floor 3"_s);
    const Ticket child1 = addTicket(u"No network at desk 3.14"_s);
    const Ticket child2 = addTicket(u"Printer offline on floor 3"_s);
    const Ticket problem = addTicket(u"Switch firmware faults"_s, TicketType::Problem);
    {
        Transaction transaction(m_server->database());
        TicketLinkRepository links(m_server->database());
        links.add(TicketLinkRules::orient(LinkKind::Child, major.id, child1.id), std::nullopt);
        links.add(TicketLinkRules::orient(LinkKind::Child, major.id, child2.id), std::nullopt);
        links.add(TicketLinkRules::orient(LinkKind::CausedByProblem, major.id, problem.id), std::nullopt);
        TicketRepository tickets(m_server->database());
        Ticket resolved = child2;
        resolved.status = TicketStatus::Resolved;
        resolved.resolutionCode = ResolutionCode::Fixed;
        resolved.resolutionNotes = u"Power cycled."_s;
        QVERIFY(tickets.update(child2, resolved, std::nullopt));
        transaction.commit();
    }
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(open(window, major.id));
    TicketDock *dock = window->ticketDock();
    auto *tabs = dock->findChild<QTabWidget *>(u"ticketTabs"_s);
    auto *tree = dock->findChild<QTreeWidget *>(u"ticketLinks"_s);
    QCOMPARE(tabs->tabText(tabs->indexOf(tree->parentWidget())), u"L&inks (3)"_s);
    tabs->setCurrentWidget(tree->parentWidget());

    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Children (2, 1 open)"_s);
    QCOMPARE(tree->topLevelItem(1)->text(0), u"Caused by problem"_s);
    QTreeWidgetItem *resolvedRow = rowFor(tree, child2.number);
    QVERIFY(resolvedRow);
    QCOMPARE(resolvedRow->text(1), child2.title);
    QCOMPARE(resolvedRow->text(2), u"Resolved"_s);
    QCOMPARE(rowFor(tree, problem.number)->parent(), tree->topLevelItem(1));

    // Enter on a row opens that ticket in the pane.
    QTreeWidgetItem *row = rowFor(tree, child1.number);
    tree->setCurrentItem(row);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(dock->ticket() ? dock->ticket()->id : 0, child1.id);
    QTRY_VERIFY(rowFor(tree, major.number) != nullptr);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Parent"_s);
}

void TestUiLinks::linkDialog_findsByNumberLinksAndShowsRefusal()
{
    const Ticket self = addTicket(u"Outlook asks for the password"_s);
    const Ticket other = addTicket(u"Teams asks for the password"_s);
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(open(window, self.id));
    window->findChild<QAction *>(u"actionLink"_s)->trigger();
    LinkTicketDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<LinkTicketDialog *>(u"linkTicketDialog"_s)));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto *kind = dialog->findChild<QComboBox *>(u"linkKindCombo"_s);
    // An incident offers parent, child, its problem and related; never a duplicate.
    QCOMPARE(kind->count(), 4);
    QVERIFY(kind->findData(int(LinkKind::DuplicateOf)) < 0);
    kind->setCurrentIndex(kind->findData(int(LinkKind::Related)));
    auto *results = dialog->findChild<QListWidget *>(u"ticketPickerResults"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"linkOkButton"_s);
    QTRY_VERIFY(results->count() > 1); // before typing: the most recently changed tickets
    QVERIFY(!ok->isEnabled());          // nothing chosen yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"ticketPickerSearch"_s), other.number);
    QTRY_COMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(other.title));
    QVERIFY(ok->isEnabled()); // the one match is the one chosen
    ok->click();

    TicketLinkRepository links(m_server->database());
    QTRY_COMPARE(links.touching(self.id).size(), 1);
    QCOMPARE(links.touching(self.id).constFirst().kindFor(self.id), LinkKind::Related);
    QTRY_VERIFY(!window->findChild<LinkTicketDialog *>(u"linkTicketDialog"_s));
    auto *tree = window->ticketDock()->findChild<QTreeWidget *>(u"ticketLinks"_s);
    QTRY_VERIFY(rowFor(tree, other.number) != nullptr);

    // The same link again: the server's refusal is shown in the dialog, which stays open.
    window->findChild<QAction *>(u"actionLink"_s)->trigger();
    QTRY_VERIFY((dialog = window->findChild<LinkTicketDialog *>(u"linkTicketDialog"_s)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"ticketPickerSearch"_s), other.number);
    results = dialog->findChild<QListWidget *>(u"ticketPickerResults"_s);
    QTRY_COMPARE(results->count(), 1);
    results->setCurrentRow(0);
    dialog->findChild<QPushButton *>(u"linkOkButton"_s)->click();
    auto *problem = dialog->findChild<QLabel *>(u"linkProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"already linked"_s), qPrintable(problem->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(links.touching(self.id).size(), 1);
    dialog->reject();
}

void TestUiLinks::removeLink_dropsItFromTheList()
{
    const Ticket self = addTicket(u"Docking station flickers"_s);
    const Ticket other = addTicket(u"Monitor flickers"_s);
    {
        Transaction transaction(m_server->database());
        TicketLinkRepository(m_server->database()).add(TicketLinkRules::orient(LinkKind::Related, self.id, other.id), std::nullopt);
        transaction.commit();
    }
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(open(window, self.id));
    auto *tree = window->ticketDock()->findChild<QTreeWidget *>(u"ticketLinks"_s);
    auto *remove = window->ticketDock()->findChild<QPushButton *>(u"removeLinkButton"_s);
    QVERIFY(!remove->isEnabled());
    tree->setCurrentItem(rowFor(tree, other.number));
    QVERIFY(remove->isEnabled());
    remove->click();
    QTRY_COMPARE(TicketLinkRepository(m_server->database()).touching(self.id).size(), 0);
    QTRY_VERIFY(rowFor(tree, other.number) == nullptr);
    // The history shows it at once.
    auto *history = window->ticketDock()->findChild<QTreeWidget *>(u"ticketHistory"_s);
    QTRY_VERIFY(history->topLevelItemCount() > 0 && history->topLevelItem(0)->text(2).startsWith(u"Removed the link"_s));
}

void TestUiLinks::merge_confirmationSaysWhatHappensThenMerges()
{
    const Ticket duplicate = addTicket(u"VPN drops (second report)"_s);
    const Ticket target = addTicket(u"VPN drops every ten minutes"_s);
    {
        Transaction transaction(m_server->database());
        CommentRepository(m_server->database()).add(duplicate.id, 1, {Comment::Visibility::Public, u"Please restart the client."_s});
        CommentRepository(m_server->database()).add(duplicate.id, 1, {Comment::Visibility::Internal, u"Same as the other one."_s});
        transaction.commit();
    }
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(open(window, duplicate.id));
    TicketDock *dock = window->ticketDock();
    // The confirmation counts the conversation, so let it arrive first.
    QTRY_VERIFY(dock->findChild<QTabWidget *>(u"ticketTabs"_s)->tabText(0).contains(u"(2)"_s));

    window->findChild<QAction *>(u"actionMerge"_s)->trigger();
    MergeTicketDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<MergeTicketDialog *>(u"mergeTicketDialog"_s)));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *results = dialog->findChild<QListWidget *>(u"ticketPickerResults"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"ticketPickerSearch"_s), u"every ten"_s);
    QTRY_COMPARE(results->count(), 1);
    results->setCurrentRow(0);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"mergeNoteEdit"_s), u"Same laptop, same user."_s);
    dialog->findChild<QPushButton *>(u"mergeContinueButton"_s)->click();

    auto *confirmation = dialog->findChild<QLabel *>(u"mergeConfirmation"_s);
    QTRY_VERIFY(confirmation->isVisible());
    const QString text = confirmation->text();
    QVERIFY2(text.contains(u"Merge %1 “%2” into %3"_s.arg(duplicate.number, duplicate.title, target.number)), qPrintable(text));
    QVERIFY2(text.contains(u"is closed with the resolution “Duplicate”"_s), qPrintable(text));
    // (The English plural forms come from helpline_en.ts, which this test does not load.)
    QVERIFY2(text.contains(u"Its 2 "_s) && text.contains(u"move to %1, keeping their authors and times"_s.arg(target.number)),
             qPrintable(text));
    QVERIFY(text.contains(u"cannot be undone"_s));
    // Nothing has happened yet, and a stray Enter or space does not merge.
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
    QTest::qWait(100);
    QCOMPARE(TicketRepository(m_server->database()).find(duplicate.id)->status, TicketStatus::New);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QPushButton *>(u"mergeContinueButton"_s)->click();
    QTRY_VERIFY(confirmation->isVisible());

    dialog->findChild<QPushButton *>(u"mergeConfirmButton"_s)->click();
    TicketRepository tickets(m_server->database());
    QTRY_COMPARE(tickets.find(duplicate.id)->status, TicketStatus::Closed);
    QCOMPARE(tickets.find(duplicate.id)->resolutionCode, std::optional(ResolutionCode::Duplicate));
    const QList<Comment> moved = CommentRepository(m_server->database()).forTicket(target.id);
    QCOMPARE(moved.size(), 3);
    QCOMPARE(moved.at(0).mergedFrom->second, duplicate.number);
    QVERIFY(moved.at(2).body.contains(u"Same laptop, same user."_s));
    // The pane follows the conversation to the ticket kept.
    QTRY_COMPARE(dock->ticket() ? dock->ticket()->id : 0, target.id);
    auto *view = dock->findChild<QTextBrowser *>(u"ticketConversation"_s);
    QTRY_VERIFY(view->toPlainText().contains(u"merged from %1"_s.arg(duplicate.number)));
    auto *tree = dock->findChild<QTreeWidget *>(u"ticketLinks"_s);
    QTRY_VERIFY(rowFor(tree, duplicate.number) != nullptr);
    QCOMPARE(rowFor(tree, duplicate.number)->parent()->text(0), u"Merged duplicates"_s);
}

void TestUiLinks::merge_closedTicket_cannotBeStarted()
{
    Ticket closed = addTicket(u"Old request"_s);
    {
        Transaction transaction(m_server->database());
        Ticket done = closed;
        done.status = TicketStatus::Cancelled;
        closed = *TicketRepository(m_server->database()).update(closed, done, std::nullopt);
        transaction.commit();
    }
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QVERIFY(open(window, closed.id));
    QVERIFY(!window->ticketDock()->findChild<QPushButton *>(u"mergeButton"_s)->isEnabled());
    window->findChild<QAction *>(u"actionMerge"_s)->trigger();
    QTest::qWait(50);
    QVERIFY(!window->findChild<MergeTicketDialog *>(u"mergeTicketDialog"_s));
    // Linking still works: a cancelled ticket can be referred to.
    QVERIFY(window->ticketDock()->findChild<QPushButton *>(u"linkButton"_s)->isEnabled());
}

QTEST_MAIN(TestUiLinks)
#include "tst_ui_links.moc"
