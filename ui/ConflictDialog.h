// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

namespace Helpline {

// Someone else changed the ticket first. Shows, field by field, the analyst's change beside
// what the ticket holds now, and lets them apply theirs on top of the current version or
// keep the current one. Nothing the analyst chose is lost either way: it stays on screen.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QJsonObject &mine, const QJsonObject &current, QWidget *parent = nullptr);
};

} // namespace Helpline
