// SPDX-License-Identifier: MIT
// ApplicationActionJob: the path names the action; the Idempotency-Key makes a resend harmless.
#include "sync/ApplicationActionJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

std::optional<QString> ApplicationActionJob::pathSegment(core::ApplicationAction action)
{
    switch (action) {
    case core::ApplicationAction::Submit:
        return u"submit"_s;
    case core::ApplicationAction::Withdraw:
        return u"withdraw"_s;
    case core::ApplicationAction::Resubmit:
        return u"resubmit"_s;
    case core::ApplicationAction::Edit:
    case core::ApplicationAction::Confirm:
    case core::ApplicationAction::Return:
        return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

ApplicationActionJob::ApplicationActionJob(ApiAccessManager& manager,
                                           QString id,
                                           core::ApplicationAction action,
                                           QString idempotencyKey,
                                           int baseVersion,
                                           QObject* parent)
    : ApplicationRecordJob(manager, parent)
    , m_id(std::move(id))
    , m_action(action)
    , m_idempotencyKey(std::move(idempotencyKey))
    , m_baseVersion(baseVersion)
{
    Q_ASSERT(pathSegment(action));
}

void ApplicationActionJob::start()
{
    QNetworkRequest request
        = makeRequest(u"/applications/%1/%2"_s.arg(m_id, pathSegment(m_action).value_or(QString())));
    request.setRawHeader("Idempotency-Key", m_idempotencyKey.toLatin1());
    if (m_baseVersion > 0) {
        request.setRawHeader("If-Match", QByteArray::number(m_baseVersion));
    }
    // The action needs no body; an empty JSON object keeps Content-Type honest for proxies and Qt.
    sendJson("POST", request, QJsonObject());
}

} // namespace vsys::sync
