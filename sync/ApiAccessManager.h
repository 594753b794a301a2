// SPDX-License-Identifier: MIT
// ApiAccessManager: the QNetworkAccessManager of one account; stamps every request and pins TLS.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace vsys::sync {

/// After Nextcloud's AccessManager: every request leaves with User-Agent, Accept, Accept-Language,
/// a fresh X-Request-ID (a UUID, so client and server logs can be joined) and, once signed in,
/// the bearer token. TLS trusts exactly the pinned certificates (the embedded server's self-signed
/// one) or, when none are pinned, the system's CAs; certificate errors are never ignored. Anything
/// but https:// is refused before it reaches the network.
/// The TLS configuration is made at the first request, not in the constructor: parsing the system's
/// ~300 CA certificates takes 130–150 ms, which the embedded server (its own certificate pinned) never
/// needs, and which a configured server pays only when the first request leaves, after the window shows.
class ApiAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    /// No byte in either direction for this long aborts a request (a Network error: retried later).
    static constexpr int kTransferTimeoutMs = 30'000;

    explicit ApiAccessManager(QObject* parent = nullptr);

    /// Refuses a URL that is not https:// with a message that says why.
    static core::Result<void> checkServerUrl(const QUrl& url);
    /// `VSYS Desk/<version>`.
    static QByteArray userAgent();

    /// The server this account talks to; refused (and left unchanged) unless it is https://.
    core::Result<void> setServerUrl(const QUrl& url);
    QUrl serverUrl() const;
    /// `path` ("/applications/…") under the server's /api/v1.
    QUrl apiUrl(const QString& path, const QUrlQuery& query = {}) const;

    /// Trust exactly `certificates`; an empty list trusts the system's CAs (read at the first request).
    void setPinnedCertificates(const QList<QSslCertificate>& certificates);
    /// What every request carries: peer verification on, TLS 1.2 or later, the trusted CAs.
    QSslConfiguration sslConfiguration() const;
    /// Whether the system's CA store was read (tests: pinning must never read it).
    bool hasReadSystemCas() const { return m_readSystemCas; }

    /// The session token. Kept in memory only and sent only to the server's own origin.
    void setToken(const QString& token);
    void clearToken();
    bool hasToken() const;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;
    /// Sends the stamped request; QNAM's own by default. Tests answer here from a fake server, so
    /// the stamping above runs for real.
    virtual QNetworkReply* dispatch(Operation op, const QNetworkRequest& request, QIODevice* outgoingData);

private:
    bool isServerOrigin(const QUrl& url) const;

    QUrl m_serverUrl;
    QByteArray m_token;
    QList<QSslCertificate> m_pinned;
    /// Made from m_pinned on first use; reset when the pinned list changes.
    mutable std::optional<QSslConfiguration> m_sslConfiguration;
    mutable bool m_readSystemCas = false;
};

} // namespace vsys::sync
