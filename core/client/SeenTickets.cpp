// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeenTickets.h"

#include "Clock.h"

#include <QSettings>
#include <QUrl>
#include <memory>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat);
}
} // namespace

SeenTickets::SeenTickets(const QString &username, const QString &settingsFile)
    : m_group(u"seen/"_s + QString::fromLatin1(QUrl::toPercentEncoding(username)))
    , m_settingsFile(settingsFile)
{
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(m_group);
    m_since = QDateTime::fromString(settings->value(u"since"_s).toString(), Qt::ISODateWithMs);
    // "id:version id:version …": one value, so a few thousand entries stay one settings line.
    const QStringList pairs = settings->value(u"versions"_s).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qint64 id = pair.section(u':', 0, 0).toLongLong();
        const int version = pair.section(u':', 1, 1).toInt();
        if (id > 0 && version > 0)
            m_versions.insert(id, version);
    }
    if (!m_since.isValid()) {
        // The first time here: everything already in the queue counts as seen.
        m_since = Clock::current().now();
        settings->setValue(u"since"_s, m_since.toString(Qt::ISODateWithMs));
    }
}

SeenTickets::Mark SeenTickets::markOf(const Ticket &ticket) const
{
    const auto seen = m_versions.constFind(ticket.id);
    if (seen != m_versions.cend())
        return ticket.version > *seen ? Mark::Updated : Mark::None;
    if (ticket.createdAt > m_since)
        return Mark::New;
    return ticket.updatedAt > m_since ? Mark::Updated : Mark::None;
}

void SeenTickets::markSeen(qint64 id, int version)
{
    if (m_versions.value(id) >= version)
        return;
    m_versions.insert(id, version);
    save();
}

void SeenTickets::save() const
{
    QList<qint64> ids = m_versions.keys();
    std::sort(ids.begin(), ids.end(), std::greater<>());
    if (ids.size() > remembered)
        ids.resize(remembered);
    QStringList pairs;
    for (qint64 id : std::as_const(ids))
        pairs << u"%1:%2"_s.arg(id).arg(m_versions.value(id));
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(m_group);
    settings->setValue(u"versions"_s, pairs.join(u' '));
}

} // namespace Helpline
