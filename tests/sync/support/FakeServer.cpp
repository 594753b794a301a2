// SPDX-License-Identifier: MIT
// FakeServer: enough of the server's rules (sessions, versions, idempotent actions, the plan rules of
// core::PlanChange, the changes feed) to drive the client through every path of docs/api.md.
#include "FakeServer.h"

#include "SyncTestSupport.h"
#include "core/application/ApplicationRecord.h"
#include "core/application/ApplicationStatus.h"
#include "core/plan/PlanChange.h"
#include "core/venue/ReservationStatus.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::sync::test {

namespace {

QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::ProtocolInvalidOperationError;
    }
}

/// Finishes on a later event-loop turn, like a real reply; or only on deliver() when held.
class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op,
              const QNetworkRequest& request,
              FakeResponse response,
              QObject* parent)
        : QNetworkReply(parent)
        , m_response(std::move(response))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (m_response.networkError == QNetworkReply::NoError) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
            setHeader(QNetworkRequest::ContentTypeHeader, m_response.contentType);
            setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
            if (m_response.status == 401) {
                setRawHeader("WWW-Authenticate", "Bearer");
            }
        }
    }

    void deliver()
    {
        if (isFinished()) {
            return;
        }
        if (m_response.networkError != QNetworkReply::NoError) {
            setError(m_response.networkError, u"Connection refused"_s);
            setFinished(true);
            emit errorOccurred(m_response.networkError);
            emit finished();
            return;
        }
        m_content = m_response.body;
        emit metaDataChanged();
        emit readyRead();
        if (m_response.status >= 400) {
            setError(errorForStatus(m_response.status), u"HTTP %1"_s.arg(m_response.status));
            emit errorOccurred(error());
        }
        setFinished(true);
        emit finished();
    }

    void abort() override
    {
        if (isFinished()) {
            return;
        }
        setError(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
        setFinished(true);
        emit errorOccurred(QNetworkReply::OperationCanceledError);
        emit finished();
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_content.size() - m_offset + QNetworkReply::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_content.size() - m_offset);
        if (count <= 0) {
            return isFinished() ? -1 : 0;
        }
        std::copy_n(m_content.constData() + m_offset, count, data);
        m_offset += count;
        return count;
    }

private:
    FakeResponse m_response;
    QByteArray m_content;
    qint64 m_offset = 0;
};

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest& request)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeResponse FakeResponse::json(int status, const QJsonObject& body)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse FakeResponse::error(int status, const QString& code, const QString& message, const QString& field)
{
    QJsonObject body{{u"error"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty()) {
        body.insert(u"field"_s, field);
    }
    return json(status, body);
}

FakeResponse FakeResponse::networkFailure(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.networkError = error;
    return response;
}

FakeServer::FakeServer(QObject* parent)
    : ApiAccessManager(parent)
    , m_serverTime(core::ApplicationJson::timeFromJson(QString::fromLatin1(kServerTime)))
    , m_plan(core::PlanJson::toJson(core::VenuePlan()))
{}

void FakeServer::addUser(const QString& vsysId,
                         const QString& password,
                         const QString& venueId,
                         const QString& venueName)
{
    m_users.insert(vsysId, {password, venueId, venueName});
}

QString FakeServer::issueToken(const QString& vsysId)
{
    const QString token = u"token-%1-%2"_s.arg(vsysId).arg(m_tokens.size() + 1);
    m_tokens.insert(token, vsysId);
    return token;
}

void FakeServer::expireTokens()
{
    m_tokens.clear();
}

void FakeServer::setApplication(const QJsonObject& record)
{
    const QString id = record.value(u"id"_s).toString();
    m_applications.insert(id, record);
    recordChange(u"application"_s, id);
}

std::optional<QJsonObject> FakeServer::application(const QString& id) const
{
    const auto found = m_applications.constFind(id);
    return found == m_applications.cend() ? std::nullopt : std::optional<QJsonObject>(*found);
}

void FakeServer::setVenue(const QJsonObject& venue)
{
    m_venue = venue;
    recordChange(u"venue"_s, venue.value(u"id"_s).toString());
}

void FakeServer::addDocument(const QJsonObject& document, const QByteArray& content)
{
    const QString id = document.value(u"id"_s).toString();
    m_documents.insert(id, document);
    m_documentContents.insert(id, content);
    recordChange(u"document"_s, id);
}

void FakeServer::setCools(const QJsonArray& cools)
{
    m_cools = cools;
    for (const QJsonValue& cool : cools) {
        recordChange(u"cool"_s, QString::number(cool.toObject().value(u"id"_s).toInteger()));
    }
}

void FakeServer::setPlan(const QJsonObject& plan)
{
    m_plan = plan;
    recordChange(u"plan"_s, u"plan"_s);
}

void FakeServer::releaseHeldReplies()
{
    m_holdReplies = false;
    const auto held = std::exchange(m_heldReplies, {});
    for (const QPointer<QNetworkReply>& reply : held) {
        if (reply) {
            static_cast<FakeReply*>(reply.data())->deliver();
        }
    }
}

QList<FakeRequest> FakeServer::requestsTo(const QString& path) const
{
    QList<FakeRequest> matching;
    std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(matching),
                 [&path](const FakeRequest& request) { return request.path == path; });
    return matching;
}

