// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace Helpline {

// Everything a route can refuse, as one type. The status code of each kind is decided here
// and nowhere else; the body is always {"error":{"code","message"[,"fields"]}}.
class ApiError
{
public:
    enum class Kind {
        Malformed,          // 400
        Unauthenticated,    // 401
        Forbidden,          // 403
        NotFound,           // 404
        MethodNotAllowed,   // 405
        Conflict,           // 409
        StaleVersion,       // 412
        BodyTooLarge,       // 413
        UnsupportedMedia,   // 415
        Validation,         // 422
        PreconditionNeeded, // 428
        RateLimited,        // 429
        Internal,           // 500
    };

    ApiError(Kind kind, QString code, QString message, FieldErrors fields = {});

    static ApiError malformed(const QString &message, FieldErrors fields = {});
    static ApiError unauthenticated(const QString &message = {});
    static ApiError forbidden();
    static ApiError notFound(const QString &what = {});
    static ApiError validation(FieldErrors fields);
    static ApiError internal();

    Kind kind() const { return m_kind; }
    const QString &code() const { return m_code; }
    QHttpServerResponse::StatusCode status() const;
    QHttpServerResponse toResponse() const;
    // The "error" member of the body: {"code","message"[,"fields"]}.
    QJsonObject errorJson() const;

    ApiError &retryAfter(int seconds)
    {
        m_retryAfter = seconds;
        return *this;
    }
    // 412: the resource has moved on; the body carries it as it is now, so the client can
    // show both sides and lose nothing.
    static ApiError staleVersion(const QJsonObject &current, int currentVersion);
    // More than fields can say (an import's rows, each with its errors), beside "error".
    ApiError &withDetail(const QString &key, const QJsonObject &detail)
    {
        m_detailKey = key;
        m_detail = detail;
        return *this;
    }

private:
    Kind m_kind;
    QString m_code;
    QString m_message;
    FieldErrors m_fields;
    int m_retryAfter = 0;
    QJsonObject m_current;
    int m_currentVersion = 0;
    QString m_detailKey;
    QJsonObject m_detail;
};

} // namespace Helpline
