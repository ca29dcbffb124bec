// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Helpline {

// Reads CSV as spreadsheets and HR systems write it (RFC 4180): quoted fields may hold the
// delimiter, doubled quotes and line breaks. The delimiter is guessed from the header line
// (comma, semicolon or tab: a German Excel writes semicolons). A leading byte-order mark is
// dropped.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // where the record starts, 1-based
        QStringList fields;
    };

    explicit CsvReader(QStringView text);

    QList<Record> records() const { return m_records; }
    QChar delimiter() const { return m_delimiter; }
    // Empty when the text was read to its end; otherwise what stopped it.
    QString error() const { return m_error; }

private:
    QList<Record> m_records;
    QChar m_delimiter = u',';
    QString m_error;
};

} // namespace Helpline