QStringList FakeServer::queriesTo(const QString& path) const
{
    QStringList queries;
    for (const FakeRequest& request : requestsTo(path)) {
        queries.append(request.request.url().query());
    }
    return queries;
}

QStringList FakeServer::addDrafts(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        ids.append(u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5%1"_s.arg(i));
        setApplication(serverRecord(ids.constLast(), 1, u"draft"_s, sampleContent(u"株式会社テスト"_s)));
    }
    return ids;
}

QNetworkReply* FakeServer::dispatch(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    FakeRequest received;
    received.verb = verbOf(op, request);
    received.request = request;
    received.path = request.url().path().mid(QStringLiteral("/api/v1").size());
    received.body = outgoingData ? outgoingData->readAll() : QByteArray();
    m_requests.append(received);

    auto* reply = new FakeReply(op, request, handle(received), this);
    if (m_holdReplies) {
        m_heldReplies.append(reply);
    } else {
        QTimer::singleShot(0, reply, [reply] { reply->deliver(); });
    }
    return reply;
}

FakeResponse FakeServer::handle(const FakeRequest& request)
{
    if (!m_reachable) {
        return FakeResponse::networkFailure();
    }
    if (m_override) {
        if (auto answer = m_override(request)) {
            return *answer;
        }
    }
    if (!request.request.url().path().startsWith(u"/api/v1/"_s)) {
        return FakeResponse::error(404, u"not_found"_s, u"見つかりません。"_s);
    }
    if (request.verb == "POST" && request.path == u"/session"_s) {
        return login(request);
    }
    const QByteArray authorization = request.header("Authorization");
    const QString vsysId
        = authorization.startsWith("Bearer ") ? m_tokens.value(QString::fromUtf8(authorization.mid(7))) : QString();
    if (vsysId.isEmpty()) {
        return FakeResponse::error(401, u"unauthorized"_s,
                                   u"ログインの有効期限が切れました。もう一度ログインしてください。"_s);
    }

    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (request.verb == "DELETE" && request.path == u"/session"_s) {
        m_tokens.remove(QString::fromUtf8(authorization.mid(7)));
        FakeResponse answer;
        answer.status = 204;
        return answer;
    }
    if (request.verb == "GET" && request.path == u"/venue"_s) {
        return FakeResponse::json(200, m_venue);
    }
    if (request.verb == "PUT" && request.path == u"/venue/reservation-status"_s) {
        return putReservationStatus(request, vsysId);
    }
    if (request.verb == "GET" && request.path == u"/cools"_s) {
        return FakeResponse::json(
            200, {{u"server_time"_s, core::ApplicationJson::timeToJson(m_serverTime)}, {u"cools"_s, m_cools}});
    }
    if (request.verb == "GET" && request.path == u"/plan"_s) {
        return FakeResponse::json(
            200, {{u"server_time"_s, core::ApplicationJson::timeToJson(m_serverTime)}, {u"plan"_s, m_plan}});
    }
    if (request.verb == "PUT" && request.path == u"/plan"_s) {
        return putPlan(request);
    }
    if (request.verb == "GET" && request.path == u"/changes"_s) {
        return changes(request);
    }
    if (request.verb == "GET" && request.path == u"/documents"_s) {
        QJsonArray documents;
        for (const QJsonObject& document : m_documents) {
            documents.append(document);
        }
        return FakeResponse::json(200, {{u"documents"_s, documents}});
    }
    if (request.verb == "GET" && segments.size() == 3 && segments.at(0) == u"documents"_s
        && segments.at(2) == u"content"_s && m_documentContents.contains(segments.at(1))) {
        QJsonObject& document = m_documents[segments.at(1)];
        document.insert(u"download_count"_s, document.value(u"download_count"_s).toInt() + 1);
        // As the real server does: the venue's other computers learn the count from the feed.
        recordChange(u"document"_s, segments.at(1));
        FakeResponse answer;
        answer.body = m_documentContents.value(segments.at(1));
        answer.contentType = "application/pdf";
        return answer;
    }
    if (request.verb == "GET" && request.path == u"/applications"_s) {
        return listApplications(request);
    }
    if (segments.size() >= 2 && segments.at(0) == u"applications"_s) {
        const QString& id = segments.at(1);
        if (request.verb == "GET" && segments.size() == 2 && m_applications.contains(id)) {
            return FakeResponse::json(200, m_applications.value(id));
        }
        if (request.verb == "PUT" && segments.size() == 2) {
            return putApplication(request, id);
        }
        if (request.verb == "POST" && segments.size() == 3) {
            return applicationAction(request, id, segments.at(2));
        }
    }
    return FakeResponse::error(404, u"not_found"_s, u"見つかりません。"_s);
}

