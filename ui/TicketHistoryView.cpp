// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketHistoryView.h"

#include "DisplayText.h"
#include "Ticket.h"

#include <QHeaderView>
#include <QJsonObject>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketHistoryView::TicketHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"ticketHistory"_s);
    setHeaderLabels({tr("When"), tr("Who"), tr("What changed")});
    setRootIsDecorated(false);
    setWordWrap(true); // one line per changed field
    setSelectionMode(NoSelection);
    header()->setStretchLastSection(true);
}

QString TicketHistoryView::valueText(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        return tr("(none)");
    if (field == u"status"_s) {
        if (const auto status = ticketStatusFromName(value.toString()))
            return DisplayText::statusText(*status);
    } else if (field == u"priority"_s) {
        if (const auto priority = priorityFromNumber(value.toInt()))
            return DisplayText::priorityText(*priority);
    } else if (field == u"pending_reason"_s) {
        if (const auto reason = pendingReasonFromName(value.toString()))
            return DisplayText::pendingReasonText(*reason);
    } else if (field == u"resolution_code"_s) {
        if (const auto code = resolutionCodeFromName(value.toString()))
            return DisplayText::resolutionCodeText(*code);
    } else if (value.isObject()) {
        return value.toObject().value(u"name"_s).toString();
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QString text = value.toString();
    return text.size() > 80 ? text.left(79) + u'…' : text;
}

QString TicketHistoryView::linkText(const QString &action, const QJsonObject &changes)
{
    const QString other = changes.value(u"ticket"_s).toObject().value(u"number"_s).toString();
    if (action == u"merged"_s)
        return tr("Merged %1 into this ticket (%n reply(s) and note(s) moved)", nullptr,
                  changes.value(u"comments_moved"_s).toInt())
            .arg(other);
    if (action == u"merged_into"_s)
        return tr("Merged into %1 as a duplicate").arg(other);
    const auto kind = linkKindFromName(changes.value(u"kind"_s).toString());
    const QString kindText = kind ? DisplayText::linkKindText(*kind) : changes.value(u"kind"_s).toString();
    return action == u"linked"_s ? tr("Linked %1 (%2)").arg(other, kindText)
                                 : tr("Removed the link to %1 (%2)").arg(other, kindText);
}

void TicketHistoryView::setEntries(const QJsonArray &items)
{
    clear();
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QJsonObject entry = items.at(i).toObject();
        const QString who = entry.value(u"actor"_s).isObject()
            ? entry.value(u"actor"_s).toObject().value(u"name"_s).toString()
            : tr("System");
        QStringList what;
        const QString action = entry.value(u"action"_s).toString();
        if (action == u"created"_s) {
            what << tr("Opened the ticket");
        } else if (action == u"replied"_s) {
            what << tr("Replied to the requester");
        } else if (action == u"noted"_s) {
            what << tr("Added an internal note");
        } else if (action == u"attached"_s) {
            what << tr("Attached %1").arg(entry.value(u"changes"_s).toObject().value(u"file_name"_s).toString());
        } else if (action == u"time_logged"_s || action == u"time_removed"_s) {
            const QJsonObject changes = entry.value(u"changes"_s).toObject();
            const QString duration = DisplayText::durationText(changes.value(u"minutes"_s).toInteger());
            const QString note = changes.value(u"note"_s).toString();
            if (action == u"time_removed"_s)
                what << tr("Removed a time entry of %1").arg(duration);
            else
                what << (note.isEmpty() ? tr("Logged %1").arg(duration) : tr("Logged %1: %2").arg(duration, note));
        } else if (action == u"watcher_added"_s || action == u"watcher_removed"_s) {
            const QString whom = entry.value(u"changes"_s).toObject().value(u"user_name"_s).toString();
            what << (action == u"watcher_added"_s ? tr("Added %1 as a watcher").arg(whom)
                                                  : tr("Removed %1 as a watcher").arg(whom));
        } else if (action == u"asset_linked"_s || action == u"asset_unlinked"_s) {
            const QString tag = entry.value(u"changes"_s).toObject().value(u"tag"_s).toString();
            what << (action == u"asset_linked"_s ? tr("Linked asset %1").arg(tag) : tr("Unlinked asset %1").arg(tag));
        } else if (action == u"linked"_s || action == u"unlinked"_s || action == u"merged"_s
                   || action == u"merged_into"_s) {
            what << linkText(action, entry.value(u"changes"_s).toObject());
        } else {
            const QJsonObject changes = entry.value(u"changes"_s).toObject();
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                const QJsonObject change = it.value().toObject();
                what << tr("%1: %2 → %3")
                            .arg(DisplayText::fieldText(it.key()), valueText(it.key(), change.value(u"from"_s)),
                                 valueText(it.key(), change.value(u"to"_s)));
            }
        }
        auto *item = new QTreeWidgetItem(this, {DisplayText::timeText(fromWireTime(entry.value(u"at"_s).toString())),
                                                who, what.join(u'\n')});
        item->setToolTip(2, what.join(u'\n'));
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace Helpline
