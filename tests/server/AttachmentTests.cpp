// SPDX-License-Identifier: GPL-3.0-or-later
// Files attached to tickets: stored under names of the server's own, typed by their bytes,
// limited in size, handed out only as downloads.
#include "ServerTest.h"

#include "AttachmentRepository.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

// The first bytes of a PNG file: enough for anyone who looks at the content to know it.
const QByteArray pngBytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
    + QByteArray(64, '\0');
const QByteArray htmlBytes = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n";

QJsonObject ticketBody()
{
    return {{u"title"_s, u"Printer shows an error"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QUrlQuery nameQuery(const QString &fileName)
{
    QUrlQuery query;
    // Encoded here, so that '%', '&', '+' and line breaks reach the server as typed.
    query.addQueryItem(u"file_name"_s, QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    return query;
}

QString hexSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Uploads `bytes` as the analyst (or `token`) claiming `claimedType`.
HttpResponse uploadAttachment(ServerFixture &fx, qint64 ticketId, const QString &fileName, const QByteArray &bytes,
                              const QString &token, const QByteArray &claimedType = "application/octet-stream",
                              const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    return fx.http().send("POST", u"/tickets/%1/attachments"_s.arg(ticketId), bytes, claimedType, token,
                          nameQuery(fileName), headers);
}

} // namespace

void ServerTest::attachments_upload_listsDescribesAndDownloadsTheSameBytes()
{
    const qint64 ticketId = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const HttpResponse created = uploadAttachment(fx(), ticketId, u"error screen.png"_s, pngBytes, token(Role::Analyst));
    QCOMPARE(created.status, 201);
    const QJsonObject attachment = created.json();
    const qint64 id = attachment.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.header("Location"), "/api/v1/attachments/" + QByteArray::number(id));
    QCOMPARE(attachment.value(u"ticket_id"_s).toInteger(), ticketId);
    QCOMPARE(attachment.value(u"file_name"_s).toString(), u"error screen.png"_s);
    QCOMPARE(attachment.value(u"content_type"_s).toString(), u"image/png"_s);
    QCOMPARE(attachment.value(u"size"_s).toInteger(), pngBytes.size());
    QCOMPARE(attachment.value(u"sha256"_s).toString(), hexSha256(pngBytes));
    QCOMPARE(attachment.value(u"uploaded_by"_s).toObject().value(u"id"_s).toInteger(), fx().user(Role::Analyst).id);
    QCOMPARE(attachment.value(u"uploaded_by"_s).toObject().value(u"name"_s).toString(),
             fx().user(Role::Analyst).displayName);
    QVERIFY(!attachment.value(u"created_at"_s).toString().isEmpty());

    const HttpResponse second = uploadAttachment(fx(), ticketId, u"Résumé 2024.pdf"_s, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
                                                 token(Role::Senior));
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(u"content_type"_s).toString(), u"application/pdf"_s);

    const HttpResponse list = fx().http().get(u"/tickets/%1/attachments"_s.arg(ticketId), token(Role::Analyst));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject(), attachment);
    QCOMPARE(items.at(1).toObject().value(u"file_name"_s).toString(), u"Résumé 2024.pdf"_s);

    const HttpResponse described = fx().http().get(u"/attachments/%1"_s.arg(id), token(Role::Analyst));
    QCOMPARE(described.status, 200);
    QCOMPARE(described.json(), attachment);

    const HttpResponse content = fx().http().get(u"/attachments/%1/content"_s.arg(id), token(Role::Analyst));
    QCOMPARE(content.status, 200);
    QCOMPARE(content.body, pngBytes);
    QCOMPARE(content.header("Content-Type"), "image/png");
    QCOMPARE(content.header("Content-Disposition"),
             "attachment; filename=\"error screen.png\"; filename*=UTF-8''error%20screen.png");
    QCOMPARE(content.header("X-Content-Type-Options"), "nosniff");
    QVERIFY(content.header("Content-Security-Policy").startsWith("sandbox"));

    const HttpResponse pdf = fx().http().get(u"/attachments/%1/content"_s.arg(second.json().value(u"id"_s).toInteger()),
                                             token(Role::Analyst));
    QCOMPARE(pdf.header("Content-Disposition"),
             "attachment; filename=\"R_sum_ 2024.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%202024.pdf");

    // Each upload is in the ticket's history, in the same transaction as its record.
    const QJsonArray history = fx().http().get(u"/tickets/%1/history"_s.arg(ticketId), token(Role::Analyst))
                                   .json().value(u"items"_s).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).toObject().value(u"action"_s).toString(), u"attached"_s);
}