FakeResponse FakeServer::login(const FakeRequest& request)
{
    const QJsonObject body = request.json();
    const QString vsysId = body.value(u"vsys_id"_s).toString();
    const auto user = m_users.constFind(vsysId);
    if (user == m_users.cend() || user->password != body.value(u"password"_s).toString()) {
        return FakeResponse::error(401, u"unauthorized"_s, u"V-SYS ID またはパスワードが正しくありません。"_s);
    }
    return FakeResponse::json(201,
                              {{u"token"_s, issueToken(vsysId)},
                               {u"expires_at"_s, u"2021-12-20T14:20:00.000Z"_s},
                               {u"vsys_id"_s, vsysId},
                               {u"venue"_s, QJsonObject{{u"id"_s, user->venueId}, {u"name"_s, user->venueName}}}});
}

FakeResponse FakeServer::putApplication(const FakeRequest& request, const QString& id)
{
    const QJsonValue content = request.json().value(u"content"_s);
    if (!content.isObject()) {
        return FakeResponse::error(400, u"invalid_field"_s, u"申込内容が正しくありません。"_s, u"content"_s);
    }
    const QByteArray ifMatch = request.header("If-Match");
    const auto existing = m_applications.constFind(id);
    if (existing == m_applications.cend()) {
        if (!ifMatch.isEmpty() && ifMatch != "0") {
            return FakeResponse::error(404, u"not_found"_s, u"見つかりません。"_s);
        }
        const QJsonObject record{{u"id"_s, id},
                                 {u"number"_s, QJsonValue::Null},
                                 {u"status"_s, u"draft"_s},
                                 {u"version"_s, 1},
                                 {u"content"_s, content},
                                 {u"submitted_at"_s, QJsonValue::Null},
                                 {u"reviewed_at"_s, QJsonValue::Null},
                                 {u"review_comment"_s, QJsonValue::Null},
                                 {u"issued_vsys_id"_s, QJsonValue::Null},
                                 {u"created_at"_s, QString::fromLatin1(kNow)},
                                 {u"updated_at"_s, QString::fromLatin1(kNow)}};
        setApplication(record);
        return FakeResponse::json(201, record);
    }
    QJsonObject record = *existing;
    const int version = record.value(u"version"_s).toInt();
    if (ifMatch.isEmpty() || ifMatch.toInt() != version) {
        return FakeResponse::json(409,
                                  {{u"error"_s, u"version_conflict"_s},
                                   {u"message"_s, u"この申込は他の端末で更新されています。内容を確認してください。"_s},
                                   {u"server_copy"_s, record}});
    }
    const auto status = core::ApplicationStatusMachine::fromKey(record.value(u"status"_s).toString());
    if (const auto allowed
        = core::ApplicationStatusMachine::apply(*status, core::ApplicationAction::Edit, core::Actor::Venue);
        !allowed) {
        return FakeResponse::error(409, u"invalid_status"_s, allowed.error().message);
    }
    record.insert(u"content"_s, content);
    record.insert(u"version"_s, version + 1);
    setApplication(record);
    return FakeResponse::json(200, record);
}

FakeResponse FakeServer::idempotent(const FakeRequest& request, const std::function<FakeResponse()>& action)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (key.isEmpty()) {
        return FakeResponse::error(400, u"missing_idempotency_key"_s, u"Idempotency-Key がありません。"_s);
    }
    const QString remembered = request.path + u' ' + QString::fromLatin1(key);
    if (const auto first = m_idempotentAnswers.constFind(remembered); first != m_idempotentAnswers.cend()) {
        return *first;
    }
    const FakeResponse answer = action();
    m_idempotentAnswers.insert(remembered, answer);
    return answer;
}

