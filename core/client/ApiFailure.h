// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Helpline {

// Why a request did not give the answer hoped for, with one message fit to show a person.
struct ApiFailure
{
    Q_DECLARE_TR_FUNCTIONS(ApiFailure)

public:
    enum class Kind {
        Network,     // no connection, DNS, TLS
        Timeout,     // the server did not answer in time
        Http,        // the server answered with an error status
        BadResponse, // the server answered something that is not the expected JSON
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;    // the server's error code, e.g. "validation_failed"
    QString message; // for the user
    FieldErrors fields;
    QJsonObject body; // the whole error body, e.g. the current representation on 412

    static ApiFailure fromHttp(int status, const QByteArray &body);
    static ApiFailure network(const QString &detail);
    static ApiFailure timeout();
    static ApiFailure badResponse();
    static QString messageFor(const QString &code); // empty for a code we do not know
};

} // namespace Helpline
