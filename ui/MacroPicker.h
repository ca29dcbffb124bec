// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Macro.h"
#include "MacroExpansion.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Helpline {

class SafeTextBrowser;

// Finds a macro by typing part of its name or text, and shows what it would write for this
// ticket (placeholders filled) and which fields it would set, before anything happens.
class MacroPicker : public QDialog
{
    Q_OBJECT
public:
    MacroPicker(const QList<Macro> &macros, const MacroContext &context, QWidget *parent = nullptr);

    std::optional<Macro> chosen() const;
    static QString changesText(const QJsonObject &changes); // "Status → Pending · Group → L3"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void showPreview();

    QList<Macro> m_macros;
    MacroContext m_context;
    QLineEdit *m_filter;
    QListWidget *m_list;
    SafeTextBrowser *m_preview;
    QLabel *m_changes;
};

} // namespace Helpline
