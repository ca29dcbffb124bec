// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiFailure.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkReply;

namespace Helpline {

// One request in flight. It owns its reply, reads the JSON answer once, and reports exactly
// once, through callbacks bound to a context object so that they never run after the
// receiver is gone. Deletes itself after reporting.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using Success = std::function<void(const QJsonObject &body, int status)>;
    using Failure = std::function<void(const ApiFailure &failure)>;
    // For a download: the bytes as they came, and the type the server gave them.
    using RawSuccess = std::function<void(const QByteArray &bytes, const QString &contentType)>;

    explicit ApiCall(QNetworkReply *reply, QObject *parent = nullptr);
    ~ApiCall() override;

    // The callbacks run only while `context` exists.
    ApiCall *then(const QObject *context, Success onSuccess, Failure onFailure);
    // Like then(), for an answer that is not JSON (ApiClient::getBytes).
    ApiCall *thenRaw(const QObject *context, RawSuccess onSuccess, Failure onFailure);
    void cancel();

Q_SIGNALS:
    void finished();
    // Bytes sent (an upload) or received (a download) so far; total is -1 while unknown.
    void progress(qint64 done, qint64 total);

private:
    void onFinished();

    QNetworkReply *m_reply;
    QPointer<const QObject> m_context;
    Success m_onSuccess;
    RawSuccess m_onRawSuccess;
    Failure m_onFailure;
    bool m_hasContext = false;
};

} // namespace Helpline
