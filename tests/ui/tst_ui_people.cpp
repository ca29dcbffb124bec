// SPDX-License-Identifier: GPL-3.0-or-later
// Logging a call as a new ticket, and importing the people directory, offscreen against a
// real server on loopback.
#include "ClientUnderTest.h"
#include "DisplayText.h"
#include "InProcessServer.h"
#include "MainWindow.h"
#include "NewTicketDialog.h"
#include "PeopleImport.h"
#include "PeopleImportDialog.h"
#include "PeopleImportPreviewModel.h"
#include "PersonRepository.h"
#include "PersonSearchModel.h"
#include "QueueDock.h"
#include "RequesterLookup.h"
#include "Session.h"
#include "TicketDock.h"
#include "EscalateDialog.h"
#include "TicketFactsPanel.h"
#include "TicketRepository.h"
#include "TicketTableModel.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Helpline;
using namespace Qt::StringLiterals;

class TestUiPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importAction_onlyForSeniorAndAdmin_data();
    void importAction_onlyForSeniorAndAdmin();
    void import_badRows_areMarkedAndImportStaysDisabled();
    void import_missingColumn_saysWhichInWords();
    void import_notUtf8_saysHowToSaveIt();
    void import_goodFile_importsEveryone();
    void import_cancelledCheck_leavesTheDialogIdle();
    void import_fileTurnedBadSincePreview_showsWhyAndImportsNothing();
    void newTicket_lookup_choosesPersonAndTicketCarriesThem();
    void newTicket_unknownCaller_isSentAsTypedNameAndEmail();
    void newTicket_serverRefusal_keepsTextAndMarksField();
    void newTicket_overrideWithoutReason_isRefusedBeforeSending();
    void newTicket_priority_followsImpactAndUrgencyLive();
    void models_passModelTester();
    void ticketPane_requesterCard_showsPersonAndTheirOtherOpenTickets();
    void ticketPane_escalate_movesUpATierWithTheNoteAndShowsThePath();

private:
    PeopleImportDialog *openImport(MainWindow *window);
    NewTicketDialog *openNewTicket(MainWindow *window);
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // Types into the requester field and picks the only match from the popup by keyboard.
    static bool chooseRequester(NewTicketDialog *dialog, const QString &typed);
    int ticketCount();
    std::optional<Person> personByEmail(const QString &email);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
};

void TestUiPeople::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_people"_s);
    m_server = std::make_unique<InProcessServer>(5);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));

    // The directory the new ticket tests look callers up in, written as an HR import would.
    const QString csv = u"name,email,department,location,manager_email\n"
                        "Marta Nowak,marta.nowak@example.org,Finance,Warsaw,\n"
                        "Anna Kowalski,anna.kowalski@example.org,Finance,Berlin / 3rd floor,marta.nowak@example.org\n"
                        "Bruno Fischer,bruno.fischer@example.org,Sales,Hamburg,\n"_s;
    PersonRepository people(m_server->database());
    const PeopleImportPlan plan = planPeopleImport(csv, [](const QString &) { return false; });
    QVERIFY(plan.isValid());
    Transaction transaction(m_server->database());
    people.import(plan, std::nullopt);
    transaction.commit();
}

void TestUiPeople::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiPeople::cleanup()
{
    m_client.reset();
}

PeopleImportDialog *TestUiPeople::openImport(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(u"actionImportPeople"_s);
    if (!action || !action->isVisible())
        return nullptr;
    action->trigger();
    auto *dialog = window->findChild<PeopleImportDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

NewTicketDialog *TestUiPeople::openNewTicket(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(u"actionNewTicket"_s);
    if (!action || !action->isVisible())
        return nullptr;
    action->trigger();
    auto *dialog = window->findChild<NewTicketDialog *>();
    // Active itself, so the requester field has the keyboard focus the popup needs.
    // (qWaitForWindowActive would already count the main window, its transient parent.)
    return dialog && QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }) ? dialog : nullptr;
}

QString TestUiPeople::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_client->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

