// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewTicketDialog.h"

#include "ApiClient.h"
#include "ClassificationFields.h"
#include "DisplayText.h"
#include "RequesterLookup.h"
#include "TicketValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QColor errorColor(0xc6, 0x28, 0x28);

QLineEdit *shortTextEdit(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(int(TicketLimits::shortTextMax));
    return edit;
}

} // namespace

NewTicketDialog::NewTicketDialog(ApiClient &api, const TicketCatalog &catalog, qint64 myUserId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_myUserId(myUserId)
    , m_type(new QComboBox)
    , m_requester(new RequesterLookup(api, this))
    , m_channel(new QComboBox)
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_impact(new QComboBox)
    , m_urgency(new QComboBox)
    , m_priority(new QLabel)
    , m_override(new QCheckBox(tr("&Override the priority…")))
    , m_overridePriority(new QComboBox)
    , m_overrideReason(new QLineEdit)
    , m_tier(new QComboBox)
    , m_routing(new ClassificationFields(catalog, this))
    , m_group(m_routing->groupCombo())
    , m_category(m_routing->categoryCombo())
    , m_subcategory(m_routing->subcategoryCombo())
    , m_location(shortTextEdit(u"locationEdit"_s))
    , m_assignToMe(new QCheckBox(tr("&Assign to me")))
    , m_problem(new QLabel)
    , m_create(new QPushButton(tr("Create ticket")))
{
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(tr("New ticket"));
    m_type->setObjectName(u"typeCombo"_s);
    m_channel->setObjectName(u"channelCombo"_s);
    m_title->setObjectName(u"titleEdit"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_impact->setObjectName(u"impactCombo"_s);
    m_urgency->setObjectName(u"urgencyCombo"_s);
    m_priority->setObjectName(u"priorityLabel"_s);
    m_override->setObjectName(u"overrideCheck"_s);
    m_overridePriority->setObjectName(u"overridePriorityCombo"_s);
    m_overrideReason->setObjectName(u"overrideReasonEdit"_s);
    m_tier->setObjectName(u"tierCombo"_s);
    m_assignToMe->setObjectName(u"assignToMeCheck"_s);
    m_problem->setObjectName(u"newTicketProblem"_s);
    m_create->setObjectName(u"createTicketButton"_s);

    for (const QString &name : ticketTypeNames())
        m_type->addItem(DisplayText::typeText(*ticketTypeFromName(name)), name);
    for (const QString &name : contactChannelNames())
        m_channel->addItem(DisplayText::channelText(*contactChannelFromName(name)), name);
    for (const QString &name : supportTierNames())
        m_tier->addItem(DisplayText::tierText(*supportTierFromName(name)), name);
    // Words first, so a typed H, M or L picks the level.
    for (int level = 1; level <= 3; ++level) {
        m_impact->addItem(DisplayText::impactChoiceText(level), level);
        m_urgency->addItem(DisplayText::urgencyChoiceText(level), level);
    }
    m_impact->setCurrentIndex(m_impact->findData(3));
    m_urgency->setCurrentIndex(m_urgency->findData(3));
    for (const Priority priority : {Priority::P1, Priority::P2, Priority::P3, Priority::P4})
        m_overridePriority->addItem(DisplayText::priorityText(priority), int(priority));

    m_title->setMaxLength(int(TicketLimits::titleMax));
    m_title->setPlaceholderText(tr("What is wrong, in a few words"));
    m_description->setPlaceholderText(tr("What happened, since when, what was tried. Markdown: **bold**, lists, `code`…"));
    m_description->setTabChangesFocus(true);
    m_overrideReason->setMaxLength(int(TicketLimits::reasonMax));
    m_overrideReason->setPlaceholderText(tr("Why the matrix is wrong this time, e.g. the CEO's laptop, a branch is down"));
    m_assignToMe->setChecked(myUserId > 0);
    m_assignToMe->setEnabled(myUserId > 0);
    m_priority->setTextFormat(Qt::PlainText);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    // The requester's field carries the lookup's hint under it, then its own error.
    auto *requesterBox = new QWidget;
    auto *requesterLayout = new QVBoxLayout(requesterBox);
    requesterLayout->setContentsMargins(0, 0, 0, 0);
    requesterLayout->setSpacing(2);
    requesterLayout->addWidget(withError(m_requester->nameEdit(), {u"requester"_s, u"requester.name"_s, u"requester.person_id"_s}));
    requesterLayout->addWidget(m_requester->hint());

    // Labels name their field itself as buddy, not the box around it (which takes no focus):
    // Alt and the underlined letter must land in the field.
    const auto addRow = [](QFormLayout *form, const QString &text, QWidget *field, QWidget *box) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, box);
    };
    auto *left = new QFormLayout;
    addRow(left, tr("T&ype:"), m_type, m_type);
    addRow(left, tr("&Requester:"), m_requester->nameEdit(), requesterBox);
    addRow(left, tr("E&mail:"), m_requester->emailEdit(), withError(m_requester->emailEdit(), {u"requester.email"_s}));
    addRow(left, tr("C&hannel:"), m_channel, m_channel);
    addRow(left, tr("&Title:"), m_title, withError(m_title, {u"title"_s}));
    addRow(left, tr("&Description:"), m_description, withError(m_description, {u"description"_s}));

    auto *right = new QFormLayout;
    m_form = right;
    addRow(right, tr("&Impact:"), m_impact, withError(m_impact, {u"impact"_s}));
    addRow(right, tr("&Urgency:"), m_urgency, withError(m_urgency, {u"urgency"_s}));
    right->addRow(tr("Priority:"), m_priority);
    right->addRow(QString(), m_override);
    QWidget *overridePriority = withError(m_overridePriority, {u"priority"_s});
    QWidget *overrideReason = withError(m_overrideReason, {u"priority_reason"_s});
    addRow(right, tr("Set to:"), m_overridePriority, overridePriority);
    addRow(right, tr("Rea&son:"), m_overrideReason, overrideReason);
    m_overrideRows = {overridePriority, overrideReason};
    for (QWidget *row : std::as_const(m_overrideRows))
        right->setRowVisible(row, false);
    addRow(right, tr("Ti&er:"), m_tier, withError(m_tier, {u"tier"_s}));
    addRow(right, tr("&Group:"), m_group, withError(m_group, {u"group"_s}));
    addRow(right, tr("&Category:"), m_category, withError(m_category, {u"category"_s}));
    addRow(right, tr("Su&bcategory:"), m_subcategory, withError(m_subcategory, {u"subcategory"_s}));
    addRow(right, tr("&Location:"), m_location, withError(m_location, {u"location"_s}));
    right->addRow(QString(), withError(m_assignToMe, {u"assignee_id"_s}));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);

    // Enter in a field must not send a half-typed call: only Ctrl+Enter (or the button) does.
    // Hence no accept role, which a button box would make the default button.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    auto *createShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(createShortcut, &QShortcut::activated, this, &NewTicketDialog::submit);
    m_create->setToolTip(tr("Create the ticket (%1)").arg(createShortcut->key().toString(QKeySequence::NativeText)));
    connect(m_create, &QPushButton::clicked, this, &NewTicketDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    setTabOrder({m_type, m_requester->nameEdit(), m_requester->emailEdit(), m_channel, m_title, m_description,
                 m_impact, m_urgency, m_override, m_overridePriority, m_overrideReason, m_tier, m_group,
                 m_category, m_subcategory, m_location, m_assignToMe, m_create});

    connect(m_impact, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updatePriority);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updatePriority);
    connect(m_overridePriority, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updatePriority);
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            // Start from what the matrix says; the analyst moves it from there.
            const Priority matrix = m_matrix.priorityFor(m_impact->currentData().toInt(), m_urgency->currentData().toInt());
            m_overridePriority->setCurrentIndex(m_overridePriority->findData(int(matrix)));
        }
        for (QWidget *row : std::as_const(m_overrideRows))
            m_form->setRowVisible(row, on);
        updatePriority();
        if (on)
            m_overridePriority->setFocus();
    });
    // A person from the directory brings their location, unless the analyst typed another,
    // and takes it along again when the analyst turns to someone else.
    connect(m_requester, &RequesterLookup::personChosen, this, [this](const Person &person) {
        const QString typed = m_location->text().trimmed();
        if (typed.isEmpty() || typed == m_prefilledLocation) {
            m_location->setText(person.location);
            m_prefilledLocation = person.location;
        }
    });
    connect(m_requester, &RequesterLookup::changed, this, [this] {
        if (!m_requester->person() && !m_prefilledLocation.isEmpty()) {
            if (m_location->text().trimmed() == m_prefilledLocation)
                m_location->clear();
            m_prefilledLocation.clear();
        }
    });

    updatePriority();
    m_requester->nameEdit()->setFocus();
    resize(980, 560);
}

