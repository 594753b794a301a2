// SPDX-License-Identifier: MIT
// InquiryJob: the Idempotency-Key made when the inquiry was queued goes with every resend, so the server stores
// it once however often the answer is lost.
#include "sync/InquiryJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

InquiryJob::InquiryJob(ApiAccessManager& manager, core::Inquiry inquiry, QString idempotencyKey, QObject* parent)
    : ApiJob(manager, parent)
    , m_inquiry(std::move(inquiry))
    , m_idempotencyKey(std::move(idempotencyKey))
{}

void InquiryJob::start()
{
    QNetworkRequest request = makeRequest(u"/inquiries"_s);
    request.setRawHeader("Idempotency-Key", m_idempotencyKey.toLatin1());
    QJsonObject body = core::InquiryJson::toJson(m_inquiry);
    // The server says who sent it and when; the answer and the status are its too.
    for (const QString& key : {u"sent_by"_s, u"sent_at"_s, u"answer"_s, u"answered_at"_s, u"status"_s}) {
        body.remove(key);
    }
    sendJson("POST", request, body);
}

core::Result<void> InquiryJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    auto stored = core::InquiryJson::fromJson(json());
    if (!stored) {
        return core::Error{{}, unreadableAnswer(stored.error().message)};
    }
    if (stored->id != m_inquiry.id) {
        return core::Error{{}, unreadableAnswer(tr("the answer is about another inquiry"))};
    }
    m_stored = std::move(stored).value();
    return {};
}

} // namespace vsys::sync