bool TestUiPeople::chooseRequester(NewTicketDialog *dialog, const QString &typed)
{
    RequesterLookup *lookup = dialog->requester();
    QLineEdit *name = lookup->nameEdit();
    name->setFocus();
    QSignalSpy found(lookup, &RequesterLookup::searchFinished);
    QTest::keyClicks(name, typed);
    if (!found.wait(5000) || found.last().at(0).toInt() != 1)
        return false;
    QAbstractItemView *popup = lookup->completer()->popup();
    if (!QTest::qWaitFor([&] { return popup->isVisible(); }))
        return false;
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    return lookup->person().has_value() && !popup->isVisible();
}

int TestUiPeople::ticketCount()
{
    QSqlQuery query(m_server->database().connection());
    return query.exec(u"SELECT COUNT(*) FROM tickets"_s) && query.next() ? query.value(0).toInt() : -1;
}

std::optional<Person> TestUiPeople::personByEmail(const QString &email)
{
    const QList<Person> found = PersonRepository(m_server->database()).search(email, 5);
    for (const Person &person : found) {
        if (person.email == email)
            return person;
    }
    return std::nullopt;
}

void TestUiPeople::importAction_onlyForSeniorAndAdmin_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("mayImport");
    QTest::addRow("analyst") << u"analyst"_s << false;
    QTest::addRow("senior") << u"senior"_s << true;
    QTest::addRow("admin") << u"admin"_s << true;
}

void TestUiPeople::importAction_onlyForSeniorAndAdmin()
{
    QFETCH(QString, username);
    QFETCH(bool, mayImport);
    MainWindow *window = m_client->signIn(username);
    QVERIFY(window);
    auto *importPeople = window->findChild<QAction *>(u"actionImportPeople"_s);
    QVERIFY(importPeople);
    QCOMPARE(importPeople->isVisible(), mayImport);
    auto *newTicket = window->findChild<QAction *>(u"actionNewTicket"_s);
    QVERIFY(newTicket);
    QVERIFY(newTicket->isVisible());
    QCOMPARE(newTicket->shortcut(), QKeySequence(QKeySequence::New));
}

