// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "CsvReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

using Records = QList<QStringList>;

Records fieldsOf(const CsvReader &reader)
{
    Records fields;
    for (const CsvReader::Record &record : reader.records())
        fields.append(record.fields);
    return fields;
}

QList<int> linesOf(const CsvReader &reader)
{
    QList<int> lines;
    for (const CsvReader::Record &record : reader.records())
        lines.append(record.line);
    return lines;
}

} // namespace

void DomainTest::csvReader_delimiter_isGuessedFromHeader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<Records>("records");

    QTest::addRow("comma") << u"name,email\nAnn,ann@example.org"_s << u","_s
                           << Records{{u"name"_s, u"email"_s}, {u"Ann"_s, u"ann@example.org"_s}};
    QTest::addRow("semicolon (German Excel)")
        << u"name;email;department\nAnn;ann@example.org;IT"_s << u";"_s
        << Records{{u"name"_s, u"email"_s, u"department"_s}, {u"Ann"_s, u"ann@example.org"_s, u"IT"_s}};
    QTest::addRow("tab") << u"name\temail\nAnn Smith\tann@example.org"_s << u"\t"_s
                         << Records{{u"name"_s, u"email"_s}, {u"Ann Smith"_s, u"ann@example.org"_s}};
    QTest::addRow("most frequent in header wins")
        << u"name;email;cost,centre\nAnn;ann@example.org;7,5"_s << u";"_s
        << Records{{u"name"_s, u"email"_s, u"cost,centre"_s}, {u"Ann"_s, u"ann@example.org"_s, u"7,5"_s}};
    QTest::addRow("header decides, not the data")
        << u"name;email\nSmith, Ann;ann@example.org"_s << u";"_s
        << Records{{u"name"_s, u"email"_s}, {u"Smith, Ann"_s, u"ann@example.org"_s}};
    QTest::addRow("single column falls back to comma")
        << u"email\nann@example.org"_s << u","_s << Records{{u"email"_s}, {u"ann@example.org"_s}};
    QTest::addRow("header after a BOM, with CRLF")
        << u"\uFEFFname\temail\r\nAnn\tann@example.org\r\n"_s << u"\t"_s
        << Records{{u"name"_s, u"email"_s}, {u"Ann"_s, u"ann@example.org"_s}};
}

void DomainTest::csvReader_delimiter_isGuessedFromHeader()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(Records, records);
    const CsvReader reader(text);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(QString(reader.delimiter()), delimiter);
    QCOMPARE(fieldsOf(reader), records);
}

