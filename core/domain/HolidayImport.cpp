// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayImport.h"

#include "CsvReader.h"

#include <QStringList>
#include <optional>

using namespace Qt::StringLiterals;

namespace Helpline {

namespace {

// Keeps the first error of a line (the one the user has to fix first).
void addError(QMap<int, QString> &errors, int line, const QString &code)
{
    if (!errors.contains(line))
        errors.insert(line, code);
}

HolidayImport finish(QMap<QDate, Holiday> &&byDate, QMap<int, QString> &&errors)
{
    HolidayImport result;
    if (errors.isEmpty() && byDate.isEmpty())
        errors.insert(0, u"empty"_s);
    result.errors = std::move(errors);
    if (result.errors.isEmpty())
        result.holidays = byDate.values();
    return result;
}

// "unterminated_quote:12" -> line 12, "unterminated_quote"
void addReaderError(QMap<int, QString> &errors, const QString &readerError)
{
    const qsizetype colon = readerError.lastIndexOf(u':');
    bool isNumber = false;
    const int line = colon < 0 ? 0 : readerError.sliced(colon + 1).toInt(&isNumber);
    addError(errors, isNumber ? line : 0, isNumber ? readerError.first(colon) : readerError);
}

struct ContentLine
{
    int line = 0; // where it starts in the file, 1-based
    QString name; // upper case, without parameters
    QStringList parameters; // upper case, e.g. "VALUE=DATE"
    QString value;
};

// RFC 5545 3.1: a line that starts with a space or tab continues the one before it.
QList<ContentLine> contentLines(QStringView text)
{
    QList<std::pair<int, QString>> logical;
    int lineNumber = 0;
    for (QStringView raw : text.split(u'\n')) {
        ++lineNumber;
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        if ((raw.startsWith(u' ') || raw.startsWith(u'\t')) && !logical.isEmpty())
            logical.last().second.append(raw.sliced(1));
        else if (!raw.trimmed().isEmpty())
            logical.append({lineNumber, raw.toString()});
    }
    QList<ContentLine> lines;
    for (const auto &[number, textLine] : std::as_const(logical)) {
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < textLine.size() && colon < 0; ++i) {
            if (textLine.at(i) == u'"')
                quoted = !quoted;
            else if (textLine.at(i) == u':' && !quoted)
                colon = i;
        }
        ContentLine line;
        line.line = number;
        const QString head = colon < 0 ? textLine : textLine.first(colon);
        line.value = colon < 0 ? QString() : textLine.sliced(colon + 1);
        QStringList parts = head.split(u';');
        line.name = parts.takeFirst().trimmed().toUpper();
        for (const QString &parameter : std::as_const(parts))
            line.parameters.append(parameter.trimmed().toUpper());
        lines.append(line);
    }
    return lines;
}

// RFC 5545 3.3.11: TEXT escapes; a line break in a name becomes a space.
QString unescapedText(QStringView value)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            text.append(next == u'n' || next == u'N' ? QChar(u' ') : next);
        } else {
            text.append(c);
        }
    }
    return text.trimmed();
}

// A DATE value (YYYYMMDD). A DATE-TIME is not a holiday; anything else is not a date.
QDate readEventDate(const ContentLine &line, QString *error)
{
    const QString value = line.value.trimmed();
    if (value.contains(u'T') || line.parameters.contains(u"VALUE=DATE-TIME"_s)) {
        *error = u"not_all_day"_s;
        return {};
    }
    const QDate date = value.size() == 8 ? QDate::fromString(value, u"yyyyMMdd") : QDate();
    if (!date.isValid())
        *error = u"invalid_date"_s;
    return date;
}

struct Event
{
    int line = 0;
    QDate start;
    QDate end; // exclusive; invalid: one day
    QString summary;
    QString error;
};

void finishEvent(const Event &event, QMap<QDate, Holiday> &byDate, QMap<int, QString> &errors)
{
    if (!event.error.isEmpty()) {
        addError(errors, event.line, event.error);
        return;
    }
    if (!event.start.isValid()) {
        addError(errors, event.line, u"missing_date"_s);
        return;
    }
    const QDate end = event.end.isValid() ? event.end : event.start.addDays(1);
    if (end <= event.start) {
        addError(errors, event.line, u"end_before_start"_s);
        return;
    }
    if (event.start.daysTo(end) > HolidayImport::maxDaysPerEvent) {
        addError(errors, event.line, u"too_long"_s);
        return;
    }
    for (QDate date = event.start; date < end; date = date.addDays(1)) {
        if (byDate.contains(date)) {
            addError(errors, event.line, u"duplicate_date"_s);
            return;
        }
        byDate.insert(date, Holiday{date, event.summary, {}});
    }
}

} // namespace

HolidayImport HolidayImport::fromCsv(QStringView text)
{
    QMap<QDate, Holiday> byDate;
    QMap<int, QString> errors;
    const CsvReader reader(text);
    if (!reader.error().isEmpty()) {
        addReaderError(errors, reader.error());
        return finish({}, std::move(errors));
    }
    bool first = true;
    for (const CsvReader::Record &record : reader.records()) {
        const bool isHeader = first && record.fields.constFirst().compare(u"date", Qt::CaseInsensitive) == 0;
        first = false;
        if (isHeader)
            continue;
        if (record.fields.size() > 2) {
            addError(errors, record.line, u"too_many_fields"_s);
            continue;
        }
        const QString dateText = record.fields.constFirst();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (dateText.isEmpty()) {
            addError(errors, record.line, u"missing_date"_s);
        } else if (!date.isValid() || dateText.size() != 10) {
            addError(errors, record.line, u"invalid_date"_s);
        } else if (byDate.contains(date)) {
            addError(errors, record.line, u"duplicate_date"_s);
        } else {
            byDate.insert(date, Holiday{date, record.fields.value(1).trimmed(), {}});
        }
    }
    return finish(std::move(byDate), std::move(errors));
}

HolidayImport HolidayImport::fromICalendar(QStringView text)
{
    QMap<QDate, Holiday> byDate;
    QMap<int, QString> errors;
    std::optional<Event> event;
    for (const ContentLine &line : contentLines(text)) {
        if (line.name == u"BEGIN" && line.value.trimmed().compare(u"VEVENT", Qt::CaseInsensitive) == 0) {
            if (event)
                addError(errors, event->line, u"unterminated_event"_s);
            event = Event{line.line, {}, {}, {}, {}};
        } else if (line.name == u"END" && line.value.trimmed().compare(u"VEVENT", Qt::CaseInsensitive) == 0) {
            if (event)
                finishEvent(*event, byDate, errors);
            event.reset();
        } else if (!event) {
            continue; // VCALENDAR properties, VTIMEZONE and the like: not holidays
        } else if (line.name == u"DTSTART") {
            QString error;
            event->start = readEventDate(line, &error);
            if (event->error.isEmpty())
                event->error = error;
        } else if (line.name == u"DTEND") {
            QString error;
            event->end = readEventDate(line, &error);
            if (event->error.isEmpty())
                event->error = error;
        } else if (line.name == u"SUMMARY") {
            event->summary = unescapedText(line.value);
        } else if (line.name == u"RRULE" || line.name == u"RDATE") {
            if (event->error.isEmpty())
                event->error = u"recurrence_unsupported"_s;
        }
    }
    if (event)
        addError(errors, event->line, u"unterminated_event"_s);
    return finish(std::move(byDate), std::move(errors));
}

} // namespace Helpline
