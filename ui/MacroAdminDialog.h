// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Macro.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Helpline {

class ApiClient;
struct ApiFailure;

// Where seniors and admins keep the macros: a list, and a form for the selected one (name,
// reply or note, the text with its placeholders, and the fields it sets). Unknown
// placeholders are pointed out while typing; what was typed stays until saved or discarded.
class MacroAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MacroAdminDialog(ApiClient &api, QWidget *parent = nullptr);

    void reload();
    void startNew();
    void save();
    void removeCurrent();

Q_SIGNALS:
    void macrosChanged(); // one was saved or deleted
    void loaded();

protected:
    void done(int result) override;

private:
    void fill(const QList<Macro> &macros, qint64 select);
    void showMacro(int row);
    bool confirmDiscard();
    QJsonObject formJson() const;
    void onSaveFailed(const ApiFailure &failure);
    void updatePlaceholderCheck();
    void setDirty(bool dirty);

    ApiClient &m_api;
    QList<Macro> m_macros;
    qint64 m_currentId = 0; // 0: a new macro
    int m_currentVersion = 0;
    bool m_dirty = false;
    bool m_filling = false;
    QByteArray m_createKey;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_visibility;
    QPlainTextEdit *m_body;
    QLabel *m_placeholders;
    QComboBox *m_status;
    QComboBox *m_pendingReason;
    QLineEdit *m_group;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_delete;
};

} // namespace Helpline
