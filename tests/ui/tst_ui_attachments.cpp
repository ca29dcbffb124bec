// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments as an analyst meets them, offscreen, against a real server on loopback: files
// dropped on the reply and screenshots pasted into it are uploaded and listed; images are
// previewed; saving writes the same bytes; a refused file says why and loses nothing typed.
#include "AttachmentRepository.h"
#include "AttachmentTableModel.h"
#include "AttachmentsPanel.h"
#include "ClientUnderTest.h"
#include "InProcessServer.h"
#include "MainWindow.h"
#include "QueueDock.h"
#include "TicketDock.h"
#include "TicketTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Helpline;
using namespace Qt::StringLiterals;

class TestUiAttachments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void composer_droppedFile_isUploadedListedAndKeepsText();
    void composer_pastedScreenshot_isUploadedAsPngWithThumbnailAndPreview();
    void composer_pastedText_staysText();
    void composer_fileOverTheLimit_saysWhyAndUploadsNothing();
    void panel_saveTo_writesTheStoredBytes();
    void panel_model_passesModelTester();

private:
    // Signs in as the analyst and opens a ticket in the Ticket pane; returns its id (0: failed).
    qint64 openTicket(int row = 0);
    QPlainTextEdit *composerText() const;
    AttachmentsPanel *panel() const;
    QString composerUploadText() const;
    // Drops local files on the composer's text, as a file manager would.
    void dropFiles(const QStringList &paths);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
    MainWindow *m_window = nullptr;
};

void TestUiAttachments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_attachments"_s);
    m_server = std::make_unique<InProcessServer>(6);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestUiAttachments::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiAttachments::cleanup()
{
    m_window = nullptr;
    m_client.reset();
}

qint64 TestUiAttachments::openTicket(int row)
{
    m_window = m_client->signIn(u"analyst"_s);
    if (!m_window)
        return 0;
    QueueDock *queue = m_window->queueDock();
    if (!QTest::qWaitFor([&] { return queue->model()->rowCount() == 6; }))
        return 0;
    QSignalSpy loaded(m_window->ticketDock(), &TicketDock::attachmentsLoaded);
    const QModelIndex index = queue->view()->model()->index(row, 0);
    queue->view()->setCurrentIndex(index);
    const qint64 id = index.data(TicketTableModel::TicketIdRole).toLongLong();
    if (!loaded.wait(5000) || loaded.constLast().at(0).toLongLong() != id)
        return 0;
    return id;
}

QPlainTextEdit *TestUiAttachments::composerText() const
{
    return m_window->ticketDock()->findChild<QPlainTextEdit *>(u"composerText"_s);
}

AttachmentsPanel *TestUiAttachments::panel() const
{
    return m_window->ticketDock()->findChild<AttachmentsPanel *>(u"attachmentsPanel"_s);
}

QString TestUiAttachments::composerUploadText() const
{
    const QWidget *status = m_window->ticketDock()->findChild<QWidget *>(u"composerUploadStatus"_s);
    return status->findChild<QLabel *>(u"uploadStatusText"_s)->text();
}

void TestUiAttachments::dropFiles(const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data.setUrls(urls);
    QWidget *target = composerText()->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

QString TestUiAttachments::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_client->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestUiAttachments::composer_droppedFile_isUploadedListedAndKeepsText()
{
    const qint64 ticketId = openTicket(0);
    QVERIFY(ticketId > 0);
    QTest::keyClicks(composerText(), u"Log attached, see line 40."_s);
    const QByteArray log = "2025-03-14 09:30:12 vpn: tunnel down (idle timeout)\n";
    const QString path = writeFile(u"vpn client.log"_s, log);
    QVERIFY(!path.isEmpty());

    dropFiles({path});
    AttachmentRepository attachments(m_server->database());
    QTRY_COMPARE(attachments.forTicket(ticketId).size(), 1);
    const Attachment stored = attachments.forTicket(ticketId).constFirst();
    QCOMPARE(stored.fileName, u"vpn client.log"_s);
    QCOMPARE(stored.size, log.size());
    QCOMPARE(stored.contentType, u"text/plain"_s);

    // The pane lists it (name, size, who, when), the tab counts it, the history tells it.
    QTRY_COMPARE(panel()->model()->rowCount(), 1);
    const QAbstractItemModel *model = panel()->view()->model();
    QCOMPARE(model->index(0, AttachmentTableModel::Name).data().toString(), u"vpn client.log"_s);
    QVERIFY(!model->index(0, AttachmentTableModel::Size).data().toString().isEmpty());
    QCOMPARE(model->index(0, AttachmentTableModel::UploadedBy).data().toString(), u"Alex Morgan"_s);
    QVERIFY(!model->index(0, AttachmentTableModel::Added).data().toString().isEmpty());
    auto *tabs = m_window->ticketDock()->findChild<QTabWidget *>(u"ticketTabs"_s);
    QCOMPARE(tabs->tabText(2), u"A&ttachments (1)"_s);
    QTRY_COMPARE(composerUploadText(), u"Attached vpn client.log."_s);
    auto *history = m_window->ticketDock()->findChild<QTreeWidget *>(u"ticketHistory"_s);
    QTRY_VERIFY(history->topLevelItemCount() > 0
                && history->topLevelItem(0)->text(2) == u"Attached vpn client.log"_s);

    // What was typed is untouched: no path, no link, no lost word.
    QCOMPARE(composerText()->toPlainText(), u"Log attached, see line 40."_s);
}

void TestUiAttachments::composer_pastedScreenshot_isUploadedAsPngWithThumbnailAndPreview()
{
    const qint64 ticketId = openTicket(1);
    QVERIFY(ticketId > 0);
    QImage screenshot(320, 200, QImage::Format_RGB32);
    screenshot.fill(QColor(200, 30, 30));
    QApplication::clipboard()->setImage(screenshot);
    composerText()->setFocus();
    QTest::keyClicks(composerText(), u"Error dialog:"_s);
    QTest::keyClick(composerText(), Qt::Key_V, Qt::ControlModifier);

    AttachmentRepository attachments(m_server->database());
    QTRY_COMPARE(attachments.forTicket(ticketId).size(), 1);
    const Attachment stored = attachments.forTicket(ticketId).constFirst();
    QVERIFY2(QRegularExpression(u"^screenshot-\\d{4}-\\d\\d-\\d\\d-\\d{6}\\.png$"_s).match(stored.fileName).hasMatch(),
             qPrintable(stored.fileName));
    QCOMPARE(stored.contentType, u"image/png"_s);
    QCOMPARE(composerText()->toPlainText(), u"Error dialog:"_s);

    // A thumbnail in the list, and the picture itself in the preview.
    QTRY_VERIFY(panel()->model()->hasThumbnail(stored.id));
    const auto thumbnail = panel()->view()->model()->index(0, AttachmentTableModel::Name).data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!thumbnail.isNull());
    QVERIFY(thumbnail.deviceIndependentSize().width() <= 40);
    QSignalSpy shown(panel(), &AttachmentsPanel::previewShown);
    m_window->ticketDock()->findChild<QTabWidget *>(u"ticketTabs"_s)->setCurrentWidget(panel());
    panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0));
    panel()->view()->setFocus();
    QTest::keyClick(panel()->view(), Qt::Key_Return); // the keyboard's way to open a file
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.constFirst().at(0).toLongLong(), stored.id);
    QVERIFY(panel()->previewDialog());
    const auto *picture = panel()->previewDialog()->findChild<QLabel *>(u"attachmentPreviewImage"_s);
    QCOMPARE(picture->pixmap().size(), QSize(320, 200));
    QCOMPARE(picture->pixmap().toImage().pixelColor(10, 10), QColor(200, 30, 30));
}

