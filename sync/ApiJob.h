// SPDX-License-Identifier: MIT
// ApiJob: one request to the sync API and how it ended, classified for the outbox and the UI.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QNetworkReply;

namespace vsys::sync {

class ApiAccessManager;

/// What the caller does about a failed request.
enum class ApiErrorKind {
    None, ///< it worked
    Network, ///< no usable answer (refused, timeout, unreachable, TLS, 5xx): try again later
    Auth, ///< 401: the token is gone or expired; sign in again
    Conflict, ///< 409 version_conflict: the server's copy changed; serverCopy holds it
    Rejected, ///< any other refusal (invalid_status, invalid_field, 404, ...): retrying will not help
};

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    core::ErrorCode errorCode = core::ErrorCode::Invalid; ///< what kind of refusal, read from `code` by ApiJob
    QString code; ///< the server's `error` as sent ("version_conflict", ...), for the log
    QString message; ///< for the user: the server's Japanese `message`, or ours when it sent none
    QString field; ///< the server's `field`, when it names one
    QJsonObject serverCopy; ///< Conflict: the record as the server has it
};

/// After Nextcloud's AbstractNetworkJob. A subclass builds its request in start() and reads a
/// successful body in readBody(); the base sends it, classifies the outcome, logs method, path,
/// status and X-Request-ID (never bodies or headers with secrets), emits finished() exactly once
/// and then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    virtual void start() = 0;
    /// Ends the job without finished(): the request is cancelled and the job deleted later. Safe
    /// from inside a handler of its own finished(), where deleting it at once would pull the object
    /// out from under the emit.
    void abort();

    bool succeeded() const { return m_error.kind == ApiErrorKind::None; }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_error.httpStatus; }
    /// The X-Request-ID this job's request carried, for support.
    QString requestId() const { return m_requestId; }

    /// The message for an answer that does not have the documented shape.
    static QString unreadableAnswer(const QString& detail);
    /// The kind of an HTTP answer's API error code (docs/api.md); the one place the client reads it.
    static core::ErrorCode errorCodeOf(int httpStatus, const QString& apiCode);

signals:
    void finished();

protected:
    ApiJob(ApiAccessManager& manager, QObject* parent);

    ApiAccessManager& manager() const { return m_manager; }
    QNetworkRequest makeRequest(const QString& path, const QUrlQuery& query = {}) const;
    /// `verb` is GET, PUT, POST or DELETE: the API uses no others.
    void sendRequest(const QByteArray& verb, const QNetworkRequest& request, const QByteArray& body = {});
    void sendJson(const QByteArray& verb, QNetworkRequest request, const QJsonObject& body);

    /// Reads a 2xx body. The default keeps a JSON object for json(); an error fails the job as Rejected.
    virtual core::Result<void> readBody(const QByteArray& body);
    /// Called after a successful answer was read. A job made of several requests (the pages of a
    /// list) sends the next one here and returns true; finished() then waits for that one.
    virtual bool sendFollowUp() { return false; }
    const QJsonObject& json() const { return m_json; }

private:
    void onReplyFinished();
    void classify(QNetworkReply& reply, const QByteArray& body);

    ApiAccessManager& m_manager;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_verb;
    QString m_path;
    QString m_requestId;
    QElapsedTimer m_elapsed;
    ApiError m_error;
    QJsonObject m_json;
};

} // namespace vsys::sync
