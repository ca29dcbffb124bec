// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogWriter.h"

#include "ApiCall.h"
#include "DisplayText.h"
#include "TicketCatalog.h"

namespace Helpline {

CatalogWriter::CatalogWriter(TicketCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
}

void CatalogWriter::run(const QList<Request> &requests, const QString &doneText)
{
    if (m_busy || requests.isEmpty())
        return;
    m_queue = requests;
    m_doneText = doneText;
    m_previous = {};
    m_busy = true;
    Q_EMIT busyChanged(true);
    next();
}

void CatalogWriter::next()
{
    if (m_queue.isEmpty()) {
        finish(m_doneText, false);
        Q_EMIT saved();
        return;
    }
    ApiCall *call = m_queue.takeFirst()(m_previous);
    m_call = call;
    call->then(
        this,
        [this](const QJsonObject &answer, int) {
            m_previous = answer;
            next();
        },
        [this](const ApiFailure &failure) {
            QString message;
            if (failure.httpStatus == 412)
                message = tr("Someone else changed this in the meantime. The lists are reloaded; try again.");
            else if (failure.httpStatus == 422 && !failure.fields.isEmpty())
                message = tr("Not saved: %1.").arg(DisplayText::fieldErrorsText(failure.fields));
            else
                message = tr("Not saved: %1").arg(failure.message);
            finish(message, true);
        });
}

void CatalogWriter::finish(const QString &message, bool failed)
{
    m_queue.clear();
    m_busy = false;
    m_catalog.reload();
    Q_EMIT busyChanged(false);
    Q_EMIT finished(message, failed);
}

} // namespace Helpline
