// SPDX-License-Identifier: MIT
// FakeServer: the sync API of docs/api.md answered from memory at the QNAM layer, with error
// injection (after Nextcloud's FakeQNAM), so the real client code runs without a network.
#pragma once

#include "sync/ApiAccessManager.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace vsys::sync::test {

/// A request as it reached the fake server, after ApiAccessManager stamped it.
struct FakeRequest
{
    QByteArray verb;
    QNetworkRequest request;
    QString path; ///< below /api/v1, e.g. "/applications/…/submit"
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return request.rawHeader(name); }
    QJsonObject json() const;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    /// Anything but NoError: no HTTP answer at all, the reply fails with this error.
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    static FakeResponse json(int status, const QJsonObject& body);
    /// `{"error", "message", "field"}` as the server sends them.
    static FakeResponse error(int status, const QString& code, const QString& message, const QString& field = {});
    static FakeResponse networkFailure(QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
};

class FakeServer : public ApiAccessManager
{
    Q_OBJECT
public:
    using Override = std::function<std::optional<FakeResponse>(const FakeRequest&)>;

    static constexpr auto kNow = "2021-12-20T02:20:00.000Z";
    /// server_time of GET /cools and GET/PUT /plan until setServerTime(): the demo's 2022-03-01 10:00 JST.
    static constexpr auto kServerTime = "2022-03-01T01:00:00.000Z";

    explicit FakeServer(QObject* parent = nullptr);

    void addUser(const QString& vsysId, const QString& password, const QString& venueId, const QString& venueName);
    /// A valid session token for `vsysId`, as if it had signed in.
    QString issueToken(const QString& vsysId);
    /// Every token stops working (answers 401), as after 12 hours.
    void expireTokens();

    /// Stores the record as the server's and lists it in the changes feed.
    void setApplication(const QJsonObject& record);
    std::optional<QJsonObject> application(const QString& id) const;
    void setVenue(const QJsonObject& venue);
    const QJsonObject& venue() const { return m_venue; }
    void addDocument(const QJsonObject& document, const QByteArray& content);
    void setCools(const QJsonArray& cools);
    /// The server's clock, which the plan rules use and the answers state.
    void setServerTime(const QDateTime& time) { m_serverTime = time; }
    /// Stores the plan (core::PlanJson) as the server's and lists it in the changes feed.
    void setPlan(const QJsonObject& plan);
    const QJsonObject& plan() const { return m_plan; }
    /// At most `records` per answer of GET /applications and GET /changes, with "next" as the
    /// server sends it; 0 (the default) answers everything at once.
    void setPageSize(int records) { m_pageSize = records; }
    /// How many actions changed a record (a replayed Idempotency-Key does not count).
    int appliedActions() const { return m_appliedActions; }

    /// Consulted first for every request; std::nullopt lets the server answer normally.
    void setOverride(Override override) { m_override = std::move(override); }
    /// Unreachable: every request fails with "connection refused" and changes nothing.
    void setReachable(bool reachable) { m_reachable = reachable; }
    /// The server handles requests (its state changes) but the answers do not arrive until
    /// releaseHeldReplies(): how a crash between sending and hearing back is staged.
    void setHoldReplies(bool hold) { m_holdReplies = hold; }
    void releaseHeldReplies();

    const QList<FakeRequest>& requests() const { return m_requests; }
    /// The requests to `path`, in order.
    QList<FakeRequest> requestsTo(const QString& path) const;
    /// The query strings of the requests to `path`, in order.
    QStringList queriesTo(const QString& path) const;
    /// `count` drafts stored as the server's (ids …4d50, …4d51, …), in the changes feed in that order.
    QStringList addDrafts(int count);
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply* dispatch(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    FakeResponse handle(const FakeRequest& request);
    FakeResponse login(const FakeRequest& request);
    FakeResponse putApplication(const FakeRequest& request, const QString& id);
    FakeResponse applicationAction(const FakeRequest& request, const QString& id, const QString& action);
    FakeResponse applyAction(const FakeRequest& request, const QString& id, const QString& action);
    /// Answers a request with an Idempotency-Key: 400 without one, the first answer again for a key
    /// seen before, else `action`'s answer, remembered for the key.
    FakeResponse idempotent(const FakeRequest& request, const std::function<FakeResponse()>& action);
    FakeResponse putPlan(const FakeRequest& request);
    /// PUT /venue/reservation-status as docs/api.md has it: idempotent, the state stored on the
    /// venue record (with the user's venue id) and listed in the changes feed.
    FakeResponse putReservationStatus(const FakeRequest& request, const QString& vsysId);
    FakeResponse changes(const FakeRequest& request) const;
    FakeResponse listApplications(const FakeRequest& request) const;
    void recordChange(const QString& kind, const QString& id);

    struct User
    {
        QString password;
        QString venueId;
        QString venueName;
    };

    QHash<QString, User> m_users;
    QHash<QString, QString> m_tokens; ///< token → V-SYS ID
    QMap<QString, QJsonObject> m_applications;
    QJsonObject m_venue;
    QMap<QString, QJsonObject> m_documents;
    QHash<QString, QByteArray> m_documentContents;
    QJsonArray m_cools;
    QDateTime m_serverTime;
    QJsonObject m_plan;
    QHash<QString, FakeResponse> m_idempotentAnswers; ///< "<path> <key>" → the first answer
    QMap<QPair<QString, QString>, qint64> m_changeSequence; ///< (kind, id) → sequence of its last change
    qint64 m_sequence = 0;
    int m_submitted = 0;
    int m_appliedActions = 0;
    int m_pageSize = 0;
    Override m_override;
    bool m_reachable = true;
    bool m_holdReplies = false;
    QList<FakeRequest> m_requests;
    QList<QPointer<QNetworkReply>> m_heldReplies;
};

} // namespace vsys::sync::test