void TestUiPeople::import_badRows_areMarkedAndImportStaysDisabled()
{
    MainWindow *window = m_client->signIn(u"senior"_s);
    QVERIFY(window);
    PeopleImportDialog *dialog = openImport(window);
    QVERIFY(dialog);
    const QString path = writeFile(u"bad.csv"_s,
                                   "name,email,department,location,manager_email\n"
                                   "Carla Diaz,carla.diaz@example.org,IT,HQ,\n"
                                   "Dan Ek,not-an-email,IT,HQ,\n"
                                   "Eva Fox,CARLA.DIAZ@example.org,IT,HQ,\n"
                                   "Gus Hale,gus.hale@example.org,IT,HQ,nobody@example.org\n"
                                   "Anna Kowalski,anna.kowalski@example.org,Finance,Berlin / 4th floor,\n");
    QVERIFY(!path.isEmpty());
    QSignalSpy shown(dialog, &PeopleImportDialog::previewShown);
    dialog->loadFile(path);
    QVERIFY(dialog->isBusy());
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().at(0).toBool(), false);

    PeopleImportPreviewModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 5);
    const auto cell = [&](int row, int column) { return model->index(row, column); };
    QCOMPARE(cell(0, PeopleImportPreviewModel::Line).data().toInt(), 2);
    QCOMPARE(cell(0, PeopleImportPreviewModel::Action).data().toString(), u"New"_s);
    QCOMPARE(cell(1, PeopleImportPreviewModel::Email).data(PeopleImportPreviewModel::ErrorCodeRole).toString(), u"invalid"_s);
    QCOMPARE(cell(1, PeopleImportPreviewModel::Email).data(Qt::ToolTipRole).toString(),
             DisplayText::importCellErrorText(u"email"_s, u"invalid"_s));
    QCOMPARE(cell(1, PeopleImportPreviewModel::Email).data(Qt::ForegroundRole).value<QColor>(),
             PeopleImportPreviewModel::errorColor());
    QVERIFY(!cell(1, PeopleImportPreviewModel::Name).data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(1, PeopleImportPreviewModel::Problems).data().toString(),
             u"Email: "_s + DisplayText::importCellErrorText(u"email"_s, u"invalid"_s));
    QVERIFY(cell(0, PeopleImportPreviewModel::Problems).data().toString().isEmpty());
    QCOMPARE(cell(2, PeopleImportPreviewModel::Email).data(PeopleImportPreviewModel::ErrorCodeRole).toString(), u"duplicate"_s);
    QCOMPARE(cell(3, PeopleImportPreviewModel::ManagerEmail).data(Qt::ToolTipRole).toString(),
             DisplayText::importCellErrorText(u"manager_email"_s, u"unknown_manager"_s));
    // A known email updates that person.
    QCOMPARE(cell(4, PeopleImportPreviewModel::Action).data().toString(), u"Update"_s);

    auto *summary = dialog->findChild<QLabel *>(u"importSummary"_s);
    // "5 rows: 4 new, 1 update, 3 with errors." once the English plural forms are compiled in.
    for (const QString &part : {u"5 row"_s, u": 4 new, 1 update"_s, u", 3 with errors."_s})
        QVERIFY2(summary->text().contains(part), qPrintable(summary->text()));
    auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
    QVERIFY(!import->isEnabled());
    dialog->startImport(); // the keyboard's way in must be refused too
    QVERIFY(!dialog->isBusy());

    // The first bad row is current, and says what is wrong under the table.
    auto *rowProblem = dialog->findChild<QLabel *>(u"importRowProblem"_s);
    QVERIFY(rowProblem->isVisible());
    QCOMPARE(rowProblem->text(), u"Line 3: Email: "_s + DisplayText::importCellErrorText(u"email"_s, u"invalid"_s));

    auto *errorsOnly = dialog->findChild<QCheckBox *>(u"errorsOnlyCheck"_s);
    QVERIFY(errorsOnly->isEnabled());
    errorsOnly->click();
    QCOMPARE(dialog->findChild<QTableView *>(u"importPreviewView"_s)->model()->rowCount(), 3);
    QVERIFY(!personByEmail(u"carla.diaz@example.org"_s));
    QCOMPARE(personByEmail(u"anna.kowalski@example.org"_s)->location, u"Berlin / 3rd floor"_s);
}

