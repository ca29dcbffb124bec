// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "PeopleImport.h"
#include "Person.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

bool nobodyKnown(const QString &)
{
    return false;
}

// A directory holding these (normalised) emails.
std::function<bool(const QString &)> directoryOf(const QStringList &emails)
{
    return [emails](const QString &email) { return emails.contains(email); };
}

} // namespace

void DomainTest::peopleImport_headerAliases_areFoundInAnyOrderAndCase_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("manager");

    QTest::addRow("canonical")
        << u"name,email,department,location,manager_email\nAnn Smith,ann@example.org,IT,HQ,boss@example.org"_s
        << u"Ann Smith"_s << u"IT"_s << u"HQ"_s << u"boss@example.org"_s;
    QTest::addRow("Full Name, E-Mail, Site, Dept, Manager; reordered")
        << u"E-Mail;Full Name;Site;Dept;Manager\nann@example.org;Ann Smith;HQ;IT;boss@example.org"_s
        << u"Ann Smith"_s << u"IT"_s << u"HQ"_s << u"boss@example.org"_s;
    QTest::addRow("first name + last name, Office, Manager Email")
        << u"Last Name,Email,First Name,Office,Manager Email\nSmith,ann@example.org,Ann,HQ,boss@example.org"_s
        << u"Ann Smith"_s << QString() << u"HQ"_s << u"boss@example.org"_s;
    QTest::addRow("given name + surname, tabs")
        << u"Given Name\tSurname\tMail\tDepartment\nAnn\tSmith\tann@example.org\tIT"_s << u"Ann Smith"_s
        << u"IT"_s << QString() << QString();
    QTest::addRow("first name only") << u"First Name,Email\nAnn,ann@example.org"_s << u"Ann"_s << QString()
                                     << QString() << QString();
    QTest::addRow("last name only") << u"family_name,email\nSmith,ann@example.org"_s << u"Smith"_s << QString()
                                    << QString() << QString();
    QTest::addRow("upper case, underscores, unknown columns ignored")
        << u"EMPLOYEE_ID,EMAIL_ADDRESS,COST_CENTER,DISPLAY_NAME,LOCATION,MANAGER_EMAIL\n"
           u"0042,ann@example.org,CC-7,Ann Smith,HQ,boss@example.org"_s
        << u"Ann Smith"_s << QString() << u"HQ"_s << u"boss@example.org"_s;
    QTest::addRow("header cells padded and quoted")
        << u"\"  Name \" , \"EMAIL\" ,  Department  \nAnn Smith,ann@example.org,IT"_s << u"Ann Smith"_s << u"IT"_s
        << QString() << QString();
    QTest::addRow("name preferred over first/last")
        << u"first name,last name,name,email\nA,S,Ann Smith,ann@example.org"_s << u"Ann Smith"_s << QString()
        << QString() << QString();
    QTest::addRow("first of two email columns counts")
        << u"name,email,mail\nAnn Smith,ann@example.org,private@example.net"_s << u"Ann Smith"_s << QString()
        << QString() << QString();
}

void DomainTest::peopleImport_headerAliases_areFoundInAnyOrderAndCase()
{
    QFETCH(QString, csv);
    QFETCH(QString, name);
    QFETCH(QString, department);
    QFETCH(QString, location);
    QFETCH(QString, manager);
    const PeopleImportPlan plan = planPeopleImport(csv, directoryOf({u"boss@example.org"_s}));
    QCOMPARE(plan.fileError, QString());
    QCOMPARE(plan.rows.size(), 1);
    const PersonImportRow &row = plan.rows.constFirst();
    QCOMPARE(row.errors, FieldErrors());
    QCOMPARE(row.line, 2);
    QCOMPARE(row.name, name);
    QCOMPARE(row.email, u"ann@example.org"_s);
    QCOMPARE(row.department, department);
    QCOMPARE(row.location, location);
    QCOMPARE(row.managerEmail, manager);
    QVERIFY(plan.isValid());
}

void DomainTest::peopleImport_emails_areNormalisedToLowerCase()
{
    QStringList asked;
    const auto directory = [&asked](const QString &email) {
        asked.append(email);
        return email == u"dir.boss@example.org"_s;
    };
    const PeopleImportPlan plan = planPeopleImport(
        u"Name,Email,Manager\n"
        u"Ann Smith,\" Ann.Smith@Example.ORG \",BOB@example.org\n"
        u"Bob Jones,Bob@EXAMPLE.org,Dir.Boss@Example.Org\n"_s,
        directory);
    QCOMPARE(plan.fileError, QString());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).email, u"ann.smith@example.org"_s);
    QCOMPARE(plan.rows.at(0).managerEmail, u"bob@example.org"_s);
    QCOMPARE(plan.rows.at(1).email, u"bob@example.org"_s);
    QCOMPARE(plan.rows.at(1).managerEmail, u"dir.boss@example.org"_s);
    QCOMPARE(plan.invalidRowCount(), 0); // both managers found, whatever their case
    QVERIFY(asked.contains(u"ann.smith@example.org"_s));
    QVERIFY(asked.contains(u"dir.boss@example.org"_s));
    for (const QString &email : std::as_const(asked))
        QCOMPARE(email, email.trimmed().toLower());
}

