// SPDX-License-Identifier: MIT
// InquiryJob: POST /inquiries, one 問い合わせ (docs/api.md).
#pragma once

#include "core/inquiry/Inquiry.h"
#include "sync/ApiJob.h"

namespace vsys::sync {

class InquiryJob : public ApiJob
{
    Q_OBJECT
public:
    InquiryJob(ApiAccessManager& manager, core::Inquiry inquiry, QString idempotencyKey, QObject* parent = nullptr);

    void start() override;

    /// The inquiry as the server stored it (with sent_by and sent_at).
    const core::Inquiry& stored() const { return m_stored; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::Inquiry m_inquiry;
    QString m_idempotencyKey;
    core::Inquiry m_stored;
};

} // namespace vsys::sync
