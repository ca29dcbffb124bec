// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketFactsPanel.h"

#include "ApiClient.h"
#include "Asset.h"
#include "DisplayText.h"
#include "Escalation.h"
#include "Person.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int shownOtherTickets = 5;
}

TicketFacts::TicketFacts(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_copySurvey(new QPushButton(tr("Copy survey &link")))
{
    setObjectName(u"ticketFacts"_s);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    setLayout(form);
    m_routing = addRow(tr("Routed to:"), u"ticketRouting"_s);
    m_path = addRow(tr("Escalation path:"), u"ticketEscalationPath"_s);
    m_measures = addRow(tr("Measures:"), u"ticketMeasures"_s);
    m_person = addRow(tr("About the requester:"), u"requesterCard"_s);
    m_otherTickets = addRow(tr("Their other open tickets:"), u"requesterOtherTickets"_s);
    m_assets = addRow(tr("Their devices:"), u"requesterAssets"_s);
    // Asset tags are links that open the asset in the Assets pane.
    m_assets->setTextFormat(Qt::RichText);
    m_assets->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_assets->setOpenExternalLinks(false);
    connect(m_assets, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const qint64 id = link.section(u':', 1).toLongLong(&ok);
        if (ok)
            Q_EMIT openAssetRequested(id);
    });
    // Ticket numbers are links that open the ticket in this pane, never a browser.
    m_otherTickets->setTextFormat(Qt::RichText);
    m_otherTickets->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_otherTickets->setOpenExternalLinks(false);
    connect(m_otherTickets, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const qint64 id = link.section(u':', 1).toLongLong(&ok);
        if (ok)
            Q_EMIT openTicketRequested(id);
    });
    auto *surveyRow = new QWidget;
    auto *surveyLayout = new QHBoxLayout(surveyRow);
    surveyLayout->setContentsMargins(0, 0, 0, 0);
    m_survey = new QLabel;
    m_survey->setObjectName(u"ticketSurvey"_s);
    m_survey->setTextFormat(Qt::PlainText);
    m_survey->setWordWrap(true);
    m_copySurvey->setObjectName(u"copySurveyLinkButton"_s);
    m_copySurvey->setToolTip(tr("Copy the one-time link of the satisfaction survey, to send it to the requester."));
    surveyLayout->addWidget(m_survey, 1);
    surveyLayout->addWidget(m_copySurvey);
    form->addRow(tr("Satisfaction:"), surveyRow);
    connect(m_copySurvey, &QPushButton::clicked, this, [this] {
        if (!m_surveyUrl.isEmpty())
            QGuiApplication::clipboard()->setText(m_surveyUrl);
    });
}

QLabel *TicketFacts::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout *>(layout())->addRow(label, value);
    return value;
}

void TicketFacts::setTicket(const Ticket &ticket)
{
    const bool another = !m_ticket || m_ticket->id != ticket.id;
    m_ticket = ticket;
    QStringList routing{DisplayText::tierText(ticket.tier)};
    routing << (ticket.group.isEmpty() ? tr("no group") : ticket.group);
    routing << tr("came in by %1").arg(DisplayText::channelText(ticket.channel));
    m_routing->setText(routing.join(u"  ·  "_s));
    m_measures->setText(DisplayText::measuresText(ticket));
    if (another) {
        m_path->setText(tr("…"));
        m_person->setText(tr("…"));
        m_otherTickets->setText(tr("…"));
        m_assets->setText(tr("…"));
    }
    m_pending = 4;
    loadEscalations(ticket.id);
    loadRequester(ticket);
    loadRequesterAssets(ticket);
    loadSurvey(ticket);
}

void TicketFacts::reloadEscalations()
{
    if (m_ticket)
        loadEscalations(m_ticket->id);
}

void TicketFacts::finishPart(qint64 ticketId)
{
    if (m_ticket && m_ticket->id == ticketId && --m_pending == 0)
        Q_EMIT loaded(ticketId);
}

void TicketFacts::loadEscalations(qint64 ticketId)
{
    m_api.get(u"/tickets/%1/escalations"_s.arg(ticketId))
        ->then(
            this,
            [this, ticketId](const QJsonObject &json, int) {
                if (!m_ticket || m_ticket->id != ticketId)
                    return;
                QList<EscalationStep> steps;
                for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                    if (const auto step = EscalationStep::fromJson(item.toObject()))
                        steps.append(*step);
                }
                m_path->setText(DisplayText::escalationPathText(steps, m_ticket->tier));
                m_path->setToolTip(DisplayText::escalationNotesText(steps));
                finishPart(ticketId);
            },
            [this, ticketId](const ApiFailure &) {
                if (m_ticket && m_ticket->id == ticketId)
                    m_path->setText(tr("Not available"));
                finishPart(ticketId);
            });
}

