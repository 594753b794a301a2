// SPDX-License-Identifier: MIT
// ChangesJob: GET /changes?since=<cursor>, one page of the records of the venue changed after the cursor.
#pragma once

#include "sync/ApiJob.h"

#include <QJsonObject>
#include <QList>

namespace vsys::sync {

/// One changed record as the feed delivers it: the current record, not a delta.
struct Change
{
    QString kind; ///< "application", "document", "cool", "venue" or "plan"
    QString id; ///< as text, also for the numeric ids of クール
    QJsonObject data;

    bool operator==(const Change&) const = default;
};

class ChangesJob : public ApiJob
{
    Q_OBJECT
public:
    ChangesJob(ApiAccessManager& manager, QString since, QObject* parent = nullptr);

    void start() override;

    /// Where to ask from next time, kept as text because the client only hands it back.
    QString cursor() const { return m_cursor; }
    /// True when this answer is one page and more changes wait after cursor() (the answer's "next").
    bool hasMore() const { return m_hasMore; }
    /// In the order of their latest change.
    const QList<Change>& changes() const { return m_changes; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    QString m_since;
    QString m_cursor;
    bool m_hasMore = false;
    QList<Change> m_changes;
};

} // namespace vsys::sync