void TestUiAttachments::composer_pastedText_staysText()
{
    const qint64 ticketId = openTicket(2);
    QVERIFY(ticketId > 0);
    // A selection copied from a document brings a picture of itself: it is still text.
    auto *data = new QMimeData;
    data->setText(u"copied words"_s);
    data->setImageData(QImage(10, 10, QImage::Format_RGB32));
    QApplication::clipboard()->setMimeData(data);
    composerText()->setFocus();
    QTest::keyClick(composerText(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(composerText()->toPlainText(), u"copied words"_s);
    QTest::qWait(200);
    QCOMPARE(AttachmentRepository(m_server->database()).forTicket(ticketId).size(), 0);
}

void TestUiAttachments::composer_fileOverTheLimit_saysWhyAndUploadsNothing()
{
    const qint64 ticketId = openTicket(3);
    QVERIFY(ticketId > 0);
    QTest::keyClicks(composerText(), u"Here is the disk image"_s);
    const QString path = m_client->filePath(u"disk.img"_s);
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(Attachment::defaultMaxBytes + 1)); // sparse: nothing is really written
    big.close();

    dropFiles({path});
    QTRY_VERIFY(composerUploadText().startsWith(u"disk.img was not attached:"_s));
    QVERIFY(composerUploadText().contains(u"at most"_s));
    QCOMPARE(composerText()->toPlainText(), u"Here is the disk image"_s);

    // A file that can be sent still goes, and the message moves on.
    dropFiles({writeFile(u"small.txt"_s, "fits\n")});
    AttachmentRepository attachments(m_server->database());
    QTRY_COMPARE(attachments.forTicket(ticketId).size(), 1);
    QCOMPARE(attachments.forTicket(ticketId).constFirst().fileName, u"small.txt"_s);
    QTRY_COMPARE(composerUploadText(), u"Attached small.txt."_s);
}

void TestUiAttachments::panel_saveTo_writesTheStoredBytes()
{
    const qint64 ticketId = openTicket(4);
    QVERIFY(ticketId > 0);
    QByteArray pdf = "%PDF-1.7\n";
    pdf += QByteArray(5000, 'x');
    dropFiles({writeFile(u"quote.pdf"_s, pdf)});
    QTRY_COMPARE(panel()->model()->rowCount(), 1);
    const qint64 id = panel()->model()->attachments().constFirst().id;

    const QString target = m_client->filePath(u"saved/quote copy.pdf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    QSignalSpy saved(panel(), &AttachmentsPanel::saved);
    panel()->saveTo(id, target);
    QVERIFY(saved.wait(5000));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
}

void TestUiAttachments::panel_model_passesModelTester()
{
    const qint64 ticketId = openTicket(5);
    QVERIFY(ticketId > 0);
    QAbstractItemModelTester tester(panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dropFiles({writeFile(u"one.txt"_s, "1\n"), writeFile(u"two.txt"_s, "2\n")});
    QTRY_COMPARE(panel()->model()->rowCount(), 2);
    panel()->reload();
    QSignalSpy loaded(panel(), &AttachmentsPanel::loaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(panel()->model()->rowCount(), 2);
}

QTEST_MAIN(TestUiAttachments)
#include "tst_ui_attachments.moc"
