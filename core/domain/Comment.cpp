// SPDX-License-Identifier: GPL-3.0-or-later
#include "Comment.h"

#include "JsonFields.h"
#include "WireNames.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr std::pair<Comment::Visibility, const char *> visibilityNames[] = {
    {Comment::Visibility::Public, "public"},
    {Comment::Visibility::Internal, "internal"},
};
} // namespace

QString visibilityName(Comment::Visibility visibility) { return wireName(visibilityNames, visibility); }
std::optional<Comment::Visibility> visibilityFromName(QStringView name) { return fromWireName(visibilityNames, name); }

QJsonObject Comment::toJson() const
{
    QJsonValue origin = QJsonValue::Null;
    if (mergedFrom)
        origin = QJsonObject{{u"id"_s, mergedFrom->first}, {u"number"_s, mergedFrom->second}};
    return {
        {u"id"_s, id},
        {u"ticket_id"_s, ticketId},
        {u"author"_s, QJsonObject{{u"id"_s, author.id}, {u"name"_s, author.name}}},
        {u"visibility"_s, visibilityName(visibility)},
        {u"body"_s, body},
        {u"created_at"_s, toWireTime(createdAt)},
        {u"merged_from"_s, origin},
    };
}

std::optional<Comment> Comment::fromJson(const QJsonObject &json)
{
    const auto visibility = visibilityFromName(json.value(u"visibility"_s).toString());
    Comment comment;
    comment.id = json.value(u"id"_s).toInteger();
    if (!visibility || comment.id <= 0)
        return std::nullopt;
    comment.ticketId = json.value(u"ticket_id"_s).toInteger();
    const QJsonObject author = json.value(u"author"_s).toObject();
    comment.author = {author.value(u"id"_s).toInteger(), author.value(u"name"_s).toString()};
    comment.visibility = *visibility;
    comment.body = json.value(u"body"_s).toString();
    comment.createdAt = fromWireTime(json.value(u"created_at"_s).toString());
    const QJsonObject origin = json.value(u"merged_from"_s).toObject();
    if (!origin.isEmpty())
        comment.mergedFrom = std::pair{origin.value(u"id"_s).toInteger(), origin.value(u"number"_s).toString()};
    return comment;
}

std::optional<NewComment> parseNewComment(const QJsonObject &json, FieldErrors &errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"body"_s && it.key() != u"visibility"_s)
            errors.insert(it.key(), u"unknown_field"_s);
    }
    NewComment comment;
    // Not trimmed: markdown cares about leading spaces; but an all-blank text says nothing.
    const QJsonValue body = json.value(u"body"_s);
    if (!body.isString() || body.toString().trimmed().isEmpty())
        errors.insert(u"body"_s, body.isUndefined() || body.isString() ? u"required"_s : u"must_be_text"_s);
    else if (body.toString().size() > Comment::bodyMax)
        errors.insert(u"body"_s, u"too_long"_s);
    else
        comment.body = body.toString();
    const auto visibility = visibilityFromName(json.value(u"visibility"_s).toString());
    if (!visibility)
        errors.insert(u"visibility"_s, json.contains(u"visibility"_s) ? u"invalid"_s : u"required"_s);
    else
        comment.visibility = *visibility;
    if (!errors.isEmpty())
        return std::nullopt;
    return comment;
}

} // namespace Helpline
