// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Helpline {

// Writes compact JSON text straight into UTF-8 bytes, for the answers the queue asks for
// most: fifty ticket summaries built as QJsonObjects and then serialised cost more than the
// query that read them. Used through the same field calls as JsonObjectBuilder, so a value
// type describes its wire form once (see Ticket::writeJson).
class JsonTextWriter
{
public:
    void beginObject(QStringView key = {});
    void endObject();
    void beginArray(QStringView key = {});
    void endArray();

    void field(QStringView key, const QString &value);
    void field(QStringView key, qint64 value);
    void field(QStringView key, int value) { field(key, qint64(value)); }
    void field(QStringView key, bool value);
    void nullField(QStringView key);

    const QByteArray &text() const { return m_text; }

private:
    void startValue(QStringView key); // the comma before a sibling, then "key":
    void appendString(QStringView text);

    QByteArray m_text;
    QList<bool> m_hasValue; // per open object or array: a value was written already
};

} // namespace Helpline
