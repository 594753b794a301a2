// SPDX-License-Identifier: MIT
// DocumentDownloadJob: the one endpoint whose answer is not JSON; errors still are.
#include "sync/DocumentDownloadJob.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

DocumentDownloadJob::DocumentDownloadJob(ApiAccessManager& manager, QString id, QObject* parent)
    : ApiJob(manager, parent)
    , m_id(std::move(id))
{}

void DocumentDownloadJob::start()
{
    QNetworkRequest request = makeRequest(u"/documents/%1/content"_s.arg(m_id));
    request.setRawHeader("Accept", "application/pdf");
    sendRequest("GET", request);
}

core::Result<void> DocumentDownloadJob::readBody(const QByteArray& body)
{
    // Every PDF starts with this header; anything else (an HTML error page of a proxy) is not the document.
    if (!body.startsWith("%PDF-")) {
        return core::Error{{}, unreadableAnswer(u"not a PDF"_s)};
    }
    m_content = body;
    return {};
}

} // namespace vsys::sync
