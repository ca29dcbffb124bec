// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiCall.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace Helpline {

ApiCall::ApiCall(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiCall::progress);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::progress);
}

ApiCall::~ApiCall() = default;

ApiCall *ApiCall::then(const QObject *context, Success onSuccess, Failure onFailure)
{
    m_context = context;
    m_hasContext = true;
    m_onSuccess = std::move(onSuccess);
    m_onFailure = std::move(onFailure);
    return this;
}

ApiCall *ApiCall::thenRaw(const QObject *context, RawSuccess onSuccess, Failure onFailure)
{
    m_context = context;
    m_hasContext = true;
    m_onRawSuccess = std::move(onSuccess);
    m_onFailure = std::move(onFailure);
    return this;
}

void ApiCall::cancel()
{
    m_onSuccess = nullptr;
    m_onRawSuccess = nullptr;
    m_onFailure = nullptr;
    m_reply->abort();
}

void ApiCall::onFinished()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: there is nothing to read, and reading would only warn.
    const QByteArray body = m_reply->isOpen() ? m_reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError error = m_reply->error();
    const bool live = !m_hasContext || m_context;

    std::optional<ApiFailure> failure;
    QJsonObject json;
    if (error == QNetworkReply::OperationCanceledError && status == 0) {
        failure = ApiFailure{ApiFailure::Kind::Cancelled, 0, {}, {}, {}, {}};
        // A transfer timeout also reports OperationCanceledError.
        if (m_onSuccess || m_onRawSuccess || m_onFailure)
            failure = ApiFailure::timeout();
    } else if (status >= 400) {
        failure = ApiFailure::fromHttp(status, body);
    } else if (status == 0 || error != QNetworkReply::NoError) {
        // No answer at all, or one cut short (a refused redirect, a timeout mid-body).
        failure = ApiFailure::network(m_reply->errorString());
    } else if (!body.isEmpty() && !m_onRawSuccess) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            failure = ApiFailure::badResponse();
        else
            json = doc.object();
    }

    if (live) {
        if (failure && m_onFailure)
            m_onFailure(*failure);
        else if (!failure && m_onRawSuccess)
            m_onRawSuccess(body, m_reply->header(QNetworkRequest::ContentTypeHeader).toString());
        else if (!failure && m_onSuccess)
            m_onSuccess(json, status);
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace Helpline
