// SPDX-License-Identifier: MIT
// DocumentListJob: GET /documents, the 委任状 PDFs the server holds for this venue.
#pragma once

#include "sync/ApiJob.h"

#include <QDateTime>
#include <QList>

namespace vsys::sync {

struct DocumentInfo
{
    QString id;
    QString kind; ///< "delegation" (委任状)
    QString filename;
    qint64 size = 0;
    int downloadCount = 0; ///< counted by the server on each download
    QDateTime createdAt;

    bool operator==(const DocumentInfo&) const = default;
};

class DocumentListJob : public ApiJob
{
    Q_OBJECT
public:
    explicit DocumentListJob(ApiAccessManager& manager, QObject* parent = nullptr);

    void start() override;

    const QList<DocumentInfo>& documents() const { return m_documents; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    QList<DocumentInfo> m_documents;
};

} // namespace vsys::sync
