// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"

#include "DisplayText.h"
#include "TicketHistoryView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

ConflictDialog::ConflictDialog(const QJsonObject &mine, const QJsonObject &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Someone else changed this ticket"));

    auto *intro = new QLabel(tr("While you were working, the ticket was changed (now version %1). "
                                "Here is your change beside what the ticket holds now.")
                                 .arg(current.value(u"version"_s).toInt()),
                             this);
    intro->setWordWrap(true);

    auto *table = new QTableWidget(int(mine.size()), 3, this);
    table->setObjectName(u"conflictTable"_s);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your change"), tr("Now on the server")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (auto it = mine.begin(); it != mine.end(); ++it, ++row) {
        // The server names the assignee by object; the change names it by id.
        const QString field = it.key() == u"assignee_id"_s ? u"assignee"_s : it.key();
        table->setItem(row, 0, new QTableWidgetItem(DisplayText::fieldText(field)));
        QString yours = TicketHistoryView::valueText(field, it.value());
        if (field == u"assignee"_s)
            yours = it.value().isNull() ? tr("Nobody") : tr("Me");
        table->setItem(row, 1, new QTableWidgetItem(yours));
        table->setItem(row, 2, new QTableWidgetItem(TicketHistoryView::valueText(field, current.value(field))));
    }
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply my change to the current version"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(u"applyMineButton"_s);
    QPushButton *keep = buttons->addButton(tr("&Keep the current version"), QDialogButtonBox::RejectRole);
    keep->setObjectName(u"keepTheirsButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(620, 280);
}

} // namespace Helpline
