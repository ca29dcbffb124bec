// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Clock.h"
#include "Guarded.h"
#include "RouteTable.h"
#include "SurveyRepository.h"
#include "TicketRepository.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

namespace {

// The page the requester sees: self-contained (no script, no remote style or image), and it
// can only post back to itself.
QHttpServerResponse page(const QString &title, const QString &content, Status status)
{
    const QString html = uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%1</title>
<style>body{font-family:sans-serif;max-width:34em;margin:2em auto;padding:0 1em;color:#222}
fieldset{border:none;padding:0}label.score{display:inline-block;margin:0 .6em .6em 0}
textarea{width:100%;min-height:6em}button{font-size:1em;padding:.4em 1.2em}.error{color:#a00}</style>
</head><body><h1>%1</h1>%2</body></html>
)"_s.arg(title.toHtmlEscaped(), content);
    QHttpServerResponse response("text/html; charset=utf-8", html.toUtf8(), status);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::ContentSecurityPolicy,
                   "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    headers.append("Referrer-Policy", "no-referrer");
    response.setHeaders(std::move(headers));
    return response;
}

QString formHtml(const QString &ticketLine, const QString &error, const QString &comment)
{
    QString scores;
    static const char *const labels[] = {"1 – very unhappy", "2", "3", "4", "5 – very happy"};
    for (int score = 1; score <= 5; ++score) {
        scores += u"<label class=\"score\"><input type=\"radio\" name=\"score\" value=\"%1\" required> %2</label>"_s.arg(score).arg(
            QString::fromUtf8(labels[score - 1]));
    }
    return uR"(<p>%1</p>%2<form method="post">
<fieldset><legend>How satisfied are you with how we handled it?</legend>%3</fieldset>
<p><label for="comment">Anything you want to tell us (optional)</label><br>
<textarea id="comment" name="comment" maxlength="2000">%4</textarea></p>
<p><button type="submit">Send</button></p></form>)"_s
        .arg(ticketLine.toHtmlEscaped(),
             error.isEmpty() ? QString() : u"<p class=\"error\">%1</p>"_s.arg(error.toHtmlEscaped()), scores,
             comment.toHtmlEscaped());
}

const QString surveyTitle = u"How did we do?"_s;

} // namespace

void SurveyController::registerRoutes(RouteTable &routes)
{
    routes.addWithToken(Method::Get, u"/survey/{token}"_s,
                        [this](const QString &t, const QHttpServerRequest &r) { return form(t, r); });
    routes.addWithToken(Method::Post, u"/survey/{token}"_s,
                        [this](const QString &t, const QHttpServerRequest &r) { return answer(t, r); });
    routes.addWithId(Method::Get, u"/tickets/{id}/survey"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return forTicket(id, r); });
}

QHttpServerResponse SurveyController::form(const QString &token, const QHttpServerRequest &)
{
    try {
        const auto survey = SurveyRepository(m_context.database).find(token);
        if (!survey)
            return page(u"Survey not found"_s, u"<p>This link is not valid. Please check that it was copied whole.</p>"_s, Status::NotFound);
        switch (survey->stateAt(Clock::current().now())) {
        case SatisfactionSurvey::State::Answered:
            return page(u"Thank you"_s, u"<p>This survey has already been answered.</p>"_s, Status::Gone);
        case SatisfactionSurvey::State::Expired:
            return page(u"Survey closed"_s, u"<p>This survey has closed.</p>"_s, Status::Gone);
        case SatisfactionSurvey::State::Open:
            break;
        }
        const auto ticket = TicketRepository(m_context.database).find(survey->ticketId);
        const QString line = ticket ? u"About your request %1: %2"_s.arg(ticket->number, ticket->title) : QString();
        return page(surveyTitle, formHtml(line, {}, {}), Status::Ok);
    } catch (...) {
        return page(u"Something went wrong"_s, u"<p>Please try again later.</p>"_s, Status::InternalServerError);
    }
}

QHttpServerResponse SurveyController::answer(const QString &token, const QHttpServerRequest &request)
{
    try {
        SurveyRepository surveys(m_context.database);
        const auto survey = surveys.find(token);
        if (!survey)
            return page(u"Survey not found"_s, u"<p>This link is not valid. Please check that it was copied whole.</p>"_s, Status::NotFound);
        if (survey->stateAt(Clock::current().now()) == SatisfactionSurvey::State::Expired)
            return page(u"Survey closed"_s, u"<p>This survey has closed.</p>"_s, Status::Gone);
        const QByteArray type = request.headers().value(QHttpHeaders::WellKnownHeader::ContentType).toByteArray();
        if (!type.trimmed().toLower().startsWith("application/x-www-form-urlencoded") || request.body().size() > 16 * 1024)
            return page(surveyTitle, u"<p class=\"error\">Please send the form from the survey page.</p>"_s, Status::BadRequest);
        QByteArray body = request.body();
        body.replace('+', ' '); // form encoding writes spaces as '+'
        const QUrlQuery fields(QString::fromUtf8(body));
        const QString comment = fields.queryItemValue(u"comment"_s, QUrl::FullyDecoded);
        FieldErrors errors;
        const auto parsed = parseSurveyAnswer(fields.queryItemValue(u"score"_s, QUrl::FullyDecoded), comment, errors);
        if (!parsed) {
            const QString error = errors.contains(u"score"_s) ? u"Please choose a score from 1 to 5."_s
                                                             : u"Please keep the comment under 2000 characters."_s;
            return page(surveyTitle, formHtml({}, error, comment.left(SatisfactionSurvey::commentMax)),
                        Status::UnprocessableEntity);
        }
        Transaction transaction(m_context.database);
        if (!surveys.answer(token, *parsed))
            return page(u"Thank you"_s, u"<p>This survey has already been answered.</p>"_s, Status::Conflict);
        transaction.commit();
        return page(u"Thank you"_s, u"<p>Thank you for your answer. It helps us get better.</p>"_s, Status::Ok);
    } catch (...) {
        return page(u"Something went wrong"_s, u"<p>Please try again later.</p>"_s, Status::InternalServerError);
    }
}

QHttpServerResponse SurveyController::forTicket(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        if (!TicketRepository(m_context.database).find(ticketId))
            throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
        const auto survey = SurveyRepository(m_context.database).latestFor(ticketId);
        if (!survey)
            throw ApiError::notFound(u"A survey for ticket %1"_s.arg(ticketId));
        QJsonObject body = survey->toJson(Clock::current().now());
        body.insert(u"path"_s, RouteTable::basePath + u"/survey/"_s + survey->token);
        return QHttpServerResponse(body);
    });
}

} // namespace Helpline
