// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketMerge.h"

#include "AuditLog.h"
#include "CommentRepository.h"
#include "TicketLink.h"
#include "TicketLinkRepository.h"
#include "TicketRepository.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QString TicketMerge::noteText(const Ticket &duplicate, qsizetype commentsMoved, const QString &note)
{
    QString text = u"**Merged %1** (%2) into this ticket as a duplicate; %3 moved here."_s.arg(
        duplicate.number, duplicate.title,
        commentsMoved == 1 ? u"1 reply or note"_s : u"%1 replies and notes"_s.arg(commentsMoved));
    if (!note.isEmpty())
        text += u"\n\n"_s + note;
    return text;
}

std::optional<TicketMerge::Result> TicketMerge::run(const Ticket &duplicate, const Ticket &target,
                                                    const QString &note, qint64 actorId)
{
    TicketRepository tickets(m_db);
    const auto closed = tickets.update(duplicate, TicketMergeRules::closedAsDuplicate(duplicate, target), actorId);
    if (!closed)
        return std::nullopt;

    CommentRepository comments(m_db);
    const qsizetype moved = comments.moveAll(duplicate.id, target.id);
    TicketLinkRepository(m_db).insert({0, LinkType::Duplicate, duplicate.id, target.id}, actorId);
    const Comment added = comments.add(target.id, actorId,
                                       {Comment::Visibility::Internal, noteText(duplicate, moved, note)});
    const auto touched = tickets.bumpVersion(target);
    if (!touched)
        return std::nullopt;

    AuditLog audit(m_db);
    audit.record(actorId, u"ticket"_s, duplicate.id, u"merged_into"_s,
                 {{u"ticket"_s, QJsonObject{{u"id"_s, target.id}, {u"number"_s, target.number}}},
                  {u"comments_moved"_s, moved}});
    audit.record(actorId, u"ticket"_s, target.id, u"merged"_s,
                 {{u"ticket"_s, QJsonObject{{u"id"_s, duplicate.id}, {u"number"_s, duplicate.number}}},
                  {u"comments_moved"_s, moved},
                  {u"note_id"_s, added.id}});
    return Result{*closed, *touched, moved, added.id};
}

} // namespace Helpline
