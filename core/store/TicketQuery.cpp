// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketQuery.h"

#include "WireNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr std::pair<TicketSortField, const char *> sortNames[] = {
    {TicketSortField::Id, "id"},
    {TicketSortField::Priority, "priority"},
    {TicketSortField::CreatedAt, "created_at"},
    {TicketSortField::UpdatedAt, "updated_at"},
    {TicketSortField::Status, "status"},
    {TicketSortField::Type, "type"},
    {TicketSortField::Number, "number"},
    {TicketSortField::Title, "title"},
    {TicketSortField::Requester, "requester"},
    {TicketSortField::Group, "group"},
    {TicketSortField::Location, "location"},
};
} // namespace

std::optional<QList<TicketSortKey>> TicketQuery::parseSort(const QString &text)
{
    QList<TicketSortKey> keys;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    for (QString part : parts) {
        part = part.trimmed();
        const bool descending = part.startsWith(u'-');
        if (descending)
            part.remove(0, 1);
        const auto field = fromWireName(sortNames, part);
        if (!field)
            return std::nullopt;
        for (const TicketSortKey &key : std::as_const(keys)) {
            if (key.field == *field)
                return std::nullopt;
        }
        keys.append({*field, descending});
    }
    return keys;
}

QString TicketQuery::sortText(const QList<TicketSortKey> &keys)
{
    QStringList parts;
    for (const TicketSortKey &key : keys)
        parts << (key.descending ? u"-"_s : QString()) + wireName(sortNames, key.field);
    return parts.join(u',');
}

QList<TicketSortKey> TicketQuery::defaultSort()
{
    return {{TicketSortField::Priority, false}, {TicketSortField::CreatedAt, false}};
}

QString TicketCursor::encode() const
{
    const QJsonObject json{{u"s"_s, sort}, {u"v"_s, QJsonArray::fromVariantList(values)}};
    return QString::fromLatin1(QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<TicketCursor> TicketCursor::decode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject json = doc.object();
    if (!json.value(u"s"_s).isString() || !json.value(u"v"_s).isArray())
        return std::nullopt;
    return TicketCursor{json.value(u"s"_s).toString(), json.value(u"v"_s).toArray().toVariantList()};
}

} // namespace Helpline
