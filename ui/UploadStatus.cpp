// SPDX-License-Identifier: GPL-3.0-or-later
#include "UploadStatus.h"

#include "AttachmentUploader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace Helpline {

using namespace Qt::StringLiterals;

UploadStatus::UploadStatus(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar)
    , m_label(new QLabel)
{
    m_label->setObjectName(u"uploadStatusText"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_bar->setObjectName(u"uploadProgress"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    present();
}

void UploadStatus::watch(AttachmentUploader *uploader)
{
    connect(uploader, &AttachmentUploader::started, this, [this](qint64 ticketId, const QString &name) {
        State &state = m_states[ticketId];
        if (state.running == 0)
            state.sent = state.total = 0;
        ++state.running;
        state.problem = false;
        state.text = tr("Attaching %1…").arg(name);
        present();
    });
    connect(uploader, &AttachmentUploader::progress, this,
            [this](qint64 ticketId, const QString &, qint64 sent, qint64 total) {
                State &state = m_states[ticketId];
                state.sent = sent;
                state.total = total;
                if (ticketId == m_ticketId)
                    present();
            });
    connect(uploader, &AttachmentUploader::uploaded, this, [this](qint64 ticketId, const Attachment &attachment) {
        State &state = m_states[ticketId];
        if (!state.problem) // a failure stays in view until the next upload starts
            state.text = tr("Attached %1.").arg(attachment.fileName);
        present();
    });
    connect(uploader, &AttachmentUploader::failed, this,
            [this](qint64 ticketId, const QString &name, const QString &message) {
                State &state = m_states[ticketId];
                state.problem = true;
                state.text = tr("%1 was not attached: %2").arg(name, message);
                present();
            });
    connect(uploader, &AttachmentUploader::finished, this, [this](qint64 ticketId) {
        State &state = m_states[ticketId];
        state.running = std::max(0, state.running - 1);
        present();
    });
}

void UploadStatus::setTicket(qint64 ticketId)
{
    m_ticketId = ticketId;
    present();
}

QString UploadStatus::text() const
{
    return m_label->text();
}

void UploadStatus::present()
{
    const State state = m_states.value(m_ticketId);
    m_label->setText(state.text);
    QFont font = m_label->font();
    font.setBold(state.problem);
    m_label->setFont(font);
    m_bar->setVisible(state.running > 0);
    if (state.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(state.sent * 1000 / state.total));
    } else {
        m_bar->setRange(0, 0); // busy until the first figures arrive
    }
    setVisible(!state.text.isEmpty());
}

} // namespace Helpline
