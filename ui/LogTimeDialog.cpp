// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogTimeDialog.h"

#include "Clock.h"
#include "DisplayText.h"
#include "Ticket.h"
#include "TimeEntry.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

LogTimeDialog::LogTimeDialog(const QString &ticketNumber, int measuredMinutes, QWidget *parent)
    : QDialog(parent)
    , m_minutes(new QSpinBox(this))
    , m_workedAt(new QDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_key(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    setObjectName(u"logTimeDialog"_s);
    setWindowTitle(tr("Log time on %1").arg(ticketNumber));
    m_minutes->setObjectName(u"logTimeMinutes"_s);
    m_workedAt->setObjectName(u"logTimeWorkedAt"_s);
    m_note->setObjectName(u"logTimeNote"_s);
    m_problem->setObjectName(u"logTimeProblem"_s);

    m_minutes->setRange(TimeEntry::minutesMin, TimeEntry::minutesMax);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(std::clamp(measuredMinutes, TimeEntry::minutesMin, TimeEntry::minutesMax));
    m_minutes->setAccelerated(true);
    const QDateTime now = Clock::current().now().toLocalTime();
    m_workedAt->setDateTime(now);
    m_workedAt->setMaximumDateTime(now);
    m_workedAt->setCalendarPopup(true);
    m_note->setMaxLength(int(TimeEntry::noteMax));
    m_note->setPlaceholderText(tr("What the time went on, e.g. remote session, call with the vendor"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *measured = new QLabel(this);
    measured->setObjectName(u"logTimeMeasured"_s);
    measured->setTextFormat(Qt::PlainText);
    measured->setWordWrap(true);
    measured->setForegroundRole(QPalette::PlaceholderText);
    measured->setText(measuredMinutes > 0
                          ? tr("Helpline measured %1 of work on this ticket since you last logged time "
                               "(time with the ticket in focus; idle stretches left out).")
                                .arg(DisplayText::durationText(measuredMinutes))
                          : tr("Helpline has not measured any work on this ticket since you last logged time."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Time spent:"), m_minutes);
    form->addRow(tr("&Worked at:"), m_workedAt);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"logTimeOk"_s);
    m_ok->setText(tr("&Log time"));
    // Accepted only once the server has the entry; see showProblem and the caller.
    connect(buttons, &QDialogButtonBox::accepted, this, &LogTimeDialog::logRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another entry is another request: it must not reuse the key of one that failed.
    const auto edited = [this] { m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces); };
    connect(m_minutes, &QSpinBox::valueChanged, this, edited);
    connect(m_workedAt, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_note, &QLineEdit::textEdited, this, edited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(measured);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_minutes->setFocus();
    m_minutes->selectAll();
}

QJsonObject LogTimeDialog::entry() const
{
    QJsonObject body{{u"minutes"_s, m_minutes->value()}, {u"worked_at"_s, toWireTime(m_workedAt->dateTime())}};
    if (!m_note->text().trimmed().isEmpty())
        body.insert(u"note"_s, m_note->text().trimmed());
    return body;
}

void LogTimeDialog::showProblem(const QString &message, const FieldErrors &fields)
{
    QStringList details;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        details << u"%1: %2"_s.arg(DisplayText::fieldText(it.key()), DisplayText::fieldErrorText(it.value()));
    m_problem->setText(details.isEmpty() ? tr("Not logged: %1").arg(message)
                                         : tr("Not logged: %1 (%2)").arg(message, details.join(u", "_s)));
    m_problem->show();
    setBusy(false);
}

void LogTimeDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
}

} // namespace Helpline
