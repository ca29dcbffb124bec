// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Macro.h"

#include <QObject>
#include <QPointer>

namespace Helpline {

class ApiCall;
class ApiClient;

// The canned responses as the server has them, loaded once and again after an edit, so the
// composer's picker opens at once.
class MacroCatalog : public QObject
{
    Q_OBJECT
public:
    explicit MacroCatalog(ApiClient &api, QObject *parent = nullptr);

    void reload();
    const QList<Macro> &macros() const { return m_macros; }
    bool isLoaded() const { return m_loaded; }
    QString problem() const { return m_problem; } // why the last load failed; empty if it did not

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    ApiClient &m_api;
    QPointer<ApiCall> m_call;
    QList<Macro> m_macros;
    bool m_loaded = false;
    QString m_problem;
};

} // namespace Helpline
