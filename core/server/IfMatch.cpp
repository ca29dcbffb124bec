// SPDX-License-Identifier: GPL-3.0-or-later
#include "IfMatch.h"

#include "ApiError.h"

#include <QHttpServerRequest>

namespace Helpline {

using namespace Qt::StringLiterals;

std::optional<int> ifMatchVersion(const QHttpServerRequest &request)
{
    const QHttpHeaders headers = request.headers();
    if (!headers.contains(QHttpHeaders::WellKnownHeader::IfMatch))
        return std::nullopt;
    QByteArray tag = headers.value(QHttpHeaders::WellKnownHeader::IfMatch).toByteArray().trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    bool ok = false;
    const int version = tag.toInt(&ok);
    if (!ok || version < 1)
        throw ApiError::malformed(u"If-Match must carry a version, such as \"3\"."_s, {{u"If-Match"_s, u"invalid"_s}});
    return version;
}

int requiredIfMatchVersion(const QHttpServerRequest &request)
{
    const auto version = ifMatchVersion(request);
    if (!version) {
        throw ApiError(ApiError::Kind::PreconditionNeeded, u"precondition_required"_s,
                       u"Send If-Match with the version you changed (the ETag you received)."_s);
    }
    return *version;
}

} // namespace Helpline
