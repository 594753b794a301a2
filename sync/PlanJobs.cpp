// SPDX-License-Identifier: MIT
// PlanJobs: an answer without server_time is as unreadable as one without a plan: the client could not
// judge the locks with it.
#include "sync/PlanJobs.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

/// The refusals docs/api.md lists for PUT /plan; anything else is an ordinary failure.
bool isPlanRefusal(core::ErrorCode code)
{
    switch (code) {
    case core::ErrorCode::Invalid:
    case core::ErrorCode::CoolLocked:
    case core::ErrorCode::PlanLocked:
    case core::ErrorCode::ApprovalRequired:
    case core::ErrorCode::VersionConflict:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<PlanRejection> PlanJob::rejection() const
{
    const ApiError& failure = error();
    if ((failure.kind != ApiErrorKind::Rejected && failure.kind != ApiErrorKind::Conflict)
        || (failure.httpStatus != 400 && failure.httpStatus != 409) || !isPlanRefusal(failure.errorCode)) {
        return std::nullopt;
    }
    PlanRejection rejection{failure.code, failure.message, failure.field, std::nullopt};
    if (failure.kind == ApiErrorKind::Conflict) {
        if (auto copy = core::PlanJson::fromJson(failure.serverCopy)) {
            rejection.serverCopy = std::move(copy).value();
        }
    }
    return rejection;
}

core::Result<void> PlanJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    const auto serverTime = ServerTime::read(json());
    if (!serverTime) {
        return core::Error{u"server_time"_s, unreadableAnswer(u"no server_time"_s)};
    }
    auto plan = core::PlanJson::fromJson(json().value(u"plan"_s).toObject());
    if (!plan) {
        return core::Error{plan.error().field, unreadableAnswer(plan.error().message)};
    }
    m_serverTime = *serverTime;
    m_plan = std::move(plan).value();
    return {};
}

GetPlanJob::GetPlanJob(ApiAccessManager& manager, QObject* parent)
    : PlanJob(manager, parent)
{}

void GetPlanJob::start()
{
    sendRequest("GET", makeRequest(u"/plan"_s));
}

PutPlanJob::PutPlanJob(
    ApiAccessManager& manager, QList<core::PlanRow> rows, bool requestApproval, int baseVersion, QObject* parent)
    : PlanJob(manager, parent)
    , m_rows(std::move(rows))
    , m_requestApproval(requestApproval)
    , m_baseVersion(baseVersion)
{}

void PutPlanJob::start()
{
    QNetworkRequest request = makeRequest(u"/plan"_s);
    // Always sent, 0 included: a first registration must not overwrite a plan registered meanwhile.
    request.setRawHeader("If-Match", QByteArray::number(m_baseVersion));
    sendJson("PUT", request,
             QJsonObject{{u"rows"_s, core::PlanJson::rowsToJson(m_rows)}, {u"request_approval"_s, m_requestApproval}});
}

} // namespace vsys::sync