void TicketFacts::loadRequester(const Ticket &ticket)
{
    const qint64 ticketId = ticket.id;
    if (!ticket.requester.personId) {
        m_person->setText(tr("Not in the people directory."));
        m_otherTickets->setText(tr("Unknown: the requester is not in the directory."));
        finishPart(ticketId);
        return;
    }
    const qint64 personId = *ticket.requester.personId;
    m_api.get(u"/people/%1"_s.arg(personId))
        ->then(
            this,
            [this, ticketId](const QJsonObject &json, int) {
                if (!m_ticket || m_ticket->id != ticketId)
                    return;
                const auto person = Person::fromJson(json);
                m_person->setText(person ? DisplayText::personText(*person) : tr("Not available"));
            },
            [this, ticketId](const ApiFailure &failure) {
                if (m_ticket && m_ticket->id == ticketId)
                    m_person->setText(tr("Not available: %1").arg(failure.message));
            });
    QUrlQuery query;
    query.addQueryItem(u"requester"_s, QString::number(personId));
    query.addQueryItem(u"status"_s, u"new,assigned,in_progress,pending"_s);
    query.addQueryItem(u"limit"_s, QString::number(shownOtherTickets + 2)); // itself, and one to say there are more
    m_api.get(u"/tickets"_s, query)
        ->then(
            this,
            [this, ticketId](const QJsonObject &json, int) {
                if (!m_ticket || m_ticket->id != ticketId)
                    return;
                QStringList links;
                for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                    const auto other = Ticket::fromJson(item.toObject());
                    if (!other || other->id == ticketId)
                        continue;
                    if (links.size() == shownOtherTickets) {
                        links << tr("and more");
                        break;
                    }
                    links << u"<a href=\"ticket:%1\">%2</a> %3"_s.arg(other->id).arg(other->number.toHtmlEscaped(),
                                                                          other->title.left(40).toHtmlEscaped());
                }
                m_otherTickets->setText(links.isEmpty() ? tr("None") : links.join(u"<br>"_s));
                finishPart(ticketId);
            },
            [this, ticketId](const ApiFailure &) {
                if (m_ticket && m_ticket->id == ticketId)
                    m_otherTickets->setText(tr("Not available"));
                finishPart(ticketId);
            });
}

void TicketFacts::loadRequesterAssets(const Ticket &ticket)
{
    const qint64 ticketId = ticket.id;
    if (!ticket.requester.personId) {
        m_assets->setText(tr("Unknown: the requester is not in the directory."));
        finishPart(ticketId);
        return;
    }
    m_api.get(u"/people/%1/assets"_s.arg(*ticket.requester.personId))
        ->then(
            this,
            [this, ticketId](const QJsonObject &json, int) {
                if (!m_ticket || m_ticket->id != ticketId)
                    return;
                QStringList lines;
                for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                    const auto asset = Asset::fromJson(item.toObject());
                    if (!asset)
                        continue;
                    lines << u"<a href=\"asset:%1\">%2</a> %3 (%4)"_s.arg(asset->id)
                                 .arg(asset->tag.toHtmlEscaped(), asset->model.toHtmlEscaped(),
                                      DisplayText::assetStatusText(asset->status).toHtmlEscaped());
                }
                m_assets->setText(lines.isEmpty() ? tr("None recorded") : lines.join(u"<br>"_s));
                finishPart(ticketId);
            },
            [this, ticketId](const ApiFailure &) {
                if (m_ticket && m_ticket->id == ticketId)
                    m_assets->setText(tr("Not available"));
                finishPart(ticketId);
            });
}

void TicketFacts::loadSurvey(const Ticket &ticket)
{
    const qint64 ticketId = ticket.id;
    m_surveyUrl.clear();
    m_copySurvey->hide();
    if (ticket.status != TicketStatus::Resolved && ticket.status != TicketStatus::Closed) {
        m_survey->setText(tr("Offered to the requester when the ticket is resolved."));
        finishPart(ticketId);
        return;
    }
    m_api.get(u"/tickets/%1/survey"_s.arg(ticketId))
        ->then(
            this,
            [this, ticketId](const QJsonObject &json, int) {
                if (!m_ticket || m_ticket->id != ticketId)
                    return;
                const QString state = json.value(u"state"_s).toString();
                if (state == u"answered"_s) {
                    const QString comment = json.value(u"comment"_s).toString();
                    m_survey->setText(comment.isEmpty()
                                          ? tr("%1 of 5").arg(json.value(u"score"_s).toInt())
                                          : tr("%1 of 5: “%2”").arg(json.value(u"score"_s).toInt()).arg(comment));
                } else if (state == u"expired"_s) {
                    m_survey->setText(tr("Not answered; the survey has closed."));
                } else {
                    QUrl url = m_api.server();
                    url.setPath(json.value(u"path"_s).toString());
                    m_surveyUrl = url.toString();
                    m_survey->setText(tr("Waiting for the requester's answer."));
                    m_copySurvey->show();
                }
                finishPart(ticketId);
            },
            [this, ticketId](const ApiFailure &failure) {
                if (m_ticket && m_ticket->id == ticketId)
                    m_survey->setText(failure.httpStatus == 404 ? tr("No survey was offered.") : tr("Not available"));
                finishPart(ticketId);
            });
}

} // namespace Helpline
