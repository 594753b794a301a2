// SPDX-License-Identifier: MIT
// DocumentListJob: maps the documented fields; times through the shared codec's wire format.
#include "sync/DocumentListJob.h"

#include "core/JsonNumber.h"
#include "core/application/ApplicationRecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::sync {

DocumentListJob::DocumentListJob(ApiAccessManager& manager, QObject* parent)
    : ApiJob(manager, parent)
{}

void DocumentListJob::start()
{
    sendRequest("GET", makeRequest(u"/documents"_s));
}

core::Result<void> DocumentListJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    const QJsonValue list = json().value(u"documents"_s);
    if (!list.isArray()) {
        return core::Error{u"documents"_s, unreadableAnswer(u"no documents list"_s)};
    }
    for (const QJsonValue& item : list.toArray()) {
        const QJsonObject document = item.toObject();
        // A file is far below 2^53 bytes, the largest whole number a JSON number holds exactly.
        const auto size = core::JsonNumber::whole(document.value(u"size"_s), 0, qint64(1) << 53);
        const auto downloads = core::JsonNumber::integer(document.value(u"download_count"_s), 0);
        if (!size || !downloads) {
            return core::Error{u"documents"_s, unreadableAnswer(u"a document without size or download_count"_s)};
        }
        m_documents.append({document.value(u"id"_s).toString(), document.value(u"kind"_s).toString(),
                            document.value(u"filename"_s).toString(), *size, *downloads,
                            core::ApplicationJson::timeFromJson(document.value(u"created_at"_s))});
    }
    return {};
}

} // namespace vsys::sync
