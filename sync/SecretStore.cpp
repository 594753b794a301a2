// SPDX-License-Identifier: MIT
// SecretStore: the key shares the account table's spelling of the server URL, so one server is one key.
#include "sync/SecretStore.h"

#include "db/AccountRepository.h"

using namespace Qt::StringLiterals;

namespace vsys::sync {

SecretStore::~SecretStore() = default;

QString SecretStore::key(const QUrl& serverUrl, const QString& vsysId, Secret secret)
{
    return u"%1/%2/%3"_s.arg(db::AccountRepository::canonicalServerUrl(serverUrl), vsysId,
                             secret == Secret::Password ? u"password"_s : u"token"_s);
}

} // namespace vsys::sync