FakeResponse FakeServer::putReservationStatus(const FakeRequest& request, const QString& vsysId)
{
    return idempotent(request, [&] {
        const auto status = core::ReservationStatusText::fromKey(request.json().value(u"status"_s).toString());
        if (!status) {
            return FakeResponse::error(400, u"invalid_field"_s, core::ReservationStateJson::unknownStatus({}).message,
                                       u"status"_s);
        }
        const core::ReservationState state{*status, QDateTime::fromString(QString::fromLatin1(kNow), Qt::ISODateWithMs),
                                           vsysId};
        QJsonObject venue = m_venue;
        venue.insert(u"id"_s, m_users.value(vsysId).venueId);
        venue.insert(u"name"_s, m_users.value(vsysId).venueName);
        venue.insert(u"reservation_status"_s, core::ReservationStateJson::toJson(state));
        setVenue(venue);
        return FakeResponse::json(200, core::ReservationStateJson::toJson(state));
    });
}

FakeResponse FakeServer::applicationAction(const FakeRequest& request, const QString& id, const QString& action)
{
    return idempotent(request, [&] { return applyAction(request, id, action); });
}

FakeResponse FakeServer::applyAction(const FakeRequest& request, const QString& id, const QString& action)
{
    const auto existing = m_applications.constFind(id);
    std::optional<core::ApplicationAction> kind;
    if (action == u"submit"_s) {
        kind = core::ApplicationAction::Submit;
    } else if (action == u"withdraw"_s) {
        kind = core::ApplicationAction::Withdraw;
    } else if (action == u"resubmit"_s) {
        kind = core::ApplicationAction::Resubmit;
    }
    if (existing == m_applications.cend() || !kind) {
        return FakeResponse::error(404, u"not_found"_s, u"見つかりません。"_s);
    }
    QJsonObject record = *existing;
    const int version = record.value(u"version"_s).toInt();
    const QByteArray ifMatch = request.header("If-Match");
    if (!ifMatch.isEmpty() && ifMatch.toInt() != version) {
        return FakeResponse::json(409,
                                  {{u"error"_s, u"version_conflict"_s},
                                   {u"message"_s, u"この申込は他の端末で更新されています。内容を確認してください。"_s},
                                   {u"server_copy"_s, record}});
    }
    const auto status = core::ApplicationStatusMachine::fromKey(record.value(u"status"_s).toString());
    const auto next = core::ApplicationStatusMachine::apply(*status, *kind, core::Actor::Venue);
    if (!next) {
        return FakeResponse::error(409, u"invalid_status"_s, next.error().message);
    }
    record.insert(u"status"_s, core::ApplicationStatusMachine::key(*next));
    record.insert(u"version"_s, version + 1);
    if (*kind == core::ApplicationAction::Submit) {
        const QString vsysId = m_tokens.value(QString::fromUtf8(request.header("Authorization").mid(7)));
        record.insert(u"number"_s, u"%1-%2-01"_s.arg(++m_submitted, 5, 10, QChar(u'0')).arg(vsysId));
        record.insert(u"submitted_at"_s, QString::fromLatin1(kNow));
    }
    ++m_appliedActions;
    setApplication(record);
    return FakeResponse::json(200, record);
}

