// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class AttachmentFiles;
class RouteTable;

// Files attached to tickets: POST /tickets/{id}/attachments takes the raw bytes (the name in
// ?file_name=), GET lists them, GET /attachments/{id} describes one and
// GET /attachments/{id}/content hands its bytes out as a download, never as a page.
class AttachmentController
{
public:
    explicit AttachmentController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse upload(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse list(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse describe(qint64 attachmentId, const QHttpServerRequest &request);
    QHttpServerResponse content(qint64 attachmentId, const QHttpServerRequest &request);

    // The Content-Disposition of a download named `fileName`: an ASCII stand-in for old
    // clients and the exact name in RFC 5987 form.
    static QByteArray contentDisposition(const QString &fileName);

private:
    AttachmentFiles files() const;

    ServerContext &m_context;
};

} // namespace Helpline