QWidget *NewTicketDialog::withError(QWidget *field, const QStringList &keys)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *label = new QLabel;
    label->setObjectName(u"error_"_s + keys.constFirst());
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor);
    label->setPalette(palette);
    label->hide();
    layout->addWidget(label);
    for (const QString &key : keys)
        m_errorSlots.insert(key, {field, label});
    m_errorLabels.append(label);
    return box;
}

QJsonObject NewTicketDialog::requestBody() const
{
    QJsonObject body{
        {u"type"_s, m_type->currentData().toString()},
        {u"title"_s, m_title->text().trimmed()},
        {u"requester"_s, m_requester->toJson()},
        {u"channel"_s, m_channel->currentData().toString()},
        {u"impact"_s, m_impact->currentData().toInt()},
        {u"urgency"_s, m_urgency->currentData().toInt()},
        {u"tier"_s, m_tier->currentData().toString()},
    };
    if (!m_description->toPlainText().trimmed().isEmpty())
        body.insert(u"description"_s, m_description->toPlainText());
    const TicketClassification routing = m_routing->value();
    const std::pair<QString, QString> texts[] = {
        {u"group"_s, routing.group},
        {u"category"_s, routing.category},
        {u"subcategory"_s, routing.subcategory},
        {u"location"_s, m_location->text().trimmed()},
    };
    for (const auto &[key, text] : texts) {
        if (!text.isEmpty())
            body.insert(key, text);
    }
    if (m_override->isChecked()) {
        body.insert(u"priority"_s, m_overridePriority->currentData().toInt());
        body.insert(u"priority_reason"_s, m_overrideReason->text().trimmed());
    }
    if (m_assignToMe->isChecked() && m_myUserId > 0)
        body.insert(u"assignee_id"_s, m_myUserId);
    return body;
}

