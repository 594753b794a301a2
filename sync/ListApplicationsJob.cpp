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
    sendPage();
}

void ListApplicationsJob::sendPage()
{
    QUrlQuery query;
    if (!m_after.isEmpty()) {
        query.addQueryItem(u"after"_s, m_after);
    }
    sendRequest("GET", makeRequest(u"/applications"_s, query));
}

bool ListApplicationsJob::sendFollowUp()
{
    // A "next" that does not move on would ask for the same page forever.
    if (m_next.isEmpty() || m_next == m_after) {
        return false;
    }
    m_after = m_next;
    sendPage();
    return true;
}

core::Result<void> ListApplicationsJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    const QJsonValue list = json().value(u"applications"_s);
    // A server from before paging sends no "next": its one answer is the whole list.
    m_next = json().value(u"next"_s).toString();
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
