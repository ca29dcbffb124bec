// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace Helpline {

class AttachmentUploader;

// One line about the shown ticket's uploads: a progress bar while files are on their way,
// then what became of the last one ("Attached …", or why not). Hidden when there is nothing to say.
class UploadStatus : public QWidget
{
    Q_OBJECT
public:
    explicit UploadStatus(QWidget *parent = nullptr);

    void watch(AttachmentUploader *uploader);
    void setTicket(qint64 ticketId);
    QString text() const;

private:
    struct State
    {
        QString text;
        bool problem = false;
        int running = 0;
        qint64 sent = 0;
        qint64 total = 0;
    };
    void present();

    qint64 m_ticketId = 0;
    QHash<qint64, State> m_states;
    QProgressBar *m_bar;
    QLabel *m_label;
};

} // namespace Helpline
