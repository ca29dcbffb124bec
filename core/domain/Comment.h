// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Ticket.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// One entry of a ticket's conversation: a public reply (the requester sees it) or an
// internal note (analysts only). Written in markdown.
struct Comment
{
    enum class Visibility { Public, Internal };

    qint64 id = 0;
    qint64 ticketId = 0;
    UserRef author;
    Visibility visibility = Visibility::Internal;
    QString body;
    QDateTime createdAt;
    // Set when the comment came over from a ticket merged into this one: which ticket it was
    // first written on (its id and number, "INC-000012").
    std::optional<std::pair<qint64, QString>> mergedFrom;

    static constexpr qsizetype bodyMax = 64 * 1024;

    QJsonObject toJson() const;
    static std::optional<Comment> fromJson(const QJsonObject &json);
};

QString visibilityName(Comment::Visibility visibility); // "public", "internal"
std::optional<Comment::Visibility> visibilityFromName(QStringView name);

struct NewComment
{
    Comment::Visibility visibility = Comment::Visibility::Internal;
    QString body;
};

// Reads a POST /tickets/{id}/comments body; every problem is reported.
std::optional<NewComment> parseNewComment(const QJsonObject &json, FieldErrors &errors);

} // namespace Helpline
