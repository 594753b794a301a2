// SPDX-License-Identifier: MIT
// LoginJob: POST /session with a V-SYS ID and password, for a bearer token (docs/api.md "Session").
#pragma once

#include "sync/ApiJob.h"

#include <QDateTime>

namespace vsys::sync {

class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    LoginJob(ApiAccessManager& manager, QString vsysId, QString password, QObject* parent = nullptr);

    void start() override;

    QString token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QString venueId() const { return m_venueId; }
    QString venueName() const { return m_venueName; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    QString m_vsysId;
    QString m_password;
    QString m_token;
    QDateTime m_expiresAt;
    QString m_venueId;
    QString m_venueName;
};

} // namespace vsys::sync
