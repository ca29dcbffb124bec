// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"

#include <QLineEdit>
#include <QPointer>
#include <optional>

class QCompleter;
class QTimer;

namespace Helpline {

class ApiCall;
class ApiClient;
class PersonSearchModel;

// A line edit that finds someone in the people directory: two letters and a short pause
// search the server, and a popup offers the matches. Only a person chosen from the popup
// counts; typed text that names nobody leaves the picker unresolved (and empty means nobody).
class PersonPicker : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int minimumLetters = 2;
    static constexpr int debounceMs = 200;

    PersonPicker(ApiClient &api, QWidget *parent = nullptr);

    void setPerson(const std::optional<Asset::Holder> &person);
    const std::optional<Asset::Holder> &person() const { return m_person; }
    // Text typed but nobody chosen for it.
    bool isUnresolved() const { return !m_person && !text().trimmed().isEmpty(); }

Q_SIGNALS:
    void personChanged();
    void searchFinished(int found); // -1: the search failed

private:
    void onEdited(const QString &text);
    void search();

    ApiClient &m_api;
    PersonSearchModel *m_model;
    QCompleter *m_completer;
    QTimer *m_debounce;
    QPointer<ApiCall> m_call;
    std::optional<Asset::Holder> m_person;
};

} // namespace Helpline
