// SPDX-License-Identifier: MIT
// Helpers for the server tests: a fresh database per test on SQLite or PostgreSQL, a test
// certificate, a running HttpsServer and an HTTPS client that trusts only that certificate.
#pragma once

#include "server/ServerClock.h"
#include "server/http/HttpsServer.h"
#include "server/storage/DatabaseUrl.h"
#include "server/storage/Storage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QVariantMap>

#include <gtest/gtest.h>
#include <httplib.h>
#include <memory>
#include <string>

namespace vsys::server::test {

enum class Backend { Sqlite, Postgres };

/// For INSTANTIATE_TEST_SUITE_P: test names end in /Sqlite or /Postgres.
std::string backendName(const ::testing::TestParamInfo<Backend>& info);

/// A database nobody else uses: a file in a temporary folder, or a new schema in the PostgreSQL
/// database of VSYS_TEST_POSTGRES_URL (dropped again at the end), so tests may run in parallel.
class TestDatabase
{
public:
    /// Unavailable (available() false) for PostgreSQL when VSYS_TEST_POSTGRES_URL is not set.
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool available() const { return m_available; }
    const DatabaseUrl& url() const { return m_url; }
    /// The URL as text, for --database.
    QString urlText() const;

    static constexpr const char* kSkipMessage
        = "VSYS_TEST_POSTGRES_URL is not set; run the tests under scripts/with-postgres.sh to include PostgreSQL";

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_schemaConnection;
    bool m_available = false;
};

/// The certificate and key of the test server, made once per test process.
struct TestCertificate
{
    QString certificatePath;
    QString keyPath;
    static const TestCertificate& get();
};

/// The demo venue A's 既存登録情報 (resources/demo), which the test venue A is created with.
QJsonObject registrationOfVenueA();

/// VmRSS of this process in KiB (/proc/self/status).
qint64 residentKiB();

/// An answer as the tests look at it.
struct Reply
{
    int status = 0;
    std::string body;
    httplib::Headers headers;

    QJsonObject json() const;
    std::string header(const std::string& name) const;
};

/// What a vsysdesk-admin run printed, and its exit code.
struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Base of the API tests: a fresh database with two venues, A and B, each with one V-SYS ID and
/// the password kPassword, and a server on an ephemeral port.
class ApiTest : public ::testing::TestWithParam<Backend>
{
protected:
    static constexpr const char* kVsysIdA = "1310000033";
    static constexpr const char* kVsysIdB = "2710000022";
    static constexpr const char* kPassword = "correct horse battery";

    void SetUp() override;
    void TearDown() override;
    /// The server's clock; the real time unless a test needs the demo's date.
    virtual ServerClock serverClock() const { return {}; }

    Storage& storage() { return *m_storage; }
    const TestDatabase& database() const { return *m_database; }
    quint16 port() const { return m_server->port(); }
    std::unique_ptr<httplib::SSLClient> client() const;

    /// POST /session; fails the test unless it answers 201. Returns the token.
    std::string login(const char* vsysId);

    Reply get(const std::string& path, const std::string& token);
    Reply send(const std::string& method,
               const std::string& path,
               const std::string& token,
               const std::string& body,
               httplib::Headers headers = {});
    /// PUT /applications/{id} with {"content": content}.
    Reply putApplication(const std::string& token, const QString& id, const QJsonObject& content, int ifMatch = -1);
    /// POST /applications/{id}/{action} with an Idempotency-Key.
    Reply act(const std::string& token, const QString& id, const std::string& action, const std::string& key);

    /// vsysdesk-admin with `arguments` on the test database; `input` is its standard input.
    AdminRun admin(const QStringList& arguments, QString input = {});

    /// First column of the first row of `sql` on the test database (a failure when there is none).
    QVariant scalar(const QString& sql, const QVariantMap& values = {});

    QString m_venueA;
    QString m_venueB;

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<HttpsServer> m_server;
};

/// A bare TLS connection for requests an HTTP client library will not send (Expect: 100-continue
/// with a huge Content-Length, for one).
class RawTlsConnection
{
public:
    /// With `tls12Ciphers`, the client offers only TLS 1.2 and only those suites (OpenSSL's names).
    RawTlsConnection(quint16 port, const QString& caCertificatePath, const char* tls12Ciphers = nullptr);
    ~RawTlsConnection();
    RawTlsConnection(const RawTlsConnection&) = delete;
    RawTlsConnection& operator=(const RawTlsConnection&) = delete;

    bool connected() const { return m_ssl != nullptr; }
    bool write(const std::string& bytes);
    /// What the server sends until one whole answer (head, and a body of its Content-Length) is in,
    /// or the connection closes, or 5 s pass.
    std::string readAvailable();

    struct Drained
    {
        std::string bytes;
        bool closed = false; ///< the server closed the connection (false: 5 s passed without a byte)
    };
    /// Everything the server sends until it closes the connection.
    Drained readUntilClosed();

private:
    int m_socket = -1;
    struct ssl_ctx_st* m_context = nullptr;
    struct ssl_st* m_ssl = nullptr;
};

} // namespace vsys::server::test