void ServerTest::attachments_contentType_comesFromTheBytesNotTheClaim()
{
    const qint64 ticketId = createTicket(ticketBody()).value(u"id"_s).toInteger();
    // A page dressed up as a picture stays a page, and is only ever a download.
    const HttpResponse page = uploadAttachment(fx(), ticketId, u"holiday.png"_s, htmlBytes, token(Role::Analyst), "image/png");
    QCOMPARE(page.status, 201);
    QCOMPARE(page.json().value(u"content_type"_s).toString(), u"text/html"_s);
    const HttpResponse served = fx().http().get(
        u"/attachments/%1/content"_s.arg(page.json().value(u"id"_s).toInteger()), token(Role::Analyst));
    QCOMPARE(served.header("Content-Type"), "text/html");
    QVERIFY(served.header("Content-Disposition").startsWith("attachment;"));
    QCOMPARE(served.header("X-Content-Type-Options"), "nosniff");

    // A picture called text is a picture.
    const HttpResponse picture = uploadAttachment(fx(), ticketId, u"notes.txt"_s, pngBytes, token(Role::Analyst), "text/plain");
    QCOMPARE(picture.json().value(u"content_type"_s).toString(), u"image/png"_s);

    // Bytes nobody recognises are just bytes.
    const HttpResponse unknown = uploadAttachment(fx(), ticketId, u"dump.png"_s, QByteArray::fromHex("00ff00fe01fd02fc"),
                                                  token(Role::Analyst), "image/png");
    QCOMPARE(unknown.json().value(u"content_type"_s).toString(), u"application/octet-stream"_s);
}

void ServerTest::attachments_hostileNames_areStoredSafelyAndServedSanitised()
{
    const qint64 ticketId = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QList<std::pair<QString, QString>> cases{
        {u"../../etc/passwd"_s, u"passwd"_s},
        {u"..\\..\\Windows\\win.ini"_s, u"win.ini"_s},
        {u"/etc/shadow"_s, u"shadow"_s},
        {u".htaccess"_s, u"htaccess"_s},
        {u".."_s, u"attachment"_s},
        {u"report.pdf\r\nX-Injected: yes"_s, u"report.pdf__X-Injected_ yes"_s},
        {u"a\"b<c>d|e?f*g.txt"_s, u"a_b_c_d_e_f_g.txt"_s},
        {u"invoice\u202Efdp.exe"_s, u"invoice_fdp.exe"_s}, // a right-to-left override hides the real extension
        {u"100% & more+.txt"_s, u"100% & more+.txt"_s},
        {QString(300, u'x') + u".log"_s, QString(Attachment::fileNameMax - 4, u'x') + u".log"_s},
    };
    for (const auto &[offered, expected] : cases) {
        const HttpResponse created = uploadAttachment(fx(), ticketId, offered, offered.toUtf8(), token(Role::Analyst));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"file_name"_s).toString(), expected);
        const HttpResponse served = fx().http().get(
            u"/attachments/%1/content"_s.arg(created.json().value(u"id"_s).toInteger()), token(Role::Analyst));
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, offered.toUtf8());
        const QByteArray disposition = served.header("Content-Disposition");
        QVERIFY2(disposition.endsWith("filename*=UTF-8''" + expected.toUtf8().toPercentEncoding()), disposition.constData());
        QVERIFY(!disposition.contains('/') && !disposition.contains('\r') && !disposition.contains('\n'));
        QVERIFY(served.header("X-Injected").isEmpty());
    }

    // Whatever the names, every file on disk sits under the data directory with a name the
    // server made: the SHA-256 of its bytes.
    const QDir dataDir(fx().settings().dataDir);
    const QRegularExpression generated(u"^attachments/[0-9a-f]{2}/[0-9a-f]{64}$"_s);
    int files = 0;
    for (QDirIterator it(dataDir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories); it.hasNext();) {
        const QString relative = dataDir.relativeFilePath(it.next());
        QVERIFY2(generated.match(relative).hasMatch(), qPrintable(relative));
        ++files;
    }
    QCOMPARE(files, cases.size());
}

