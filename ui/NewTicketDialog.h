// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Priority.h"
#include "Ticket.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Helpline {

class ApiCall;
class ApiClient;
class ClassificationFields;
class RequesterLookup;
class TicketCatalog;
struct ApiFailure;

// Logs a call as a new ticket, keyboard only: the caller is found in the directory as their
// name is typed, impact and urgency give the priority live (the server's matrix), group and
// category are picked from the administrator's lists (TicketCatalog), and the
// same rules as the server's are checked before anything is sent. Nothing typed is lost: a
// refusal marks the fields and keeps the dialog open, and a retry of an unchanged form
// reuses its idempotency key, so a lost answer cannot make two tickets.
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(ApiClient &api, const TicketCatalog &catalog, qint64 myUserId, QWidget *parent = nullptr);

    QJsonObject requestBody() const; // the POST /tickets body for what is on screen
    void submit();
    bool isSending() const { return !m_call.isNull(); }
    QByteArray idempotencyKey() const { return m_key; } // of the last request sent
    RequesterLookup *requester() const { return m_requester; }

Q_SIGNALS:
    void ticketCreated(const Helpline::Ticket &ticket);

public Q_SLOTS:
    void reject() override; // asks before throwing away what was typed

private:
    QWidget *withError(QWidget *field, const QStringList &keys);
    void showErrors(const FieldErrors &errors);
    void clearErrors();
    QString errorText(const QString &field, const QString &code) const;
    void updatePriority();
    void setSending(bool sending);
    void onFailed(const ApiFailure &failure);
    bool hasTypedAnything() const;

    struct ErrorSlot
    {
        QWidget *field = nullptr;
        QLabel *label = nullptr;
    };

    ApiClient &m_api;
    qint64 m_myUserId;
    const PriorityMatrix m_matrix; // the server's default
    QComboBox *m_type;
    RequesterLookup *m_requester;
    QComboBox *m_channel;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_impact;
    QComboBox *m_urgency;
    QLabel *m_priority;
    QCheckBox *m_override;
    QFormLayout *m_form = nullptr;   // the column holding the override's rows
    QList<QWidget *> m_overrideRows; // shown while the priority is overridden
    QComboBox *m_overridePriority;
    QLineEdit *m_overrideReason;
    QComboBox *m_tier;
    ClassificationFields *m_routing;
    QComboBox *m_group;
    QComboBox *m_category;
    QComboBox *m_subcategory;
    QLineEdit *m_location;
    QCheckBox *m_assignToMe;
    QLabel *m_problem;
    QPushButton *m_create;
    QHash<QString, ErrorSlot> m_errorSlots; // field key ("title", "requester.name", ...) -> where it shows
    QList<QLabel *> m_errorLabels;
    QString m_prefilledLocation; // the location the last chosen person brought along
    QPointer<ApiCall> m_call;
    QByteArray m_key;         // the idempotency key of…
    QJsonObject m_keyBody;    // …this body
};

} // namespace Helpline
