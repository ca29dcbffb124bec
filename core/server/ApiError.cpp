// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include <QHttpHeaders>
#include <QJsonObject>

namespace Helpline {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

ApiError::ApiError(Kind kind, QString code, QString message, FieldErrors fields)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_fields(std::move(fields))
{
}

ApiError ApiError::malformed(const QString &message, FieldErrors fields)
{
    return {Kind::Malformed, u"malformed_request"_s, message, std::move(fields)};
}

ApiError ApiError::unauthenticated(const QString &message)
{
    return {Kind::Unauthenticated, u"unauthenticated"_s,
            message.isEmpty() ? u"Sign in first: the request has no valid session token."_s : message};
}

ApiError ApiError::forbidden()
{
    return {Kind::Forbidden, u"forbidden"_s, u"Your role does not allow this."_s};
}

ApiError ApiError::notFound(const QString &what)
{
    return {Kind::NotFound, u"not_found"_s, what.isEmpty() ? u"There is nothing here."_s : what + u" was not found."_s};
}

ApiError ApiError::validation(FieldErrors fields)
{
    return {Kind::Validation, u"validation_failed"_s, u"Some fields are missing or invalid."_s, std::move(fields)};
}

ApiError ApiError::staleVersion(const QJsonObject &current, int currentVersion)
{
    ApiError error(Kind::StaleVersion, u"stale_version"_s,
                   u"Someone else changed this since you loaded it. The current version is attached."_s);
    error.m_current = current;
    error.m_currentVersion = currentVersion;
    return error;
}

ApiError ApiError::internal()
{
    return {Kind::Internal, u"internal_error"_s,
            u"The server could not complete the request. Nothing was changed; try again later."_s};
}

QHttpServerResponse::StatusCode ApiError::status() const
{
    switch (m_kind) {
    case Kind::Malformed: return Status::BadRequest;
    case Kind::Unauthenticated: return Status::Unauthorized;
    case Kind::Forbidden: return Status::Forbidden;
    case Kind::NotFound: return Status::NotFound;
    case Kind::MethodNotAllowed: return Status::MethodNotAllowed;
    case Kind::Conflict: return Status::Conflict;
    case Kind::StaleVersion: return Status::PreconditionFailed;
    case Kind::BodyTooLarge: return Status::PayloadTooLarge;
    case Kind::UnsupportedMedia: return Status::UnsupportedMediaType;
    case Kind::Validation: return Status::UnprocessableEntity;
    case Kind::PreconditionNeeded: return Status::PreconditionRequired;
    case Kind::RateLimited: return Status::TooManyRequests;
    case Kind::Internal: return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

QJsonObject ApiError::errorJson() const
{
    QJsonObject error{{u"code"_s, m_code}, {u"message"_s, m_message}};
    if (!m_fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            fields.insert(it.key(), it.value());
        error.insert(u"fields"_s, fields);
    }
    return error;
}

QHttpServerResponse ApiError::toResponse() const
{
    QJsonObject body{{u"error"_s, errorJson()}};
    if (!m_current.isEmpty())
        body.insert(u"current"_s, m_current);
    if (!m_detailKey.isEmpty())
        body.insert(m_detailKey, m_detail);
    QHttpServerResponse response(body, status());
    QHttpHeaders headers = response.headers();
    if (m_currentVersion > 0)
        headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(m_currentVersion) + '"');
    if (m_kind == Kind::Unauthenticated)
        headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer");
    if (m_retryAfter > 0)
        headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(m_retryAfter));
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace Helpline