FakeResponse FakeServer::putPlan(const FakeRequest& request)
{
    const QJsonObject body = request.json();
    const auto rows = core::PlanJson::rowsFromJson(body.value(u"rows"_s), u"rows"_s);
    if (!rows) {
        return FakeResponse::error(400, u"invalid_field"_s, rows.error().message, rows.error().field);
    }
    const core::VenuePlan stored = core::PlanJson::fromJson(m_plan).value();
    if (request.header("If-Match").toInt() != stored.version) {
        return FakeResponse::json(409,
                                  {{u"error"_s, u"version_conflict"_s},
                                   {u"message"_s, u"接種計画は他の端末で変更されています。内容を確認してください。"_s},
                                   {u"server_copy"_s, m_plan}});
    }
    QList<core::CoolPeriod> cools;
    for (const QJsonValue& cool : std::as_const(m_cools)) {
        cools.append(core::CoolJson::fromJson(cool.toObject()).value());
    }
    const bool requestApproval = body.value(u"request_approval"_s).toBool();
    const core::PlanVerdict verdict = core::PlanChange::check(stored, *rows, cools, m_serverTime, requestApproval);
    if (!verdict.accepted()) {
        switch (*verdict.refusal) {
        case core::ErrorCode::Invalid:
            return FakeResponse::error(400, u"invalid_field"_s, verdict.error.message, verdict.error.field);
        case core::ErrorCode::CoolLocked:
            return FakeResponse::error(409, u"cool_locked"_s, verdict.error.message, verdict.error.field);
        case core::ErrorCode::PlanLocked:
            return FakeResponse::error(409, u"plan_locked"_s, verdict.error.message, verdict.error.field);
        case core::ErrorCode::ApprovalRequired:
            return FakeResponse::error(409, u"approval_required"_s, verdict.error.message, verdict.error.field);
        default:
            break;
        }
    }
    core::VenuePlan next = stored;
    const QList<core::PlanRow> merged = core::PlanChange::merged(stored, *rows);
    core::VenuePlan requested;
    requested.rows = merged;
    switch (verdict.outcome) {
    case core::PlanOutcome::FirstRegistration:
        next.rows = merged;
        next.initialTotalBoxes = requested.totalBoxes();
        break;
    case core::PlanOutcome::Apply:
        if (merged == stored.rows) {
            return FakeResponse::json(
                200, {{u"server_time"_s, core::ApplicationJson::timeToJson(m_serverTime)}, {u"plan"_s, m_plan}});
        }
        next.rows = merged;
        if (next.approval && next.approval->state == core::PlanApproval::State::Pending) {
            next.approval.reset();
        }
        break;
    case core::PlanOutcome::RequestApproval:
        next.approval = core::PlanApproval{
            core::PlanApproval::State::Pending, merged, requested.totalBoxes(), {}, m_serverTime, {}};
        break;
    }
    next.version = stored.version + 1;
    next.updatedAt = m_serverTime;
    setPlan(core::PlanJson::toJson(next));
    return FakeResponse::json(
        200, {{u"server_time"_s, core::ApplicationJson::timeToJson(m_serverTime)}, {u"plan"_s, m_plan}});
}

FakeResponse FakeServer::changes(const FakeRequest& request) const
{
    const qint64 since = QUrlQuery(request.request.url()).queryItemValue(u"since"_s).toLongLong();
    QList<std::pair<qint64, QPair<QString, QString>>> changed;
    for (auto it = m_changeSequence.cbegin(); it != m_changeSequence.cend(); ++it) {
        if (it.value() > since) {
            changed.append({it.value(), it.key()});
        }
    }
    std::sort(changed.begin(), changed.end());
    QJsonValue next;
    qint64 cursor = m_sequence;
    if (m_pageSize > 0 && changed.size() > m_pageSize) {
        changed.resize(m_pageSize);
        cursor = changed.constLast().first;
        next = cursor;
    }
    QJsonArray list;
    for (const auto& [sequence, key] : std::as_const(changed)) {
        const auto& [kind, id] = key;
        QJsonObject data;
        QJsonValue wireId = id;
        if (kind == u"application"_s) {
            data = m_applications.value(id);
        } else if (kind == u"document"_s) {
            data = m_documents.value(id);
        } else if (kind == u"venue"_s) {
            data = m_venue;
        } else if (kind == u"plan"_s) {
            data = m_plan;
        } else {
            for (const QJsonValue& cool : m_cools) {
                if (QString::number(cool.toObject().value(u"id"_s).toInteger()) == id) {
                    data = cool.toObject();
                }
            }
            wireId = id.toInt();
        }
        list.append(QJsonObject{{u"kind"_s, kind}, {u"id"_s, wireId}, {u"data"_s, data}});
    }
    return FakeResponse::json(200, {{u"cursor"_s, cursor}, {u"changes"_s, list}, {u"next"_s, next}});
}

FakeResponse FakeServer::listApplications(const FakeRequest& request) const
{
    // The fake's cursor is the position in the list; the client treats it as opaque.
    const qsizetype from = QUrlQuery(request.request.url()).queryItemValue(u"after"_s).toLongLong();
    QJsonArray all;
    for (const QJsonObject& record : m_applications) {
        all.prepend(record);
    }
    const qsizetype end = m_pageSize > 0 ? std::min(all.size(), from + m_pageSize) : all.size();
    QJsonArray page;
    for (qsizetype i = from; i < end; ++i) {
        page.append(all.at(i));
    }
    const QJsonValue next = end < all.size() ? QJsonValue(QString::number(end)) : QJsonValue();
    return FakeResponse::json(200, {{u"applications"_s, page}, {u"next"_s, next}});
}

void FakeServer::recordChange(const QString& kind, const QString& id)
{
    m_changeSequence.insert({kind, id}, ++m_sequence);
}

} // namespace vsys::sync::test
