// SPDX-License-Identifier: MIT
// ListApplicationsJob: one unreadable record fails the whole list rather than hiding an application.
#include "sync/ListApplicationsJob.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::sync {

ListApplicationsJob::ListApplicationsJob(ApiAccessManager& manager, QObject* parent)
    : ApiJob(manager, parent)
{}

void ListApplicationsJob::start()
{
    sendRequest("GET", makeRequest(u"/applications"_s));
}

core::Result<void> ListApplicationsJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    const QJsonValue list = json().value(u"applications"_s);
    if (!list.isArray()) {
        return core::Error{u"applications"_s, unreadableAnswer(u"no applications list"_s)};
    }
    for (const QJsonValue& item : list.toArray()) {
        auto record = core::ApplicationJson::fromJson(item.toObject());
        if (!record) {
            return core::Error{record.error().field, unreadableAnswer(record.error().message)};
        }
        m_applications.append(std::move(record).value());
    }
    return {};
}

} // namespace vsys::sync