void DomainTest::peopleImport_rowError_isReported_data()
{
    QTest::addColumn<QString>("rows"); // under the header name,email,department,location,manager_email
    QTest::addColumn<FieldErrors>("lastRowErrors");
    QTest::addColumn<int>("invalidRows");

    const QString longText(Person::nameMax + 1, u'x');
    const QString atLimit(Person::nameMax, u'x');
    const QString tooLongEmail = QString(Person::emailMax + 1 - 12, u'a') + u"@example.org"_s;
    const QString emailAtLimit = QString(Person::emailMax - 12, u'a') + u"@example.org"_s;
    QCOMPARE(tooLongEmail.size(), Person::emailMax + 1);

    QTest::addRow("valid") << u"Ann,ann@example.org,IT,HQ,"_s << FieldErrors() << 0;
    QTest::addRow("texts at their limits") << atLimit + u',' + emailAtLimit + u',' + atLimit + u',' + atLimit
                                           << FieldErrors() << 0;
    QTest::addRow("name missing") << u",ann@example.org"_s << FieldErrors{{u"name"_s, u"required"_s}} << 1;
    QTest::addRow("name blank, quoted") << u"\"   \",ann@example.org"_s << FieldErrors{{u"name"_s, u"required"_s}}
                                        << 1;
    QTest::addRow("name too long") << longText + u",ann@example.org"_s
                                   << FieldErrors{{u"name"_s, u"too_long"_s}} << 1;
    QTest::addRow("email missing") << u"Ann,,IT"_s << FieldErrors{{u"email"_s, u"required"_s}} << 1;
    QTest::addRow("short row") << u"Ann"_s << FieldErrors{{u"email"_s, u"required"_s}} << 1;
    QTest::addRow("email without @") << u"Ann,ann.example.org"_s << FieldErrors{{u"email"_s, u"invalid"_s}} << 1;
    QTest::addRow("email without a dot in the domain") << u"Ann,ann@localhost"_s
                                                       << FieldErrors{{u"email"_s, u"invalid"_s}} << 1;
    QTest::addRow("email with a space") << u"Ann,\"ann smith@example.org\""_s
                                        << FieldErrors{{u"email"_s, u"invalid"_s}} << 1;
    QTest::addRow("email too long") << u"Ann,"_s + tooLongEmail << FieldErrors{{u"email"_s, u"too_long"_s}} << 1;
    QTest::addRow("email duplicate, other case")
        << u"Ann,ann@example.org\nAnnie,ANN@Example.org"_s << FieldErrors{{u"email"_s, u"duplicate"_s}} << 1;
    QTest::addRow("invalid emails are not duplicates")
        << u"Ann,nobody\nAnnie,nobody"_s << FieldErrors{{u"email"_s, u"invalid"_s}} << 2;
    QTest::addRow("department too long") << u"Ann,ann@example.org,"_s + longText
                                         << FieldErrors{{u"department"_s, u"too_long"_s}} << 1;
    QTest::addRow("location too long") << u"Ann,ann@example.org,IT,"_s + longText
                                       << FieldErrors{{u"location"_s, u"too_long"_s}} << 1;
    QTest::addRow("manager invalid") << u"Ann,ann@example.org,,,boss"_s
                                     << FieldErrors{{u"manager_email"_s, u"invalid"_s}} << 1;
    QTest::addRow("manager is self") << u"Ann,ann@example.org,,,ANN@example.org"_s
                                     << FieldErrors{{u"manager_email"_s, u"self"_s}} << 1;
    QTest::addRow("manager unknown") << u"Ann,ann@example.org,,,ghost@example.org"_s
                                     << FieldErrors{{u"manager_email"_s, u"unknown_manager"_s}} << 1;
    QTest::addRow("manager earlier in the file")
        << u"Bob,bob@example.org\nAnn,ann@example.org,,,bob@example.org"_s << FieldErrors() << 0;
    QTest::addRow("manager later in the file")
        << u"Ann,ann@example.org,,,bob@example.org\nBob,bob@example.org"_s << FieldErrors() << 0;
    QTest::addRow("manager only in the directory")
        << u"Ann,ann@example.org,,,dir.boss@example.org"_s << FieldErrors() << 0;
    QTest::addRow("row errors all at once")
        << u",nobody,IT,HQ,boss"_s
        << FieldErrors{{u"name"_s, u"required"_s}, {u"email"_s, u"invalid"_s}, {u"manager_email"_s, u"invalid"_s}}
        << 1;
}

