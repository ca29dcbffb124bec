// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Colleagues.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Helpline {

class ApiClient;

// Picks one colleague who works tickets, as the server lists them now (GET /users through
// Colleagues): each with the groups they work in, narrowed by name or group as you type.
// For assigning tickets and adding watchers.
class ColleaguePickerDialog : public QDialog
{
    Q_OBJECT
public:
    ColleaguePickerDialog(ApiClient &api, const QString &title, const QString &prompt, QWidget *parent = nullptr);

    // Those already chosen (say, the ticket's watchers) are shown but cannot be picked again.
    void setExcluded(const QList<qint64> &userIds);
    std::optional<Colleague> chosen() const;
    // The listed colleagues' ids, in order (for tests and the keyboard).
    QList<qint64> listedIds() const;
    bool choose(qint64 userId); // selects them; false when not listed or excluded

private:
    void fill();
    void narrow(const QString &text);
    void updateOk();

    Colleagues *m_colleagues;
    QList<qint64> m_excluded;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_state;
    QPushButton *m_ok;
};

} // namespace Helpline
