// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequesterLookup.h"

#include "ApiClient.h"
#include "PersonSearchModel.h"
#include "TicketValidation.h"

#include <QAbstractItemView>
#include <algorithm>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTimer>

namespace Helpline {

using namespace Qt::StringLiterals;

RequesterLookup::RequesterLookup(ApiClient &api, QWidget *parent)
    : QObject(parent)
    , m_api(api)
    , m_name(new QLineEdit(parent))
    , m_email(new QLineEdit(parent))
    , m_hint(new QLabel(parent))
    , m_model(new PersonSearchModel(this))
    , m_completer(new QCompleter(m_model, this))
    , m_debounce(new QTimer(this))
{
    m_name->setObjectName(u"requesterEdit"_s);
    m_email->setObjectName(u"requesterEmailEdit"_s);
    m_hint->setObjectName(u"requesterHint"_s);
    m_name->setPlaceholderText(tr("Name or email of the caller"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_name->setMaxLength(int(TicketLimits::shortTextMax));
    m_email->setMaxLength(int(TicketLimits::emailMax));
    m_name->setClearButtonEnabled(true);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // Driven by hand rather than through QLineEdit::setCompleter: the line edit would pop up
    // the previous search's people on every key, before the server has answered for the new text.
    m_completer->setWidget(m_name);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(resultLimit);
    m_completer->popup()->setObjectName(u"requesterPopup"_s);
    m_completer->popup()->setTextElideMode(Qt::ElideRight);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RequesterLookup::search);
    connect(m_name, &QLineEdit::textEdited, this, &RequesterLookup::onNameEdited);
    connect(m_email, &QLineEdit::textEdited, this, &RequesterLookup::changed);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &RequesterLookup::choose);
    showDefaultHint();
}

bool RequesterLookup::isEmpty() const
{
    return !m_person && m_name->text().trimmed().isEmpty() && m_email->text().trimmed().isEmpty();
}

QJsonObject RequesterLookup::toJson() const
{
    if (m_person)
        return {{u"person_id"_s, m_person->id}};
    QJsonObject json{{u"name"_s, m_name->text().trimmed()}};
    if (const QString email = m_email->text().trimmed(); !email.isEmpty())
        json.insert(u"email"_s, email);
    return json;
}

void RequesterLookup::onNameEdited(const QString &text)
{
    if (m_person)
        forgetPerson();
    if (m_call)
        m_call->cancel();
    if (text.trimmed().size() < minimumLetters) {
        m_debounce->stop();
        m_model->setPeople({});
        m_completer->popup()->hide();
        showDefaultHint();
    } else {
        m_debounce->start();
    }
    Q_EMIT changed();
}

void RequesterLookup::search()
{
    const QString text = m_name->text().trimmed();
    if (text.size() < minimumLetters || m_person)
        return;
    if (m_call)
        m_call->cancel();
    QUrlQuery query;
    query.addQueryItem(u"q"_s, text);
    query.addQueryItem(u"limit"_s, QString::number(resultLimit));
    ApiCall *call = m_api.get(u"/people"_s, query);
    m_call = call;
    m_hint->setText(tr("Searching the directory…"));
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_call != call)
                return;
            QList<Person> people;
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (const auto person = Person::fromJson(item.toObject()))
                    people.append(*person);
            }
            m_model->setPeople(people);
            if (people.isEmpty()) {
                m_completer->popup()->hide();
                m_hint->setText(tr("No one in the directory matches. The ticket keeps the name and the email "
                                   "you type here."));
            } else {
                m_hint->setText(tr("%n match(es) in the directory: ↓ and Enter to choose. Someone not listed "
                                   "is kept as the name and email you type.", "", int(people.size())));
                // Only while the analyst is still in the field: a popup takes the keyboard.
                if (m_name->hasFocus()) {
                    QAbstractItemView *popup = m_completer->popup();
                    const int wanted = popup->sizeHintForColumn(0) + 2 * popup->frameWidth()
                                       + popup->verticalScrollBar()->sizeHint().width();
                    m_completer->complete(QRect(0, 0, std::clamp(wanted, m_name->width(), 720), m_name->height()));
                }
            }
            Q_EMIT searchFinished(int(people.size()));
        },
        [this, call](const ApiFailure &failure) {
            if (m_call != call)
                return;
            m_model->setPeople({});
            m_hint->setText(tr("The directory could not be searched (%1). The ticket keeps the name and the "
                               "email you type here.").arg(failure.message));
            Q_EMIT searchFinished(-1);
        });
}

void RequesterLookup::choose(const QModelIndex &index)
{
    const Person *chosen = m_model->personAt(index.row());
    if (!chosen)
        return;
    m_debounce->stop();
    if (m_call)
        m_call->cancel();
    if (!m_person)
        m_typedEmail = m_email->text();
    m_person = *chosen;
    m_name->setText(chosen->name);
    m_email->setText(chosen->email);
    m_email->setReadOnly(true);
    QStringList facts;
    for (const QString &fact : {chosen->department, chosen->location})
        if (!fact.isEmpty())
            facts << fact;
    if (!chosen->managerName.isEmpty())
        facts << tr("manager %1").arg(chosen->managerName);
    m_hint->setText(facts.isEmpty() ? tr("From the directory.")
                                    : tr("From the directory: %1.").arg(facts.join(u", "_s)));
    Q_EMIT personChosen(*chosen);
    Q_EMIT changed();
}

void RequesterLookup::forgetPerson()
{
    m_person.reset();
    m_email->setReadOnly(false);
    m_email->setText(m_typedEmail);
}

void RequesterLookup::showDefaultHint()
{
    m_hint->setText(tr("Type %1 or more letters of a name or email to search the directory.").arg(minimumLetters));
}

} // namespace Helpline