void ServerTest::attachments_overTheLimit_returns413AndStoresNothing()
{
    const qint64 ticketId = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const qint64 limit = fx().settings().maxAttachmentBytes;
    QCOMPARE(limit, 25 * 1024 * 1024);
    const HttpResponse tooBig = uploadAttachment(fx(), ticketId, u"disk.img"_s, QByteArray(limit + 1, 'a'), token(Role::Analyst));
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(tooBig.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"attachment_too_large"_s);
    QVERIFY(AttachmentRepository(fx().database()).forTicket(ticketId).isEmpty());
    QVERIFY(!QDir(fx().settings().dataDir).exists(u"attachments"_s));

    // The limit itself is allowed, and far past the limit for JSON bodies.
    const HttpResponse atLimit = uploadAttachment(fx(), ticketId, u"disk.img"_s, QByteArray(limit, 'a'), token(Role::Analyst));
    QCOMPARE(atLimit.status, 201);
    QCOMPARE(atLimit.json().value(u"size"_s).toInteger(), limit);
}

void ServerTest::attachments_roles_unknownIds_andMissingParts()
{
    const qint64 ticketId = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const HttpResponse created = uploadAttachment(fx(), ticketId, u"a.png"_s, pngBytes, token(Role::Analyst));
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(u"id"_s).toInteger();

    // Room staff do not work tickets: neither their files.
    const QString rooms = token(Role::RoomStaff);
    QCOMPARE(uploadAttachment(fx(), ticketId, u"b.png"_s, pngBytes, rooms).status, 403);
    QCOMPARE(fx().http().get(u"/tickets/%1/attachments"_s.arg(ticketId), rooms).status, 403);
    QCOMPARE(fx().http().get(u"/attachments/%1"_s.arg(id), rooms).status, 403);
    QCOMPARE(fx().http().get(u"/attachments/%1/content"_s.arg(id), rooms).status, 403);
    QCOMPARE(fx().http().get(u"/attachments/%1/content"_s.arg(id)).status, 401);
    QCOMPARE(uploadAttachment(fx(), ticketId, u"b.png"_s, pngBytes, {}).status, 401);

    const QString analyst = token(Role::Analyst);
    QCOMPARE(uploadAttachment(fx(), 999999, u"b.png"_s, pngBytes, analyst).status, 404);
    QCOMPARE(fx().http().get(u"/tickets/999999/attachments"_s, analyst).status, 404);
    QCOMPARE(fx().http().get(u"/attachments/%1"_s.arg(id + 1000), analyst).status, 404);
    QCOMPARE(fx().http().get(u"/attachments/%1/content"_s.arg(id + 1000), analyst).status, 404);
    QCOMPARE(fx().http().get(u"/attachments/abc/content"_s, analyst).status, 404);

    // Another ticket lists only its own files.
    const qint64 otherTicket = createTicket(ticketBody()).value(u"id"_s).toInteger();
    QCOMPARE(fx().http().get(u"/tickets/%1/attachments"_s.arg(otherTicket), analyst).json().value(u"items"_s).toArray().size(), 0);

    const HttpResponse noName = fx().http().send("POST", u"/tickets/%1/attachments"_s.arg(ticketId), pngBytes,
                                                 "image/png", analyst);
    QCOMPARE(noName.status, 422);
    QCOMPARE(noName.json().value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"file_name"_s).toString(),
             u"required"_s);
    const HttpResponse empty = uploadAttachment(fx(), ticketId, u"empty.txt"_s, QByteArray(""), analyst);
    QCOMPARE(empty.status, 422);
    QCOMPARE(empty.json().value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"content"_s).toString(),
             u"empty"_s);
    QCOMPARE(AttachmentRepository(fx().database()).forTicket(ticketId).size(), 1);
}

void ServerTest::attachments_sameIdempotencyKey_attachesOnce()
{
    const qint64 ticketId = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QString analyst = token(Role::Analyst);
    const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "upload-7f3a"}};
    const HttpResponse first = uploadAttachment(fx(), ticketId, u"a.png"_s, pngBytes, analyst, "image/png", key);
    QCOMPARE(first.status, 201);
    const HttpResponse replay = uploadAttachment(fx(), ticketId, u"a.png"_s, pngBytes, analyst, "image/png", key);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), "true");
    QCOMPARE(replay.json(), first.json());
    QCOMPARE(replay.header("Location"), first.header("Location"));
    QCOMPARE(AttachmentRepository(fx().database()).forTicket(ticketId).size(), 1);

    // The same bytes under another name are another request.
    const HttpResponse renamed = uploadAttachment(fx(), ticketId, u"b.png"_s, pngBytes, analyst, "image/png", key);
    QCOMPARE(renamed.status, 422);
    QCOMPARE(renamed.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"idempotency_key_reused"_s);
    QCOMPARE(AttachmentRepository(fx().database()).forTicket(ticketId).size(), 1);
}