void DomainTest::csvReader_text_givesRecordsWithTheirLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::addRow("empty text") << QString() << Records{} << QList<int>{};
    QTest::addRow("quoted delimiter")
        << u"name,note\nAnn,\"Smith, Ann\"\n"_s << Records{{u"name"_s, u"note"_s}, {u"Ann"_s, u"Smith, Ann"_s}}
        << QList<int>{1, 2};
    QTest::addRow("doubled quotes")
        << u"name,note\nAnn,\"say \"\"hi\"\"\"\n"_s
        << Records{{u"name"_s, u"note"_s}, {u"Ann"_s, u"say \"hi\""_s}} << QList<int>{1, 2};
    QTest::addRow("a field that is one quote") << u"a,b\n\"\"\"\",x"_s
                                               << Records{{u"a"_s, u"b"_s}, {u"\""_s, u"x"_s}} << QList<int>{1, 2};
    QTest::addRow("quoted empty field") << u"a,b,c\n\"\",x,\"\""_s
                                        << Records{{u"a"_s, u"b"_s, u"c"_s}, {QString(), u"x"_s, QString()}}
                                        << QList<int>{1, 2};
    QTest::addRow("line breaks inside quotes keep later lines right")
        << u"name,location\nAnn,\"Building 1\nFloor 2\nRoom 3\"\nBob,HQ\n"_s
        << Records{{u"name"_s, u"location"_s}, {u"Ann"_s, u"Building 1\nFloor 2\nRoom 3"_s}, {u"Bob"_s, u"HQ"_s}}
        << QList<int>{1, 2, 5};
    QTest::addRow("CRLF line ends")
        << u"name,email\r\n\"Ann\",ann@example.org\r\nBob,bob@example.org\r\n"_s
        << Records{{u"name"_s, u"email"_s}, {u"Ann"_s, u"ann@example.org"_s}, {u"Bob"_s, u"bob@example.org"_s}}
        << QList<int>{1, 2, 3};
    QTest::addRow("BOM dropped") << u"\uFEFFname,email\nAnn,ann@example.org"_s
                                 << Records{{u"name"_s, u"email"_s}, {u"Ann"_s, u"ann@example.org"_s}}
                                 << QList<int>{1, 2};
    QTest::addRow("blank and whitespace lines skipped")
        << u"name\n\nAnn\n   \n\t\n\r\nBob\n\n"_s << Records{{u"name"_s}, {u"Ann"_s}, {u"Bob"_s}}
        << QList<int>{1, 3, 7};
    QTest::addRow("a line of empty fields is not blank")
        << u"a,b,c\n,,\n"_s << Records{{u"a"_s, u"b"_s, u"c"_s}, {QString(), QString(), QString()}}
        << QList<int>{1, 2};
    QTest::addRow("unquoted trimmed, quoted kept as is")
        << u"a,b,c,d\n  Ann  ,\" Bob \",  \"Cy\"  ,\"\tDee\t\"\n"_s
        << Records{{u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {u"Ann"_s, u" Bob "_s, u"Cy"_s, u"\tDee\t"_s}}
        << QList<int>{1, 2};
    QTest::addRow("quote inside an unquoted field is data")
        << u"size,name\n5\" disk,O'Brien \"Bob\""_s
        << Records{{u"size"_s, u"name"_s}, {u"5\" disk"_s, u"O'Brien \"Bob\""_s}} << QList<int>{1, 2};
    QTest::addRow("trailing delimiter is an empty last field")
        << u"a,b\nx,\n"_s << Records{{u"a"_s, u"b"_s}, {u"x"_s, QString()}} << QList<int>{1, 2};
    QTest::addRow("rows may be short or long")
        << u"a,b\nx\ny,z,w"_s << Records{{u"a"_s, u"b"_s}, {u"x"_s}, {u"y"_s, u"z"_s, u"w"_s}}
        << QList<int>{1, 2, 3};
    QTest::addRow("quoted tab in a tab file")
        << u"a\tb\n\"x\ty\"\tz"_s << Records{{u"a"_s, u"b"_s}, {u"x\ty"_s, u"z"_s}} << QList<int>{1, 2};
    QTest::addRow("quoted semicolon in a semicolon file")
        << u"a;b\n\"x;y\";\"z\"\"\""_s << Records{{u"a"_s, u"b"_s}, {u"x;y"_s, u"z\""_s}} << QList<int>{1, 2};
}

void DomainTest::csvReader_text_givesRecordsWithTheirLines()
{
    QFETCH(QString, text);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    const CsvReader reader(text);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(fieldsOf(reader), records);
    QCOMPARE(linesOf(reader), lines);
}

void DomainTest::csvReader_malformedQuote_isReportedWithItsLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::addRow("unterminated on line 2") << u"name\n\"Ann"_s << u"unterminated_quote:2"_s;
    QTest::addRow("unterminated names the line it opened on")
        << u"name\nAnn\n\"Bob\nstill\nopen"_s << u"unterminated_quote:3"_s;
    QTest::addRow("unterminated after a multi-line field")
        << u"name\n\"Ann\nSmith\"\n\n\"Bob"_s << u"unterminated_quote:5"_s;
    QTest::addRow("unterminated with CRLF") << u"name,email\r\nAnn,\"ann@example.org\r\n"_s
                                            << u"unterminated_quote:2"_s;
    QTest::addRow("text after quote") << u"name,email\n\"Ann\"x,ann@example.org"_s << u"text_after_quote:2"_s;
    QTest::addRow("text after quote, spaces between")
        << u"name,email\nBob,b@example.org\n\"Ann\"  Smith,ann@example.org"_s << u"text_after_quote:3"_s;
    QTest::addRow("text after a multi-line quote names its own line")
        << u"name\n\"Ann\nSmith\"jr"_s << u"text_after_quote:3"_s;
}

void DomainTest::csvReader_malformedQuote_isReportedWithItsLine()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QCOMPARE(CsvReader(text).error(), error);
}