void TestUiPeople::import_missingColumn_saysWhichInWords()
{
    MainWindow *window = m_client->signIn(u"admin"_s);
    QVERIFY(window);
    PeopleImportDialog *dialog = openImport(window);
    QVERIFY(dialog);
    const QString path = writeFile(u"no-email.csv"_s, "name,department\nCarla Diaz,IT\n");
    QSignalSpy shown(dialog, &PeopleImportDialog::previewShown);
    dialog->loadFile(path);
    QVERIFY(shown.wait(5000));
    auto *problem = dialog->findChild<QLabel *>(u"importFileProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), DisplayText::importFileErrorText(u"missing_column:email"_s));
    QVERIFY(problem->text().contains(u"no email column"_s));
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
}

void TestUiPeople::import_notUtf8_saysHowToSaveIt()
{
    MainWindow *window = m_client->signIn(u"senior"_s);
    QVERIFY(window);
    PeopleImportDialog *dialog = openImport(window);
    QVERIFY(dialog);
    // "Jürgen Müller" as a Windows spreadsheet saves it by default: Latin-1, not UTF-8.
    const QString path = writeFile(u"latin1.csv"_s, "name,email\nJ\xfcrgen M\xfcller,juergen@example.org\n");
    QSignalSpy failed(dialog, &PeopleImportDialog::uploadFailed);
    dialog->loadFile(path);
    QVERIFY(failed.wait(5000));
    auto *problem = dialog->findChild<QLabel *>(u"importFileProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), DisplayText::importFileErrorText(u"not_utf8"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"chooseFileButton"_s)->isEnabled());
}

void TestUiPeople::import_goodFile_importsEveryone()
{
    MainWindow *window = m_client->signIn(u"senior"_s);
    QVERIFY(window);
    PeopleImportDialog *dialog = openImport(window);
    QVERIFY(dialog);
    // Semicolons, a byte-order mark and other column names, as a German Excel writes them.
    const QString path = writeFile(u"good.csv"_s,
                                   "\xef\xbb\xbf" "First Name;Last Name;E-Mail;Dept;Office;Manager\n"
                                   "Hana;Ito;hana.ito@example.org;Finance;K\xc3\xb6ln / Raum 2;\n"
                                   "Ivo;Jung;ivo.jung@example.org;Finance;K\xc3\xb6ln / Raum 2;hana.ito@example.org\n");
    QSignalSpy shown(dialog, &PeopleImportDialog::previewShown);
    dialog->loadFile(path);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().at(0).toBool(), true);
    QCOMPARE(dialog->model()->rowCount(), 2);
    auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
    QVERIFY(import->isEnabled());
    QVERIFY(!dialog->findChild<QCheckBox *>(u"errorsOnlyCheck"_s)->isEnabled());

    QSignalSpy imported(dialog, &PeopleImportDialog::imported);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(imported.wait(5000));
    QCOMPARE(imported.last().at(0).toInt(), 2);
    QCOMPARE(imported.last().at(1).toInt(), 0);
    QCOMPARE(dialog->findChild<QLabel *>(u"importSummary"_s)->text(), u"Imported: 2 new, 0 updated."_s);
    QVERIFY(!import->isEnabled()); // done; a second click would only update the same people

    const auto ivo = personByEmail(u"ivo.jung@example.org"_s);
    QVERIFY(ivo);
    QCOMPARE(ivo->name, u"Ivo Jung"_s);
    QCOMPARE(ivo->location, u"Köln / Raum 2"_s);
    QCOMPARE(ivo->managerName, u"Hana Ito"_s);
}

void TestUiPeople::import_cancelledCheck_leavesTheDialogIdle()
{
    MainWindow *window = m_client->signIn(u"senior"_s);
    QVERIFY(window);
    PeopleImportDialog *dialog = openImport(window);
    QVERIFY(dialog);
    const QString path = writeFile(u"cancel.csv"_s, "name,email\nKim Lee,kim.lee@example.org\n");
    QSignalSpy shown(dialog, &PeopleImportDialog::previewShown);
    dialog->loadFile(path);
    auto *cancel = dialog->findChild<QPushButton *>(u"cancelUploadButton"_s);
    QVERIFY(cancel->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(u"chooseFileButton"_s)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY(!cancel->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(u"chooseFileButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"importFileProblem"_s)->text().contains(u"cancelled"_s));
    QVERIFY(!shown.wait(500)); // the answer that might still come is dropped
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!personByEmail(u"kim.lee@example.org"_s));
}

void TestUiPeople::import_fileTurnedBadSincePreview_showsWhyAndImportsNothing()
{
    {
        const PeopleImportPlan plan = planPeopleImport(u"name,email\nOlga Brandt,olga.brandt@example.org\n"_s,
                                                       [](const QString &) { return false; });
        Transaction transaction(m_server->database());
        PersonRepository(m_server->database()).import(plan, std::nullopt);
        transaction.commit();
    }
    MainWindow *window = m_client->signIn(u"senior"_s);
    QVERIFY(window);
    PeopleImportDialog *dialog = openImport(window);
    QVERIFY(dialog);
    const QString path = writeFile(u"team.csv"_s, "name,email,manager_email\n"
                                                  "Lena Roth,lena.roth@example.org,olga.brandt@example.org\n");
    QSignalSpy shown(dialog, &PeopleImportDialog::previewShown);
    dialog->loadFile(path);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().at(0).toBool(), true);

    // The manager leaves the directory between the preview and the import.
    QSqlQuery remove(m_server->database().connection());
    QVERIFY(remove.prepare(u"DELETE FROM people WHERE email = ?"_s));
    remove.addBindValue(u"olga.brandt@example.org"_s);
    QVERIFY2(remove.exec(), qPrintable(remove.lastError().text()));

    QSignalSpy failed(dialog, &PeopleImportDialog::uploadFailed);
    QSignalSpy imported(dialog, &PeopleImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(imported.isEmpty());
    // The server's answer carries the preview as it is now: the row says what went wrong.
    QCOMPARE(dialog->model()->index(0, PeopleImportPreviewModel::ManagerEmail)
                 .data(PeopleImportPreviewModel::ErrorCodeRole).toString(),
             u"unknown_manager"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"importSummary"_s)->text().startsWith(u"Nothing was imported"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QVERIFY(!personByEmail(u"lena.roth@example.org"_s));
}

void TestUiPeople::newTicket_lookup_choosesPersonAndTicketCarriesThem()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    QTRY_COMPARE(window->queueDock()->model()->rowCount(), 5);
    NewTicketDialog *dialog = openNewTicket(window);
    QVERIFY(dialog);
    // One letter does not search; two letters and a pause do.
    QVERIFY(chooseRequester(dialog, u"kowal"_s));
    RequesterLookup *lookup = dialog->requester();
    const auto anna = personByEmail(u"anna.kowalski@example.org"_s);
    QVERIFY(anna);
    QCOMPARE(lookup->person()->id, anna->id);
    QCOMPARE(lookup->nameEdit()->text(), u"Anna Kowalski"_s);
    QCOMPARE(lookup->emailEdit()->text(), u"anna.kowalski@example.org"_s);
    QVERIFY(lookup->emailEdit()->isReadOnly());
    QVERIFY(lookup->hint()->text().contains(u"Marta Nowak"_s));
    auto *location = dialog->findChild<QLineEdit *>(u"locationEdit"_s);
    QCOMPARE(location->text(), u"Berlin / 3rd floor"_s);
    // Alt+T goes on to the title, through the label's mnemonic; Enter there sends nothing.
    QTest::keyClick(lookup->nameEdit(), Qt::Key_T, Qt::AltModifier);
    QVERIFY(dialog->findChild<QLineEdit *>(u"titleEdit"_s)->hasFocus());
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"titleEdit"_s), Qt::Key_Return);
    QVERIFY(!dialog->isSending());
    QVERIFY(!dialog->findChild<QLabel *>(u"error_title"_s)->isVisible());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Outlook asks for the password again and again"_s);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u"Since the **update** this morning."_s);
    auto *channel = dialog->findChild<QComboBox *>(u"channelCombo"_s);
    QCOMPARE(channel->currentData().toString(), u"phone"_s);
    QVERIFY(dialog->findChild<QCheckBox *>(u"assignToMeCheck"_s)->isChecked());

    QSignalSpy created(dialog, &NewTicketDialog::ticketCreated);
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(created.wait(5000));
    const auto ticket = created.last().at(0).value<Ticket>();
    QTRY_VERIFY(window->findChild<NewTicketDialog *>() == nullptr);

    const auto stored = TicketRepository(m_server->database()).find(ticket.id);
    QVERIFY(stored);
    QCOMPARE(stored->requester.personId, std::optional<qint64>(anna->id));
    QCOMPARE(stored->requester.name, u"Anna Kowalski"_s);
    QCOMPARE(stored->location, u"Berlin / 3rd floor"_s);
    QCOMPARE(stored->channel, ContactChannel::Phone);
    QCOMPARE(stored->description, u"Since the **update** this morning."_s);
    QVERIFY(stored->assignee);
    QCOMPARE(stored->assignee->id, m_client->shell().session().user()->id);

    // It is in the queue and open in the Ticket pane.
    QVERIFY(window->queueDock()->model()->rowOf(ticket.id) >= 0);
    TicketDock *dock = window->ticketDock();
    QTRY_VERIFY(dock->ticket() && dock->ticket()->id == ticket.id);
}

void TestUiPeople::newTicket_unknownCaller_isSentAsTypedNameAndEmail()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    NewTicketDialog *dialog = openNewTicket(window);
    QVERIFY(dialog);
    RequesterLookup *lookup = dialog->requester();
    lookup->nameEdit()->setFocus();
    QSignalSpy found(lookup, &RequesterLookup::searchFinished);
    QTest::keyClicks(lookup->nameEdit(), u"Zed Nobody"_s);
    QVERIFY(found.wait(5000));
    QCOMPARE(found.last().at(0).toInt(), 0);
    QVERIFY(lookup->hint()->text().startsWith(u"No one in the directory matches"_s));
    QVERIFY(!lookup->completer()->popup()->isVisible());
    QTest::keyClicks(lookup->emailEdit(), u"zed@example.org"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Visitor badge does not open door 4"_s);
    auto *channel = dialog->findChild<QComboBox *>(u"channelCombo"_s);
    channel->setCurrentIndex(channel->findData(u"walk_in"_s));

    QSignalSpy created(dialog, &NewTicketDialog::ticketCreated);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTicketButton"_s), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    const auto stored = TicketRepository(m_server->database()).find(created.last().at(0).value<Ticket>().id);
    QVERIFY(stored);
    QCOMPARE(stored->requester.personId, std::nullopt);
    QCOMPARE(stored->requester.name, u"Zed Nobody"_s);
    QCOMPARE(stored->requester.email, u"zed@example.org"_s);
    QCOMPARE(stored->channel, ContactChannel::WalkIn);
}

void TestUiPeople::newTicket_serverRefusal_keepsTextAndMarksField()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    NewTicketDialog *dialog = openNewTicket(window);
    QVERIFY(dialog);
    QVERIFY(chooseRequester(dialog, u"bruno"_s));
    const qint64 brunoId = dialog->requester()->person()->id;
    auto *title = dialog->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *description = dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
    QTest::keyClicks(title, u"Docking station is dead"_s);
    QTest::keyClicks(description, u"No power LED, tried another socket."_s);

    // Someone removes Bruno from the directory while the call goes on.
    QSqlQuery remove(m_server->database().connection());
    QVERIFY(remove.prepare(u"DELETE FROM people WHERE id = ?"_s));
    remove.addBindValue(brunoId);
    QVERIFY2(remove.exec(), qPrintable(remove.lastError().text()));

    const int before = ticketCount();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTicketButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isSending());
    auto *requesterError = dialog->findChild<QLabel *>(u"error_requester"_s);
    QTRY_VERIFY(requesterError->isVisible());
    QVERIFY(!dialog->isSending());
    QVERIFY(requesterError->text().contains(u"no longer in the directory"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(title->text(), u"Docking station is dead"_s);
    QCOMPARE(description->toPlainText(), u"No power LED, tried another socket."_s);
    QVERIFY(!title->isReadOnly());
    QVERIFY(dialog->findChild<QPushButton *>(u"createTicketButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"newTicketProblem"_s)->isVisible());
    QCOMPARE(ticketCount(), before);

    // Sent again unchanged, it is the same request (the same idempotency key: had the first
    // answer been lost, the server would not create a second ticket); changed, it is a new one.
    const QByteArray firstKey = dialog->idempotencyKey();
    QVERIFY(!firstKey.isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTicketButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isSending());
    QCOMPARE(dialog->idempotencyKey(), firstKey);
    QTest::keyClicks(title, u" again"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTicketButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isSending());
    QVERIFY(dialog->idempotencyKey() != firstKey);
    QCOMPARE(title->text(), u"Docking station is dead again"_s);
    QCOMPARE(ticketCount(), before);
}

void TestUiPeople::newTicket_overrideWithoutReason_isRefusedBeforeSending()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    NewTicketDialog *dialog = openNewTicket(window);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->requester()->nameEdit(), u"X"_s); // too short to search
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"CEO cannot print"_s);
    auto *override = dialog->findChild<QCheckBox *>(u"overrideCheck"_s);
    override->click();
    auto *priority = dialog->findChild<QComboBox *>(u"overridePriorityCombo"_s);
    QVERIFY(priority->isVisible());
    priority->setCurrentIndex(priority->findData(int(Priority::P1)));
    QVERIFY(dialog->findChild<QLabel *>(u"priorityLabel"_s)->text().startsWith(DisplayText::priorityText(Priority::P1)));

    const int before = ticketCount();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTicketButton"_s), Qt::LeftButton);
    // Refused on the spot, by the same rule the server applies: nothing went out.
    QVERIFY(!dialog->isSending());
    auto *reasonError = dialog->findChild<QLabel *>(u"error_priority_reason"_s);
    QVERIFY(reasonError->isVisible());
    QCOMPARE(reasonError->text(), u"Say why the priority differs from the matrix."_s);
    QVERIFY2(dialog->findChild<QLineEdit *>(u"overrideReasonEdit"_s)->hasFocus(),
             qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s));
    QVERIFY(!dialog->findChild<QLabel *>(u"error_title"_s)->isVisible());
    QCOMPARE(ticketCount(), before);

    // With a reason it goes through, overridden.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"overrideReasonEdit"_s), u"Board meeting in ten minutes"_s);
    QSignalSpy created(dialog, &NewTicketDialog::ticketCreated);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createTicketButton"_s), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    const auto stored = TicketRepository(m_server->database()).find(created.last().at(0).value<Ticket>().id);
    QVERIFY(stored);
    QCOMPARE(stored->priority, Priority::P1);
    QCOMPARE(stored->priorityReason, u"Board meeting in ten minutes"_s);
    QCOMPARE(ticketCount(), before + 1);
}

