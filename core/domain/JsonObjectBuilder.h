// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Helpline {

// Builds a QJsonObject through the same field calls as JsonTextWriter, so one description of
// a value's wire form serves both (see Ticket::writeJson).
class JsonObjectBuilder
{
public:
    void beginObject(QStringView key = {});
    void endObject();

    void field(QStringView key, const QString &value) { put(key, value); }
    void field(QStringView key, qint64 value) { put(key, value); }
    void field(QStringView key, int value) { put(key, value); }
    void field(QStringView key, bool value) { put(key, value); }
    void nullField(QStringView key) { put(key, QJsonValue(QJsonValue::Null)); }

    // The outermost object, once every object is closed.
    QJsonObject object() const { return m_done; }

private:
    void put(QStringView key, const QJsonValue &value);

    struct Open
    {
        QString key;
        QJsonObject object;
    };
    QList<Open> m_open;
    QJsonObject m_done;
};

} // namespace Helpline
