// SPDX-License-Identifier: MIT
// KeychainSecretStore: the SecretStore of the OS keychain through QtKeychain.
#pragma once

#include "sync/SecretStore.h"

#include <QCoreApplication>

namespace vsys::sync {

/// Secret Service (gnome-keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on
/// Windows. Never falls back to a plain-text file (setInsecureFallback(false)): without a keychain
/// the password is simply not remembered. Windows Credential Manager holds at most about 2.5 KB per
/// entry (CRED_MAX_CREDENTIAL_BLOB_SIZE, counted in UTF-16), which passwords and tokens stay far
/// below, so values are not split into chunks as Nextcloud's KeychainChunk does.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("VSYS Desk"));

    void read(const QString& key, QObject* context, ReadHandler done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteHandler done) override;
    void remove(const QString& key, QObject* context, WriteHandler done) override;

private:
    QString m_service;
};

} // namespace vsys::sync