void TestUiPeople::newTicket_priority_followsImpactAndUrgencyLive()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    NewTicketDialog *dialog = openNewTicket(window);
    QVERIFY(dialog);
    auto *impact = dialog->findChild<QComboBox *>(u"impactCombo"_s);
    auto *urgency = dialog->findChild<QComboBox *>(u"urgencyCombo"_s);
    auto *label = dialog->findChild<QLabel *>(u"priorityLabel"_s);
    const PriorityMatrix matrix;
    for (int i = 1; i <= 3; ++i) {
        for (int u = 1; u <= 3; ++u) {
            impact->setCurrentIndex(impact->findData(i));
            urgency->setCurrentIndex(urgency->findData(u));
            QVERIFY2(label->text().startsWith(DisplayText::priorityText(matrix.priorityFor(i, u))),
                     qPrintable(label->text()));
        }
    }
    // Keyboard: Alt+I reaches the impact, and the words come first, so typing H picks "High".
    impact->setCurrentIndex(impact->findData(3));
    QTest::keyClick(dialog->requester()->nameEdit(), Qt::Key_I, Qt::AltModifier);
    QVERIFY(impact->hasFocus());
    QTest::keyClick(impact, Qt::Key_H);
    QCOMPARE(impact->currentData().toInt(), 1);
    QCOMPARE(dialog->requestBody().value(u"impact"_s).toInt(), 1);
}

