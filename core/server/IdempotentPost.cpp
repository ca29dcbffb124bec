// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdempotentPost.h"

#include "ApiError.h"
#include "Clock.h"
#include "IdempotencyRepository.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxKeyLength = 255;

bool validKey(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > maxKeyLength)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

QString requestHash(const QHttpServerRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.url().path().toUtf8());
    // The query names things too (an attachment's file name, say): another query is another request.
    if (request.url().hasQuery()) {
        hash.addData("?");
        hash.addData(request.url().query(QUrl::FullyEncoded).toUtf8());
    }
    hash.addData("\n");
    hash.addData(request.body());
    return QString::fromLatin1(hash.result().toHex());
}

// The headers of a created resource that a replay must carry too.
constexpr QHttpHeaders::WellKnownHeader replayedHeaders[] = {QHttpHeaders::WellKnownHeader::ETag,
                                                             QHttpHeaders::WellKnownHeader::Location};

IdempotencyRepository::Entry keptAnswer(const QHttpServerResponse &response)
{
    IdempotencyRepository::Entry kept;
    kept.status = static_cast<int>(response.statusCode());
    kept.contentType = QString::fromLatin1(response.mimeType());
    kept.body = response.data();
    const QHttpHeaders headers = response.headers();
    for (const auto name : replayedHeaders) {
        if (headers.contains(name))
            kept.headers.insert(QString::fromLatin1(QHttpHeaders::wellKnownHeaderName(name)),
                                QString::fromLatin1(headers.value(name).toByteArray()));
    }
    return kept;
}

QHttpServerResponse replay(const IdempotencyRepository::Entry &entry)
{
    QHttpServerResponse response(entry.contentType.toLatin1(), entry.body,
                                 static_cast<QHttpServerResponse::StatusCode>(entry.status));
    QHttpHeaders headers = response.headers();
    for (auto it = entry.headers.begin(); it != entry.headers.end(); ++it)
        headers.append(it.key(), it.value().toString());
    headers.append("Idempotent-Replayed", "true");
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace

QHttpServerResponse IdempotentPost::run(const QHttpServerRequest &request, qint64 userId,
                                        const std::function<QHttpServerResponse()> &handler)
{
    const QHttpHeaders requestHeaders = request.headers();
    if (!requestHeaders.contains("Idempotency-Key"))
        return handler();
    const QByteArray rawKey = requestHeaders.value("Idempotency-Key").toByteArray();
    if (!validKey(rawKey)) {
        throw ApiError::malformed(u"Idempotency-Key must be 1 to %1 visible ASCII characters."_s.arg(maxKeyLength),
                                  {{u"Idempotency-Key"_s, u"invalid"_s}});
    }
    const QString key = QString::fromLatin1(rawKey);
    const QString hash = requestHash(request);
    IdempotencyRepository keys(m_context.database);
    const QDateTime now = Clock::current().now();

    // 1. Claim the key where other requests (and other servers) can see it.
    {
        Transaction claim(m_context.database);
        keys.removeOlderThan(now.addSecs(-std::chrono::seconds(retention).count()));
        if (!keys.claim(userId, key, hash, now)) {
            const auto existing = keys.find(userId, key);
            if (!existing)
                throw ApiError(ApiError::Kind::Conflict, u"request_in_progress"_s,
                               u"A request with this Idempotency-Key is being handled. Try again shortly."_s);
            if (existing->requestHash != hash) {
                throw ApiError(ApiError::Kind::Validation, u"idempotency_key_reused"_s,
                               u"This Idempotency-Key was used for a different request."_s,
                               {{u"Idempotency-Key"_s, u"reused"_s}});
            }
            if (!existing->inFlight)
                return replay(*existing);
            if (existing->createdAt.secsTo(now) < abandonedAfter.count()) {
                throw ApiError(ApiError::Kind::Conflict, u"request_in_progress"_s,
                               u"A request with this Idempotency-Key is being handled. Try again shortly."_s);
            }
            // The first attempt died before it finished; it created nothing, so run again,
            // unless another retry took the key over first.
            keys.release(userId, key, existing->createdAt);
            if (!keys.claim(userId, key, hash, now)) {
                throw ApiError(ApiError::Kind::Conflict, u"request_in_progress"_s,
                               u"A request with this Idempotency-Key is being handled. Try again shortly."_s);
            }
        }
        claim.commit();
    }

    // 2. Do the work and keep its answer in one transaction: both happen, or neither.
    try {
        std::optional<QHttpServerResponse> refused;
        {
            Transaction work(m_context.database);
            QHttpServerResponse response = handler();
            const int status = static_cast<int>(response.statusCode());
            if (status >= 200 && status < 300) {
                if (!keys.complete(userId, key, now, keptAnswer(response))) {
                    // A retry took this key over as abandoned: its answer counts, not ours.
                    throw ApiError(ApiError::Kind::Conflict, u"request_in_progress"_s,
                                   u"A request with this Idempotency-Key is being handled. Try again shortly."_s);
                }
                work.commit();
                return response;
            }
            refused.emplace(std::move(response));
        } // not a success: `work` rolls back whatever the handler began…
        keys.release(userId, key, now); // …and the key is free again for a corrected request
        return std::move(*refused);
    } catch (...) {
        keys.release(userId, key, now);
        throw;
    }
}

} // namespace Helpline
