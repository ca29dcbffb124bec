// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

// Counts the candidates in the header line outside quotes: "Surname, Given name";E-Mail is
// a semicolon file.
QChar guessDelimiter(QStringView text)
{
    QString header;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'\n' && !quoted)
            break;
        else if (!quoted)
            header.append(c);
    }
    QChar best = u',';
    qsizetype bestCount = 0;
    for (QChar candidate : {u',', u';', u'\t'}) {
        const qsizetype count = header.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.constFirst().trimmed().isEmpty();
}

} // namespace

CsvReader::CsvReader(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    m_delimiter = guessDelimiter(text);

    Record record{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    const auto endRecord = [&] {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        if (!isBlank(record.fields))
            m_records.append(record);
        record = Record{line, {}};
        field.clear();
        fieldWasQuoted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == m_delimiter) {
            record.fields.append(fieldWasQuoted ? field : field.trimmed());
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            // part of a CRLF line end, or stray: never data
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (fieldWasQuoted) {
            if (!c.isSpace()) {
                m_error = u"text_after_quote:%1"_s.arg(line);
                return;
            }
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        m_error = u"unterminated_quote:%1"_s.arg(record.line);
        return;
    }
    endRecord();
}

} // namespace Helpline
