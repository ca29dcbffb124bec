// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTest.h"

#include "HttpClient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

void ServerTest::initTestCase()
{
    qInfo("database backend: %s", qPrintable(m_backend.name()));
}

void ServerTest::init()
{
    m_fixture = std::make_unique<ServerFixture>(m_backend);
}

void ServerTest::cleanup()
{
    Clock::install(nullptr);
    m_tokens.clear();
    m_fixture.reset();
    m_clock.reset();
}

ManualClock &ServerTest::installClock(const QDateTime &start)
{
    m_clock = std::make_unique<ManualClock>(start);
    Clock::install(m_clock.get());
    return *m_clock;
}

QString ServerTest::token(Role role)
{
    if (!m_tokens.contains(role))
        m_tokens.insert(role, fx().login(role));
    return m_tokens.value(role);
}

QJsonObject ServerTest::createTicket(const QJsonObject &body)
{
    const HttpResponse response = fx().http().post(u"/tickets"_s, body, token(Role::Analyst));
    QVERIFY2(response.status == 201, qPrintable(u"HTTP %1: %2"_s.arg(response.status)
                                                    .arg(QString::fromUtf8(response.body))));
    return response.json();
}

QTEST_GUILESS_MAIN(ServerTest)
