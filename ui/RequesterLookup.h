// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QWidget;

namespace Helpline {

class ApiCall;
class ApiClient;
class PersonSearchModel;

// Finds the caller in the people directory while the analyst types their name or email: two
// letters and a short pause search the server, and a popup offers the matches (arrow keys
// and Enter choose). Whoever is not in the directory is kept as the name and email typed.
// It owns three widgets (name field, email field, hint) that the form lays out.
class RequesterLookup : public QObject
{
    Q_OBJECT
public:
    static constexpr int minimumLetters = 2;
    static constexpr int debounceMs = 250;
    static constexpr int resultLimit = 10;

    RequesterLookup(ApiClient &api, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLabel *hint() const { return m_hint; }
    QCompleter *completer() const { return m_completer; }
    PersonSearchModel *model() const { return m_model; }

    const std::optional<Person> &person() const { return m_person; }
    bool isEmpty() const;
    // The request's "requester": {person_id} for someone chosen, else {name, email}.
    QJsonObject toJson() const;

Q_SIGNALS:
    void personChosen(const Helpline::Person &person);
    void changed();
    void searchFinished(int found); // -1: the search failed

private:
    void onNameEdited(const QString &text);
    void search();
    void choose(const QModelIndex &index);
    void forgetPerson();
    void showDefaultHint();

    ApiClient &m_api;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_hint;
    PersonSearchModel *m_model;
    QCompleter *m_completer;
    QTimer *m_debounce;
    QPointer<ApiCall> m_call;
    std::optional<Person> m_person;
    QString m_typedEmail; // what the analyst had typed before choosing someone
};

} // namespace Helpline
