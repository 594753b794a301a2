// SPDX-License-Identifier: MIT
// ApiJob: the status code decides when there is one; Qt's network error decides when there is not.
#include "sync/ApiJob.h"

#include "sync/ApiAccessManager.h"
#include "sync/Logging.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    // The transfer timeout aborts the reply, which Qt reports as cancelled.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiJob::ApiJob(ApiAccessManager& manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
{}

ApiJob::~ApiJob()
{
    // A job destroyed mid-flight (its owner went away) must not leave a reply running for nobody.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::abort()
{
    disconnect(this, &ApiJob::finished, nullptr, nullptr);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    deleteLater();
}

QNetworkRequest ApiJob::makeRequest(const QString& path, const QUrlQuery& query) const
{
    return QNetworkRequest(m_manager.apiUrl(path, query));
}

void ApiJob::sendRequest(const QByteArray& verb, const QNetworkRequest& request, const QByteArray& body)
{
    Q_ASSERT(!m_reply);
    m_verb = verb;
    m_path = request.url().path();
    m_elapsed.start();
    if (verb == "GET") {
        m_reply = m_manager.get(request);
    } else if (verb == "DELETE") {
        m_reply = m_manager.deleteResource(request);
    } else if (verb == "PUT") {
        m_reply = m_manager.put(request, body);
    } else {
        m_reply = m_manager.post(request, body);
    }
    m_requestId = QString::fromLatin1(m_reply->request().rawHeader("X-Request-ID"));
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::sendJson(const QByteArray& verb, QNetworkRequest request, const QJsonObject& body)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    sendRequest(verb, request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

core::Result<void> ApiJob::readBody(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return core::Error{{}, unreadableAnswer(u"not a JSON object"_s)};
    }
    m_json = document.object();
    return {};
}

QString ApiJob::unreadableAnswer(const QString& detail)
{
    return tr("The server sent an answer VSYS Desk cannot read (%1). Please check that the server address is right "
              "and that VSYS Desk is up to date.")
        .arg(detail);
}

core::ErrorCode ApiJob::errorCodeOf(int httpStatus, const QString& apiCode)
{
    static const QHash<QString, core::ErrorCode> codes{
        {u"invalid_field"_s, core::ErrorCode::Invalid},
        {u"unauthorized"_s, core::ErrorCode::Unauthorized},
        {u"not_found"_s, core::ErrorCode::NotFound},
        {u"version_conflict"_s, core::ErrorCode::VersionConflict},
        {u"invalid_status"_s, core::ErrorCode::InvalidStatus},
        {u"cool_locked"_s, core::ErrorCode::CoolLocked},
        {u"plan_locked"_s, core::ErrorCode::PlanLocked},
        {u"approval_required"_s, core::ErrorCode::ApprovalRequired},
        {u"too_many_attempts"_s, core::ErrorCode::TooManyAttempts},
        {u"record_too_large"_s, core::ErrorCode::RecordTooLarge},
        {u"too_many_drafts"_s, core::ErrorCode::TooManyDrafts},
        {u"too_many_reports"_s, core::ErrorCode::TooManyReports},
        {u"too_many_doses"_s, core::ErrorCode::TooManyDoses},
        {u"too_many_inquiries"_s, core::ErrorCode::TooManyInquiries},
    };
    if (httpStatus == 0 || httpStatus >= 500) {
        // No answer, or a server that could not handle the request: the same to the client.
        return core::ErrorCode::Network;
    }
    if (const auto known = codes.constFind(apiCode); known != codes.cend()) {
        return *known;
    }
    // A proxy's answer without our body, or a malformed request: by the status.
    switch (httpStatus) {
    case 401:
        return core::ErrorCode::Unauthorized;
    case 404:
        return core::ErrorCode::NotFound;
    case 429:
        return core::ErrorCode::TooManyAttempts;
    default:
        return core::ErrorCode::Invalid;
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply& reply = *m_reply;
    const QByteArray body = reply.readAll();
    m_error.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    classify(reply, body);
    qCInfo(lcHttp).noquote() << m_verb << m_path << "->" << m_error.httpStatus
                             << (m_error.kind == ApiErrorKind::None ? u"ok"_s : m_error.code) << "in"
                             << m_elapsed.elapsed() << "ms, X-Request-ID" << m_requestId;
    reply.deleteLater();
    m_reply.clear();
    if (m_error.kind == ApiErrorKind::None && sendFollowUp()) {
        return;
    }
    emit finished();
    deleteLater();
}

void ApiJob::classify(QNetworkReply& reply, const QByteArray& body)
{
    const int status = m_error.httpStatus;
    if (status == 0) {
        // No HTTP answer at all: either the network failed, or the request never left (not HTTPS).
        m_error.code = u"network"_s;
        m_error.errorCode = core::ErrorCode::Network;
        if (reply.error() == QNetworkReply::SslHandshakeFailedError) {
            m_error.kind = ApiErrorKind::Network;
            m_error.message = tr("The server's certificate is not the one VSYS Desk trusts, so nothing was sent (%1). "
                                 "Please check the server address, or ask the server's administrator.")
                                  .arg(reply.errorString());
        } else if (isRetryableNetworkError(reply.error())) {
            m_error.kind = ApiErrorKind::Network;
            m_error.message = tr("Could not reach the server (%1). Your changes are kept on this computer and will "
                                 "be sent when the connection is back.")
                                  .arg(reply.errorString());
        } else {
            m_error.kind = ApiErrorKind::Rejected;
            m_error.message = reply.errorString();
        }
        return;
    }
    if (status >= 200 && status < 300) {
        if (auto read = readBody(body); !read) {
            m_error.kind = ApiErrorKind::Rejected;
            m_error.code = u"unreadable_answer"_s;
            m_error.message = read.error().message;
        }
        return;
    }

    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    m_error.code = answer.value(u"error"_s).toString();
    m_error.errorCode = errorCodeOf(status, m_error.code);
    m_error.message = answer.value(u"message"_s).toString();
    m_error.field = answer.value(u"field"_s).toString();
    if (status == 401) {
        m_error.kind = ApiErrorKind::Auth;
        if (m_error.message.isEmpty()) {
            m_error.message = tr("Your login has ended. Please log in again.");
        }
    } else if (m_error.errorCode == core::ErrorCode::VersionConflict) {
        m_error.kind = ApiErrorKind::Conflict;
        m_error.serverCopy = answer.value(u"server_copy"_s).toObject();
        if (m_error.message.isEmpty()) {
            m_error.message = tr("The server's copy was changed in the meantime. Please compare the two copies and "
                                 "choose what to keep.");
        }
    } else if (status >= 500) {
        m_error.kind = ApiErrorKind::Network;
        if (m_error.message.isEmpty()) {
            m_error.message = tr("The server could not handle the request right now (HTTP %1). VSYS Desk will try "
                                 "again later.")
                                  .arg(status);
        }
    } else {
        m_error.kind = ApiErrorKind::Rejected;
        if (m_error.message.isEmpty()) {
            m_error.message = tr("The server refused the request (HTTP %1). Please check your entries; if it keeps "
                                 "happening, contact the support desk.")
                                  .arg(status);
        }
    }
}

} // namespace vsys::sync
