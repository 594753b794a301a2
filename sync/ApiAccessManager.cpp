// SPDX-License-Identifier: MIT
// ApiAccessManager: stamping happens in createRequest(), the one place every request passes through.
#include "sync/ApiAccessManager.h"

#include "db/AccountRepository.h"
#include "sync/Logging.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

/// The answer to a request that must not go out (not https://): it fails on the next event-loop
/// turn, like a real reply, with the reason as its error string.
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(QNetworkAccessManager::Operation op,
                 const QNetworkRequest& request,
                 const QString& reason,
                 QObject* parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        // open() clears the error string, so it comes first.
        open(QIODevice::ReadOnly);
        setError(QNetworkReply::ProtocolUnknownError, reason);
        QTimer::singleShot(0, this, [this] {
            setFinished(true);
            emit errorOccurred(QNetworkReply::ProtocolUnknownError);
            emit finished();
        });
    }

    void abort() override {}

protected:
    qint64 readData(char*, qint64) override { return -1; }
};

} // namespace

ApiAccessManager::ApiAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{
    setTransferTimeout(kTransferTimeoutMs);
    // The API never redirects; following one could carry the bearer token to another host.
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

core::Result<void> ApiAccessManager::checkServerUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return core::Error{u"serverUrl"_s,
                           tr("The server address \"%1\" is not a valid address. Please enter an address such as "
                              "https://vsys.example.jp.")
                               .arg(url.toString())};
    }
    if (url.scheme() != u"https"_s) {
        return core::Error{u"serverUrl"_s,
                           tr("VSYS Desk connects to the server only over HTTPS, so \"%1\" was refused. Please use "
                              "an address that starts with https://.")
                               .arg(url.toString())};
    }
    return {};
}

QByteArray ApiAccessManager::userAgent()
{
    return QByteArrayLiteral("VSYS Desk/" VSYS_VERSION);
}

core::Result<void> ApiAccessManager::setServerUrl(const QUrl& url)
{
    if (auto checked = checkServerUrl(url); !checked) {
        return checked;
    }
    m_serverUrl = QUrl(db::AccountRepository::canonicalServerUrl(url));
    return {};
}

QUrl ApiAccessManager::serverUrl() const
{
    return m_serverUrl;
}

QUrl ApiAccessManager::apiUrl(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_serverUrl;
    url.setPath(m_serverUrl.path() + u"/api/v1"_s + path);
    url.setQuery(query);
    return url;
}

void ApiAccessManager::setPinnedCertificates(const QList<QSslCertificate>& certificates)
{
    m_pinned = certificates;
    m_sslConfiguration.reset();
}

QSslConfiguration ApiAccessManager::sslConfiguration() const
{
    if (!m_sslConfiguration) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        // Setting the list also stops Qt from loading more system roots on demand, so a pinned list
        // really is the whole trust store.
        if (m_pinned.isEmpty()) {
            configuration.setCaCertificates(QSslConfiguration::systemCaCertificates());
            m_readSystemCas = true;
        } else {
            configuration.setCaCertificates(m_pinned);
        }
        m_sslConfiguration = std::move(configuration);
    }
    return *m_sslConfiguration;
}

void ApiAccessManager::setToken(const QString& token)
{
    m_token = token.toUtf8();
}

void ApiAccessManager::clearToken()
{
    m_token.clear();
}

bool ApiAccessManager::hasToken() const
{
    return !m_token.isEmpty();
}

QNetworkReply* ApiAccessManager::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    if (const auto checked = checkServerUrl(request.url()); !checked) {
        qCWarning(lcHttp) << "Refused a request to" << request.url().toDisplayString(QUrl::RemoveUserInfo)
                          << ": not HTTPS";
        return new RefusedReply(op, request, checked.error().message, this);
    }
    QNetworkRequest stamped = request;
    stamped.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!stamped.hasRawHeader("Accept")) {
        stamped.setRawHeader("Accept", "application/json");
    }
    stamped.setRawHeader("Accept-Language", "ja");
    stamped.setRawHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!m_token.isEmpty() && isServerOrigin(request.url())) {
        stamped.setRawHeader("Authorization", "Bearer " + m_token);
    }
    stamped.setSslConfiguration(sslConfiguration());
    return dispatch(op, stamped, outgoingData);
}

QNetworkReply* ApiAccessManager::dispatch(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

bool ApiAccessManager::isServerOrigin(const QUrl& url) const
{
    return url.scheme() == m_serverUrl.scheme() && url.host() == m_serverUrl.host()
        && url.port(443) == m_serverUrl.port(443);
}

} // namespace vsys::sync