void DomainTest::peopleImport_rowError_isReported()
{
    QFETCH(QString, rows);
    QFETCH(FieldErrors, lastRowErrors);
    QFETCH(int, invalidRows);
    const PeopleImportPlan plan = planPeopleImport(u"name,email,department,location,manager_email\n"_s + rows,
                                                   directoryOf({u"dir.boss@example.org"_s}));
    QCOMPARE(plan.fileError, QString());
    QVERIFY(!plan.rows.isEmpty());
    QCOMPARE(plan.rows.constLast().errors, lastRowErrors);
    QCOMPARE(plan.invalidRowCount(), invalidRows);
    QCOMPARE(plan.isValid(), invalidRows == 0);
}

void DomainTest::peopleImport_rowLines_countFromTheHeader()
{
    const PeopleImportPlan plan = planPeopleImport(
        u"name,email,location\r\n"
        u"Ann,ann@example.org,\"Building 1\r\nFloor 2\"\r\n"
        u"\r\n"
        u"Bob,bob@example.org,HQ\r\n"
        u"Cy,nobody,HQ\r\n"_s,
        nobodyKnown);
    QCOMPARE(plan.fileError, QString());
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.rows.at(0).line, 2);
    QCOMPARE(plan.rows.at(1).line, 5);
    QCOMPARE(plan.rows.at(2).line, 6);
    QCOMPARE(plan.rows.at(1).location, u"HQ"_s);
    QCOMPARE(plan.rows.at(2).errors, (FieldErrors{{u"email"_s, u"invalid"_s}}));
}

void DomainTest::peopleImport_updatesExisting_comesFromTheDirectory()
{
    const PeopleImportPlan plan = planPeopleImport(
        u"name,email\nAnn,ANN@example.org\nBob,bob@example.org\nCy,cy@example.org"_s,
        directoryOf({u"ann@example.org"_s, u"cy@example.org"_s}));
    QCOMPARE(plan.rows.size(), 3);
    QVERIFY(plan.rows.at(0).updatesExisting);
    QVERIFY(!plan.rows.at(1).updatesExisting);
    QVERIFY(plan.rows.at(2).updatesExisting);
    QCOMPARE(plan.updateCount(), 2);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.rows.at(0).toJson().value(u"action"_s), QJsonValue(u"update"_s));
    QCOMPARE(plan.rows.at(1).toJson().value(u"action"_s), QJsonValue(u"create"_s));
}

void DomainTest::peopleImport_fileError_stopsTheImport_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("error");

    QTest::addRow("empty") << QString() << u"empty"_s;
    QTest::addRow("only blank lines") << u"\n   \r\n\t\n"_s << u"empty"_s;
    QTest::addRow("only a BOM") << u"\uFEFF"_s << u"empty"_s;
    QTest::addRow("no email column") << u"name,department\nAnn,IT"_s << u"missing_column:email"_s;
    QTest::addRow("email alias misspelt") << u"name,emial\nAnn,ann@example.org"_s << u"missing_column:email"_s;
    QTest::addRow("no name column") << u"email,department\nann@example.org,IT"_s << u"missing_column:name"_s;
    QTest::addRow("name alias unknown") << u"Employee,Mail\nAnn,ann@example.org"_s << u"missing_column:name"_s;
    QTest::addRow("neither: email first") << u"id,dept\n1,IT"_s << u"missing_column:email"_s;
    QTest::addRow("unterminated quote") << u"name,email\nAnn,ann@example.org\n\"Bob,bob@example.org"_s
                                        << u"unterminated_quote:3"_s;
    QTest::addRow("text after quote") << u"name,email\n\"Ann\"x,ann@example.org"_s << u"text_after_quote:2"_s;
}

void DomainTest::peopleImport_fileError_stopsTheImport()
{
    QFETCH(QString, csv);
    QFETCH(QString, error);
    const PeopleImportPlan plan = planPeopleImport(csv, nobodyKnown);
    QCOMPARE(plan.fileError, error);
    QVERIFY(plan.rows.isEmpty());
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.toJson().value(u"file_error"_s), QJsonValue(error));
    QCOMPARE(plan.toJson().value(u"valid"_s), QJsonValue(false));
}

