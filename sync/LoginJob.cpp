// SPDX-License-Identifier: MIT
// LoginJob: the password lives in the job only until the request is built.
#include "sync/LoginJob.h"

#include "core/application/ApplicationRecord.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

LoginJob::LoginJob(ApiAccessManager& manager, QString vsysId, QString password, QObject* parent)
    : ApiJob(manager, parent)
    , m_vsysId(std::move(vsysId))
    , m_password(std::move(password))
{}

void LoginJob::start()
{
    const QJsonObject body{{u"vsys_id"_s, m_vsysId}, {u"password"_s, m_password}};
    m_password.clear();
    sendJson("POST", makeRequest(u"/session"_s), body);
}

core::Result<void> LoginJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    m_token = json().value(u"token"_s).toString();
    if (m_token.isEmpty()) {
        return core::Error{u"token"_s, unreadableAnswer(u"no token"_s)};
    }
    m_expiresAt = core::ApplicationJson::timeFromJson(json().value(u"expires_at"_s));
    const QJsonObject venue = json().value(u"venue"_s).toObject();
    m_venueId = venue.value(u"id"_s).toString();
    m_venueName = venue.value(u"name"_s).toString();
    return {};
}

} // namespace vsys::sync
