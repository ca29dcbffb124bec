// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SavedView.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace Helpline {

// Defines a custom queue view: its name and which tickets it holds, by status, priority,
// type, assignee, group, category, location and words.
class ViewEditorDialog : public QDialog
{
    Q_OBJECT
public:
    ViewEditorDialog(const SavedView &view, const QStringList &groups, QWidget *parent = nullptr);

    SavedView view() const; // the given view with the dialog's name and filters

private:
    SavedView m_view;
    QLineEdit *m_name;
    QListWidget *m_statuses;
    QListWidget *m_priorities;
    QListWidget *m_types;
    QComboBox *m_assignee;
    QComboBox *m_group;
    QLineEdit *m_category;
    QLineEdit *m_location;
    QLineEdit *m_words;
};

} // namespace Helpline