void NewTicketDialog::submit()
{
    if (isSending())
        return;
    const QJsonObject body = requestBody();
    // The server's own rules, checked here first so the analyst hears of every problem at once.
    FieldErrors errors;
    const bool parsed = parseNewTicket(body, errors).has_value();
    m_routing->check(errors);
    if (!parsed || !errors.isEmpty()) {
        showErrors(errors);
        m_problem->setText(tr("Not created yet: see the marked fields."));
        m_problem->show();
        return;
    }
    clearErrors();
    // A new key only for a new request: an unchanged form sent again after a lost answer is
    // recognised by the server and creates nothing twice.
    if (m_key.isEmpty() || body != m_keyBody) {
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_keyBody = body;
    }
    setSending(true);
    ApiCall *call = m_api.post(u"/tickets"_s, body, m_key);
    m_call = call;
    call->then(
        this,
        [this](const QJsonObject &json, int) {
            setSending(false);
            if (const auto ticket = Ticket::fromJson(json))
                Q_EMIT ticketCreated(*ticket);
            // The ticket exists now: closing loses nothing.
            done(Accepted);
        },
        [this](const ApiFailure &failure) { onFailed(failure); });
}

void NewTicketDialog::onFailed(const ApiFailure &failure)
{
    setSending(false);
    if (failure.httpStatus == 422 && !failure.fields.isEmpty())
        showErrors(failure.fields);
    QString text;
    switch (failure.kind) {
    case ApiFailure::Kind::Timeout:
    case ApiFailure::Kind::Network:
        text = tr("Not created yet: %1 Everything you typed is still here; creating again is safe and "
                  "will not make a second ticket.").arg(failure.message);
        break;
    default:
        text = tr("Not created: %1 Everything you typed is still here.").arg(failure.message);
    }
    m_problem->setText(text);
    m_problem->show();
}

void NewTicketDialog::showErrors(const FieldErrors &errors)
{
    clearErrors();
    QHash<QLabel *, QStringList> texts;
    QStringList elsewhere;
    QWidget *first = nullptr;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const auto slot = m_errorSlots.constFind(it.key());
        if (slot == m_errorSlots.cend()) {
            elsewhere << tr("%1: %2").arg(DisplayText::fieldText(it.key()), DisplayText::fieldErrorText(it.value()));
            continue;
        }
        texts[slot->label] << errorText(it.key(), it.value());
        slot->label->show();
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        it.key()->setText(it.value().join(u'\n'));
    // The first marked field in the order of the form takes the focus.
    for (QWidget *field : QList<QWidget *>{m_requester->nameEdit(), m_requester->emailEdit(), m_title, m_description,
                                           m_impact, m_urgency, m_overridePriority, m_overrideReason, m_tier,
                                           m_group, m_category, m_subcategory, m_location, m_assignToMe}) {
        const auto hasError = std::any_of(errors.keyBegin(), errors.keyEnd(), [&](const QString &key) {
            return m_errorSlots.value(key).field == field;
        });
        if (hasError) {
            first = field;
            break;
        }
    }
    if (first)
        first->setFocus();
    if (!elsewhere.isEmpty()) {
        m_problem->setText(elsewhere.join(u'\n'));
        m_problem->show();
    }
}

void NewTicketDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_problem->hide();
}

QString NewTicketDialog::errorText(const QString &field, const QString &code) const
{
    if (code == u"required"_s) {
        if (field == u"title"_s)
            return tr("Give the ticket a title.");
        if (field.startsWith(u"requester"_s))
            return tr("Who called? Choose someone from the directory, or type a name.");
        if (field == u"priority_reason"_s)
            return tr("Say why the priority differs from the matrix.");
    }
    if (code == u"unknown"_s && field == u"requester.person_id"_s)
        return tr("This person is no longer in the directory. Search again, or type the name.");
    if (code == u"invalid"_s && field == u"requester.email"_s)
        return tr("Not an email address.");
    if (code == u"too_long"_s) {
        const qsizetype max = field == u"title"_s            ? TicketLimits::titleMax
                              : field == u"description"_s    ? TicketLimits::descriptionMax
                              : field == u"priority_reason"_s ? TicketLimits::reasonMax
                              : field == u"requester.email"_s ? TicketLimits::emailMax
                                                              : TicketLimits::shortTextMax;
        return tr("Too long: at most %n character(s).", "", int(max));
    }
    QString text = DisplayText::fieldErrorText(code);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text + u'.';
}

void NewTicketDialog::updatePriority()
{
    const Priority matrix = m_matrix.priorityFor(m_impact->currentData().toInt(), m_urgency->currentData().toInt());
    Priority shown = matrix;
    QString text;
    if (m_override->isChecked()) {
        shown = *priorityFromNumber(m_overridePriority->currentData().toInt());
        text = shown == matrix ? tr("%1 (set by hand, as the matrix gives)").arg(DisplayText::priorityText(shown))
                               : tr("%1 (set by hand; the matrix gives %2)")
                                     .arg(DisplayText::priorityText(shown), DisplayText::priorityText(matrix));
    } else {
        text = tr("%1 (from impact and urgency)").arg(DisplayText::priorityText(shown));
    }
    m_priority->setText(text);
    QPalette palette = m_priority->palette();
    const QColor color = DisplayText::priorityColor(shown);
    palette.setColor(QPalette::WindowText, color.isValid() ? color : this->palette().color(QPalette::WindowText));
    m_priority->setPalette(palette);
    QFont font = m_priority->font();
    font.setBold(shown == Priority::P1 || shown == Priority::P2);
    m_priority->setFont(font);
}

void NewTicketDialog::setSending(bool sending)
{
    // While the request is out the form stands still, so what was sent is what is on screen.
    m_create->setEnabled(!sending);
    m_create->setText(sending ? tr("Creating…") : tr("Create ticket"));
    for (QWidget *field : QList<QWidget *>{m_type, m_requester->nameEdit(), m_requester->emailEdit(), m_channel,
                                           m_title, m_description, m_impact, m_urgency, m_override,
                                           m_overridePriority, m_overrideReason, m_tier, m_group, m_category,
                                           m_subcategory, m_location, m_assignToMe}) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->setReadOnly(sending || (edit == m_requester->emailEdit() && m_requester->person()));
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(sending);
        else
            field->setEnabled(!sending && (field != m_assignToMe || m_myUserId > 0));
    }
    if (sending)
        m_problem->hide();
}

bool NewTicketDialog::hasTypedAnything() const
{
    return !m_requester->isEmpty() || !m_title->text().trimmed().isEmpty()
           || !m_description->toPlainText().trimmed().isEmpty() || !m_overrideReason->text().trimmed().isEmpty();
}

void NewTicketDialog::reject()
{
    if (hasTypedAnything()) {
        const auto answer = QMessageBox::question(this, tr("Discard the new ticket?"),
                                                  tr("What you typed for this ticket will be lost."),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    if (m_call)
        m_call->cancel();
    QDialog::reject();
}

} // namespace Helpline
