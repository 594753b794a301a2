// SPDX-License-Identifier: MIT
// DocumentService: a venue's documents (委任状) and their downloads, which are counted.
#pragma once

#include "server/service/Outcome.h"
#include "server/service/SessionService.h"
#include "server/storage/DocumentRepository.h"

#include <QByteArray>
#include <QList>

namespace vsys::server {

class Storage;

struct Download
{
    DocumentInfo info;
    QByteArray content;
};

class DocumentService
{
public:
    explicit DocumentService(Storage& storage);

    Outcome<QList<DocumentInfo>> list(const VenueSession& session);
    /// The file, with its download count raised by one (a change the venue's other clients see).
    Outcome<Download> download(const VenueSession& session, const QString& id);
    /// The file as download() gives it, counting nothing: for a HEAD, which transfers no file.
    Outcome<Download> peek(const VenueSession& session, const QString& id);

private:
    Storage& m_storage;
};

} // namespace vsys::server
