// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonPicker.h"

#include "ApiClient.h"
#include "PersonSearchModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QTimer>

namespace Helpline {

using namespace Qt::StringLiterals;

PersonPicker::PersonPicker(ApiClient &api, QWidget *parent)
    : QLineEdit(parent)
    , m_api(api)
    , m_model(new PersonSearchModel(this))
    , m_completer(new QCompleter(m_model, this))
    , m_debounce(new QTimer(this))
{
    setPlaceholderText(tr("Nobody: type a name or email to choose someone"));
    setClearButtonEnabled(true);
    // Driven by hand: the popup shows the server's answer for the text, not a stale one.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->popup()->setObjectName(u"personPickerPopup"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PersonPicker::search);
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::onEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const Person *chosen = m_model->personAt(index.row());
        if (!chosen)
            return;
        m_person = Asset::Holder{chosen->id, chosen->name, chosen->email};
        setText(chosen->name);
        Q_EMIT personChanged();
    });
}

void PersonPicker::setPerson(const std::optional<Asset::Holder> &person)
{
    m_debounce->stop();
    if (m_call)
        m_call->cancel();
    m_person = person;
    setText(person ? person->name : QString());
}

void PersonPicker::onEdited(const QString &text)
{
    const bool hadPerson = m_person.has_value();
    m_person.reset();
    if (text.trimmed().size() < minimumLetters) {
        m_debounce->stop();
        m_model->setPeople({});
        m_completer->popup()->hide();
    } else {
        m_debounce->start();
    }
    if (hadPerson || text.isEmpty())
        Q_EMIT personChanged();
}

void PersonPicker::search()
{
    const QString typed = text().trimmed();
    if (typed.size() < minimumLetters || m_person)
        return;
    if (m_call)
        m_call->cancel();
    QUrlQuery query;
    query.addQueryItem(u"q"_s, typed);
    query.addQueryItem(u"limit"_s, u"10"_s);
    ApiCall *call = m_api.get(u"/people"_s, query);
    m_call = call;
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
            if (people.isEmpty())
                m_completer->popup()->hide();
            else if (hasFocus())
                m_completer->complete();
            Q_EMIT searchFinished(int(people.size()));
        },
        [this, call](const ApiFailure &) {
            if (m_call == call)
                Q_EMIT searchFinished(-1);
        });
}

} // namespace Helpline
