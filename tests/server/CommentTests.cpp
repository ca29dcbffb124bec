// SPDX-License-Identifier: GPL-3.0-or-later
// A ticket's conversation: public replies and internal notes.
#include "ServerTest.h"

#include "CommentRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

qint64 idOf(const QJsonObject &ticket) { return ticket.value(u"id"_s).toInteger(); }

QJsonObject ticketBody()
{
    return {{u"title"_s, u"VPN drops"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

} // namespace

void ServerTest::comments_replyAndNote_areListedInOrderWithAuthor()
{
    const qint64 id = idOf(createTicket(ticketBody()));
    const QString path = u"/tickets/%1/comments"_s.arg(id);
    const HttpResponse reply = fx().http().post(
        path, {{u"body"_s, u"Hi Ann, please restart the VPN client."_s}, {u"visibility"_s, u"public"_s}},
        token(Role::Analyst));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(reply.json().value(u"author"_s).toObject().value(u"name"_s).toString(),
             fx().user(Role::Analyst).displayName);
    const HttpResponse note = fx().http().post(
        path, {{u"body"_s, u"  Firewall log shows **idle timeouts**."_s}, {u"visibility"_s, u"internal"_s}},
        token(Role::Senior));
    QCOMPARE(note.status, 201);

    const HttpResponse list = fx().http().get(path, token(Role::Analyst));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"body"_s).toString(), u"Hi Ann, please restart the VPN client."_s);
    QCOMPARE(items.at(1).toObject().value(u"visibility"_s).toString(), u"internal"_s);
    QCOMPARE(items.at(1).toObject().value(u"body"_s).toString(), u"  Firewall log shows **idle timeouts**."_s);
    QCOMPARE(items.at(1).toObject().value(u"author"_s).toObject().value(u"id"_s).toInteger(), fx().user(Role::Senior).id);

    // The history records who wrote to whom.
    const QJsonArray history = fx().http().get(u"/tickets/%1/history"_s.arg(id), token(Role::Analyst))
                                   .json().value(u"items"_s).toArray();
    QCOMPARE(history.at(1).toObject().value(u"action"_s).toString(), u"replied"_s);
    QCOMPARE(history.at(2).toObject().value(u"action"_s).toString(), u"noted"_s);
}

void ServerTest::comments_invalid_returns422WithFields()
{
    const qint64 id = idOf(createTicket(ticketBody()));
    const QString path = u"/tickets/%1/comments"_s.arg(id);
    const HttpResponse blank = fx().http().post(path, {{u"body"_s, u"   "_s}, {u"visibility"_s, u"public"_s}}, token(Role::Analyst));
    QCOMPARE(blank.status, 422);
    QCOMPARE(fieldsOf(blank).value(u"body"_s).toString(), u"required"_s);
    const HttpResponse bad = fx().http().post(path, {{u"body"_s, u"x"_s}, {u"visibility"_s, u"everyone"_s}, {u"author_id"_s, 1}},
                                              token(Role::Analyst));
    QCOMPARE(bad.status, 422);
    QCOMPARE(fieldsOf(bad).value(u"visibility"_s).toString(), u"invalid"_s);
    QCOMPARE(fieldsOf(bad).value(u"author_id"_s).toString(), u"unknown_field"_s);
    const HttpResponse tooLong = fx().http().post(path, {{u"body"_s, QString(Comment::bodyMax + 1, u'x')}, {u"visibility"_s, u"internal"_s}},
                                                  token(Role::Analyst));
    QCOMPARE(tooLong.status, 422);
    QCOMPARE(fieldsOf(tooLong).value(u"body"_s).toString(), u"too_long"_s);
    QCOMPARE(CommentRepository(fx().database()).forTicket(id).size(), 0);
}

void ServerTest::comments_unknownTicket_returns404AndRoomStaff403()
{
    QCOMPARE(fx().http().post(u"/tickets/424242/comments"_s, {{u"body"_s, u"x"_s}, {u"visibility"_s, u"public"_s}},
                              token(Role::Analyst)).status, 404);
    QCOMPARE(fx().http().get(u"/tickets/424242/comments"_s, token(Role::Analyst)).status, 404);
    const qint64 id = idOf(createTicket(ticketBody()));
    QCOMPARE(fx().http().post(u"/tickets/%1/comments"_s.arg(id), {{u"body"_s, u"x"_s}, {u"visibility"_s, u"public"_s}},
                              token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(u"/tickets/%1/comments"_s.arg(id), token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(u"/tickets/%1/comments"_s.arg(id)).status, 401);
}

void ServerTest::comments_sameIdempotencyKey_addsOnce()
{
    const qint64 id = idOf(createTicket(ticketBody()));
    const QJsonObject body{{u"body"_s, u"Replaced the cable."_s}, {u"visibility"_s, u"public"_s}};
    const HttpResponse first = fx().http().postIdempotent(u"/tickets/%1/comments"_s.arg(id), body, token(Role::Analyst), "reply-1");
    const HttpResponse again = fx().http().postIdempotent(u"/tickets/%1/comments"_s.arg(id), body, token(Role::Analyst), "reply-1");
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(CommentRepository(fx().database()).forTicket(id).size(), 1);
}
