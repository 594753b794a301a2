// SPDX-License-Identifier: MIT
// DocumentDownloadJob: GET /documents/{id}/content, the 委任状 PDF itself (the server counts the download).
#pragma once

#include "sync/ApiJob.h"

namespace vsys::sync {

class DocumentDownloadJob : public ApiJob
{
    Q_OBJECT
public:
    DocumentDownloadJob(ApiAccessManager& manager, QString id, QObject* parent = nullptr);

    void start() override;

    /// The PDF's bytes.
    const QByteArray& content() const { return m_content; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    QString m_id;
    QByteArray m_content;
};

} // namespace vsys::sync
