// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetHistoryView.h"

#include "DisplayText.h"
#include "Ticket.h"

#include <QHeaderView>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

AssetHistoryView::AssetHistoryView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"assetHistory"_s);
    setHeaderLabels({tr("When"), tr("Who"), tr("What happened")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setSelectionMode(NoSelection);
    header()->setStretchLastSection(true);
}

void AssetHistoryView::setEntries(const QJsonArray &items)
{
    clear();
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QJsonObject entry = items.at(i).toObject();
        const QString who = entry.value(u"actor"_s).isObject()
            ? entry.value(u"actor"_s).toObject().value(u"name"_s).toString()
            : tr("System");
        const QStringList what = DisplayText::assetHistoryLines(entry.value(u"action"_s).toString(),
                                                                entry.value(u"changes"_s).toObject());
        auto *item = new QTreeWidgetItem(this, {DisplayText::timeText(fromWireTime(entry.value(u"at"_s).toString())),
                                                who, what.join(u'\n')});
        item->setToolTip(2, what.join(u'\n'));
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace Helpline
