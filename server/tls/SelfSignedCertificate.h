// SPDX-License-Identifier: MIT
// The embedded server's certificate, made at first start and pinned by the client.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vsys::server {

class SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)
public:
    /// Writes a new EC P-256 key (PEM, PKCS#8, file mode 0600) and a self-signed X.509 v3 certificate
    /// (PEM, SHA-256, CN=VSYS Desk embedded server, SAN DNS:localhost and IP:127.0.0.1 plus any given,
    /// basicConstraints CA:TRUE so the client can pin it as its only CA, validity `days`).
    /// Each entry of `extraHosts` becomes an IP SAN (IPv4 or IPv6 address) or a DNS SAN (a host name; Japanese
    /// names as punycode); anything else is an error, and nothing is written. Files are replaced atomically.
    static core::Result<void>
    create(const QString& certificatePath, const QString& keyPath, const QStringList& extraHosts = {}, int days = 3650);
    /// Creates the pair only if either file is missing; keeps an existing pair. An existing pair that does not
    /// load, or whose key does not belong to the certificate, is an error: clients pinned it, so it is never
    /// replaced silently.
    static core::Result<void> ensure(const QString& certificatePath, const QString& keyPath);
    /// SHA-256 fingerprint of the certificate's DER, as colon-separated upper-case hex.
    static core::Result<QString> fingerprint(const QString& certificatePath);
};

} // namespace vsys::server
