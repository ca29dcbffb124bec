// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Role.h"
#include "ServerContext.h"
#include "User.h"

class QHttpServerRequest;

namespace Helpline {

// Who is calling: the user behind the request's bearer token, checked against a permission.
// Throws ApiError 401 (no valid token) or 403 (the role lacks the permission).
class Authenticator
{
public:
    explicit Authenticator(ServerContext &context) : m_context(context) {}

    User require(const QHttpServerRequest &request) const;
    User require(const QHttpServerRequest &request, Permission permission) const;
    static QString bearerToken(const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