void DomainTest::peopleImport_tooManyRows_isAFileError()
{
    const auto csvWithRows = [](int count) {
        QString csv = u"name,email\n"_s;
        csv.reserve(count * 32);
        for (int i = 0; i < count; ++i)
            csv += u"P%1,p%1@example.org\n"_s.arg(i);
        return csv;
    };
    const PeopleImportPlan atLimit = planPeopleImport(csvWithRows(PeopleImportPlan::maxRows), nobodyKnown);
    QCOMPARE(atLimit.fileError, QString());
    QCOMPARE(atLimit.rows.size(), PeopleImportPlan::maxRows);
    QVERIFY(atLimit.isValid());

    const PeopleImportPlan over = planPeopleImport(csvWithRows(PeopleImportPlan::maxRows + 1), nobodyKnown);
    QCOMPARE(over.fileError, u"too_many_rows"_s);
    QVERIFY(over.rows.isEmpty());
    QVERIFY(!over.isValid());
}

void DomainTest::peopleImport_validity_countsInvalidRowsAndUpdates()
{
    const auto known = directoryOf({u"bob@example.org"_s});
    const PeopleImportPlan mixed = planPeopleImport(
        u"name,email\nAnn,ann@example.org\nBob,bob@example.org\n,nobody\nDee,dee@example.org"_s, known);
    QCOMPARE(mixed.rows.size(), 4);
    QCOMPARE(mixed.invalidRowCount(), 1); // one row, two errors
    QCOMPARE(mixed.rows.at(2).errors.size(), 2);
    QCOMPARE(mixed.updateCount(), 1);
    QVERIFY(!mixed.isValid()); // all or nothing

    const PeopleImportPlan clean = planPeopleImport(u"name,email\nAnn,ann@example.org\nBob,bob@example.org"_s, known);
    QCOMPARE(clean.invalidRowCount(), 0);
    QCOMPARE(clean.updateCount(), 1);
    QVERIFY(clean.isValid());

    const PeopleImportPlan headerOnly = planPeopleImport(u"name,email\n"_s, known);
    QVERIFY(headerOnly.rows.isEmpty());
    QCOMPARE(headerOnly.invalidRowCount(), 0);
    QVERIFY(!headerOnly.isValid()); // nothing to import is not a valid import
}

void DomainTest::peopleImport_toJson_isThePreview()
{
    const PeopleImportPlan plan = planPeopleImport(
        u"name,email,department,location,manager\n"
        u"Ann Smith,Ann@Example.org,IT,HQ,\n"
        u"Bob,bob@example.org,,,ghost@example.org\n"
        u"Cy,cy@example.org,Sales,Branch,ann@example.org\n"_s,
        directoryOf({u"ann@example.org"_s}));
    const QJsonObject expected{
        {u"valid"_s, false},
        {u"file_error"_s, QJsonValue::Null},
        {u"rows"_s,
         QJsonArray{
             QJsonObject{{u"line"_s, 2},
                         {u"name"_s, u"Ann Smith"_s},
                         {u"email"_s, u"ann@example.org"_s},
                         {u"department"_s, u"IT"_s},
                         {u"location"_s, u"HQ"_s},
                         {u"manager_email"_s, QString()},
                         {u"action"_s, u"update"_s},
                         {u"errors"_s, QJsonObject{}}},
             QJsonObject{{u"line"_s, 3},
                         {u"name"_s, u"Bob"_s},
                         {u"email"_s, u"bob@example.org"_s},
                         {u"department"_s, QString()},
                         {u"location"_s, QString()},
                         {u"manager_email"_s, u"ghost@example.org"_s},
                         {u"action"_s, u"create"_s},
                         {u"errors"_s, QJsonObject{{u"manager_email"_s, u"unknown_manager"_s}}}},
             QJsonObject{{u"line"_s, 4},
                         {u"name"_s, u"Cy"_s},
                         {u"email"_s, u"cy@example.org"_s},
                         {u"department"_s, u"Sales"_s},
                         {u"location"_s, u"Branch"_s},
                         {u"manager_email"_s, u"ann@example.org"_s},
                         {u"action"_s, u"create"_s},
                         {u"errors"_s, QJsonObject{}}},
         }},
        {u"row_count"_s, 3},
        {u"invalid_count"_s, 1},
        {u"create_count"_s, 2},
        {u"update_count"_s, 1},
    };
    QCOMPARE(plan.toJson(), expected);

    const QJsonObject valid = planPeopleImport(u"name,email\nAnn,ann@example.org"_s, nobodyKnown).toJson();
    QCOMPARE(valid.value(u"valid"_s), QJsonValue(true));
    QCOMPARE(valid.value(u"file_error"_s), QJsonValue(QJsonValue::Null));
}
