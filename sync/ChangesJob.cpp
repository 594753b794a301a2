// SPDX-License-Identifier: MIT
// ChangesJob: ids and the cursor may be JSON numbers; both become text without a decimal point.
#include "sync/ChangesJob.h"

#include "core/JsonNumber.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

/// A number that is not a whole one of at most 2^53 reads as no id, so the answer is unreadable.
QString idText(const QJsonValue& value)
{
    if (value.isDouble()) {
        const auto number = core::JsonNumber::whole(value, 0, qint64(1) << 53);
        return number ? QString::number(*number) : QString();
    }
    return value.toString();
}

} // namespace

ChangesJob::ChangesJob(ApiAccessManager& manager, QString since, QObject* parent)
    : ApiJob(manager, parent)
    , m_since(std::move(since))
{}

void ChangesJob::start()
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, m_since);
    sendRequest("GET", makeRequest(u"/changes"_s, query));
}

core::Result<void> ChangesJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    m_cursor = idText(json().value(u"cursor"_s));
    // "next" is the cursor again while more changes wait; null (or absent, before paging) on the last page.
    const QJsonValue next = json().value(u"next"_s);
    m_hasMore = !next.isNull() && !next.isUndefined();
    if (m_hasMore && idText(next) != m_cursor) {
        return core::Error{u"next"_s, unreadableAnswer(u"a next page that does not start at the cursor"_s)};
    }
    const QJsonValue changes = json().value(u"changes"_s);
    if (m_cursor.isEmpty() || !changes.isArray()) {
        return core::Error{u"cursor"_s, unreadableAnswer(u"no cursor or changes"_s)};
    }
    for (const QJsonValue& item : changes.toArray()) {
        const QJsonObject change = item.toObject();
        Change parsed{change.value(u"kind"_s).toString(), idText(change.value(u"id"_s)),
                      change.value(u"data"_s).toObject()};
        if (parsed.kind.isEmpty() || parsed.id.isEmpty()) {
            return core::Error{u"changes"_s, unreadableAnswer(u"a change without kind or id"_s)};
        }
        m_changes.append(std::move(parsed));
    }
    return {};
}

} // namespace vsys::sync