void TestUiPeople::models_passModelTester()
{
    PeopleImportPreviewModel preview;
    QAbstractItemModelTester previewTester(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const PeopleImportPlan plan = planPeopleImport(u"name,email\nA B,a@example.org\nC,not-mail\n"_s,
                                                   [](const QString &) { return false; });
    preview.setPreview(plan.toJson());
    QCOMPARE(preview.rowCount(), 2);
    QCOMPARE(preview.index(1, PeopleImportPreviewModel::Email).data(PeopleImportPreviewModel::HasErrorsRole).toBool(), true);
    preview.clear();
    QCOMPARE(preview.rowCount(), 0);

    PersonSearchModel people;
    QAbstractItemModelTester peopleTester(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Person anna;
    anna.id = 7;
    anna.name = u"Anna Kowalski"_s;
    anna.email = u"anna.kowalski@example.org"_s;
    anna.department = u"Finance"_s;
    anna.location = u"Berlin"_s;
    people.setPeople({anna});
    QCOMPARE(people.index(0).data().toString(), u"Anna Kowalski <anna.kowalski@example.org> — Finance, Berlin"_s);
    QCOMPARE(people.index(0).data(Qt::EditRole).toString(), u"Anna Kowalski"_s);
    QCOMPARE(people.index(0).data(PersonSearchModel::PersonIdRole).toLongLong(), 7);
    people.setPeople({});
    QCOMPARE(people.rowCount(), 0);
}

QTEST_MAIN(TestUiPeople)
#include "tst_ui_people.moc"

namespace {
qint64 ticketFor(Database &database, const Person &person, const QString &title)
{
    NewTicket ticket;
    ticket.title = title;
    ticket.requesterName = person.name;
    ticket.requesterEmail = person.email;
    ticket.requesterPersonId = person.id;
    Transaction transaction(database);
    const qint64 id = TicketRepository(database).create(ticket, Priority::P3, std::nullopt).id;
    transaction.commit();
    return id;
}
} // namespace

void TestUiPeople::ticketPane_requesterCard_showsPersonAndTheirOtherOpenTickets()
{
    const auto anna = personByEmail(u"anna.kowalski@example.org"_s);
    QVERIFY(anna);
    const qint64 first = ticketFor(m_server->database(), *anna, u"Laptop fan loud"_s);
    const qint64 second = ticketFor(m_server->database(), *anna, u"Badge does not open door 3"_s);
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    TicketDock *dock = window->ticketDock();
    QSignalSpy facts(dock, &TicketDock::factsLoaded);
    dock->showTicket(first);
    QVERIFY(facts.wait(5000));
    const auto *card = dock->findChild<QLabel *>(u"requesterCard"_s);
    QVERIFY(card->text().contains(u"Finance"_s));
    QVERIFY(card->text().contains(u"Marta Nowak"_s)); // the manager
    const auto *others = dock->findChild<QLabel *>(u"requesterOtherTickets"_s);
    const QString secondNumber = TicketRepository(m_server->database()).find(second)->number;
    QVERIFY2(others->text().contains(secondNumber), qPrintable(others->text()));
    QVERIFY(!others->text().contains(TicketRepository(m_server->database()).find(first)->number));
    // A number is a way to that ticket.
    QSignalSpy shown(dock, &TicketDock::ticketShown);
    QMetaObject::invokeMethod(const_cast<QLabel *>(others), "linkActivated", Q_ARG(QString, u"ticket:%1"_s.arg(second)));
    QVERIFY(shown.wait(5000));
    QCOMPARE(dock->ticket()->id, second);
    const auto *routing = dock->findChild<QLabel *>(u"ticketRouting"_s);
    QVERIFY(routing->text().contains(DisplayText::channelText(ContactChannel::Phone)));
}

void TestUiPeople::ticketPane_escalate_movesUpATierWithTheNoteAndShowsThePath()
{
    const auto anna = personByEmail(u"anna.kowalski@example.org"_s);
    QVERIFY(anna);
    const qint64 id = ticketFor(m_server->database(), *anna, u"CRM export times out"_s);
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    TicketDock *dock = window->ticketDock();
    QSignalSpy facts(dock, &TicketDock::factsLoaded);
    dock->showTicket(id);
    QVERIFY(facts.wait(5000));
    QCOMPARE(dock->findChild<QLabel *>(u"ticketEscalationPath"_s)->text(), DisplayText::escalationPathText({}, SupportTier::L1));

    window->findChild<QAction *>(u"actionEscalate"_s)->trigger();
    auto *dialog = dock->findChild<EscalateDialog *>();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    auto *ok = dialog->findChild<QPushButton *>(u"escalateOk"_s);
    QVERIFY(!ok->isEnabled()); // nothing said about what was tried yet
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"escalateNote"_s), u"Tried a smaller export"_s);
    QVERIFY(ok->isEnabled());
    QSignalSpy changed(dock, &TicketDock::ticketChanged);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().at(0).value<Ticket>().tier, SupportTier::L2);
    QVERIFY(facts.wait(5000));
    QCOMPARE(dock->findChild<QLabel *>(u"ticketEscalationPath"_s)->text(), u"L1 → L2"_s);
    QVERIFY(dock->findChild<QLabel *>(u"ticketEscalationPath"_s)->toolTip().contains(u"Tried a smaller export"_s));
    const auto stored = TicketRepository(m_server->database()).find(id);
    QCOMPARE(stored->tier, SupportTier::L2);
    QCOMPARE(stored->escalationCount, 1);
}
