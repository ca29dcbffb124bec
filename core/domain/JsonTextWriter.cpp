// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTextWriter.h"

namespace Helpline {

void JsonTextWriter::startValue(QStringView key)
{
    if (!m_hasValue.isEmpty()) {
        if (m_hasValue.last())
            m_text.append(',');
        m_hasValue.last() = true;
    }
    if (!key.isNull()) {
        appendString(key);
        m_text.append(':');
    }
}

void JsonTextWriter::beginObject(QStringView key)
{
    startValue(key);
    m_text.append('{');
    m_hasValue.append(false);
}

void JsonTextWriter::endObject()
{
    m_hasValue.removeLast();
    m_text.append('}');
}

void JsonTextWriter::beginArray(QStringView key)
{
    startValue(key);
    m_text.append('[');
    m_hasValue.append(false);
}

void JsonTextWriter::endArray()
{
    m_hasValue.removeLast();
    m_text.append(']');
}

void JsonTextWriter::field(QStringView key, const QString &value)
{
    startValue(key);
    appendString(value);
}

void JsonTextWriter::field(QStringView key, qint64 value)
{
    startValue(key);
    m_text.append(QByteArray::number(value));
}

void JsonTextWriter::field(QStringView key, bool value)
{
    startValue(key);
    m_text.append(value ? "true" : "false");
}

void JsonTextWriter::nullField(QStringView key)
{
    startValue(key);
    m_text.append("null");
}

void JsonTextWriter::appendString(QStringView text)
{
    // RFC 8259: quote, backslash and the control characters are escaped; everything else,
    // including "/" and non-ASCII, goes out as UTF-8 as it is (as QJsonDocument writes it).
    static constexpr char hex[] = "0123456789abcdef";
    m_text.append('"');
    qsizetype plainFrom = 0;
    const auto flushPlain = [&](qsizetype upTo) {
        if (upTo > plainFrom)
            m_text.append(text.sliced(plainFrom, upTo - plainFrom).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"': m_text.append("\\\""); break;
        case u'\\': m_text.append("\\\\"); break;
        case u'\b': m_text.append("\\b"); break;
        case u'\f': m_text.append("\\f"); break;
        case u'\n': m_text.append("\\n"); break;
        case u'\r': m_text.append("\\r"); break;
        case u'\t': m_text.append("\\t"); break;
        default:
            m_text.append("\\u00");
            m_text.append(hex[(c >> 4) & 0xf]);
            m_text.append(hex[c & 0xf]);
        }
    }
    flushPlain(text.size());
    m_text.append('"');
}

} // namespace Helpline
