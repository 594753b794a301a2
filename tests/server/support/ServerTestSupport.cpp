// SPDX-License-Identifier: MIT
// ServerTestSupport: everything a server test needs besides its own assertions.
#include "ServerTestSupport.h"

#include "server/admin/AdminTool.h"
#include "server/security/PasswordHasher.h"
#include "server/service/OperatorService.h"
#include "server/tls/SelfSignedCertificate.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

std::atomic<int> g_nextAdminConnection{1};

/// Hashing costs ~0.1 s, so all test accounts share one password, hashed once per process.
const QString& passwordHash(const char* password)
{
    static const QString hash = PasswordHasher::hash(QString::fromUtf8(password)).value();
    return hash;
}

Reply replyOf(const httplib::Result& result)
{
    if (!result) {
        return {0, httplib::to_string(result.error()), {}};
    }
    return {result->status, result->body, result->headers};
}

} // namespace

std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

TestDatabase::TestDatabase(Backend backend)
{
    if (backend == Backend::Sqlite) {
        m_url = DatabaseUrl::sqlite(m_dir.filePath(u"server.sqlite"_s));
        m_available = m_dir.isValid();
        return;
    }
    const QString text = qEnvironmentVariable("VSYS_TEST_POSTGRES_URL");
    if (text.isEmpty()) {
        return;
    }
    auto url = DatabaseUrl::parse(text);
    if (!url) {
        ADD_FAILURE() << "VSYS_TEST_POSTGRES_URL: " << qPrintable(url.error().message);
        return;
    }
    m_url = *url;
    m_url.schema = u"t_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    m_schemaConnection = u"vsys-test-admin-%1"_s.arg(g_nextAdminConnection.fetch_add(1));
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, m_schemaConnection);
    connection.setHostName(m_url.host);
    connection.setPort(m_url.port);
    connection.setUserName(m_url.user);
    connection.setPassword(m_url.password);
    connection.setDatabaseName(m_url.databaseName);
    QSqlQuery query(connection);
    if (!connection.open() || !query.exec(u"CREATE SCHEMA %1"_s.arg(m_url.schema))) {
        ADD_FAILURE() << "Could not create a test schema on " << qPrintable(m_url.redacted()) << ": "
                      << qPrintable(connection.lastError().text() + query.lastError().text());
        return;
    }
    m_available = true;
}

TestDatabase::~TestDatabase()
{
    if (m_schemaConnection.isEmpty()) {
        return;
    }
    {
        QSqlDatabase connection = QSqlDatabase::database(m_schemaConnection, false);
        QSqlQuery query(connection);
        if (m_available && !query.exec(u"DROP SCHEMA %1 CASCADE"_s.arg(m_url.schema))) {
            ADD_FAILURE() << "Could not drop " << qPrintable(m_url.schema) << ": "
                          << qPrintable(query.lastError().text());
        }
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_schemaConnection);
}

QString TestDatabase::urlText() const
{
    if (m_url.driver == DatabaseUrl::Driver::Sqlite) {
        return u"sqlite:"_s + m_url.path;
    }
    return u"postgresql://%1:%2@%3:%4/%5?schema=%6"_s.arg(m_url.user, m_url.password, m_url.host)
        .arg(m_url.port)
        .arg(m_url.databaseName, m_url.schema);
}

const TestCertificate& TestCertificate::get()
{
    static QTemporaryDir dir;
    static const TestCertificate certificate = [] {
        TestCertificate made{dir.filePath(u"server.pem"_s), dir.filePath(u"server.key"_s)};
        const auto created = SelfSignedCertificate::create(made.certificatePath, made.keyPath, {}, 2);
        if (!created) {
            ADD_FAILURE() << "Could not make the test certificate: " << qPrintable(created.error().message);
        }
        return made;
    }();
    return certificate;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

std::string Reply::header(const std::string& name) const
{
    const auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
}

QJsonObject registrationOfVenueA()
{
    QFile file(u":/server/demo/venue-a-registration.json"_s);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void ApiTest::SetUp()
{
    m_database = std::make_unique<TestDatabase>(GetParam());
    if (!m_database->available()) {
        GTEST_SKIP() << TestDatabase::kSkipMessage;
    }
    auto storage = Storage::open(m_database->url());
    ASSERT_TRUE(storage.ok()) << qPrintable(storage.error().message);
    m_storage = std::move(storage).value();

    OperatorService operators(*m_storage);
    // Venue A has a complete 既存登録情報, so an application that keeps it passes the form's rules on 申込.
    const QJsonObject registration = registrationOfVenueA();
    ASSERT_FALSE(registration.isEmpty());
    const auto venueA = operators.createVenue(u"(職域)テスト会場A"_s, registration, {}, u"11111"_s);
    const auto venueB = operators.createVenue(u"(職域)テスト会場B"_s, {}, {}, u"22222"_s);
    ASSERT_TRUE(venueA.ok() && venueB.ok());
    m_venueA = *venueA;
    m_venueB = *venueB;
    const QString& hash = passwordHash(kPassword);
    ASSERT_FALSE(hash.isEmpty());
    ASSERT_TRUE(operators.createAccountWithHash(m_venueA, QString::fromLatin1(kVsysIdA), hash).ok());
    ASSERT_TRUE(operators.createAccountWithHash(m_venueB, QString::fromLatin1(kVsysIdB), hash).ok());

    HttpsServer::Options options;
    options.threads = 4;
    options.certificatePath = TestCertificate::get().certificatePath;
    options.keyPath = TestCertificate::get().keyPath;
    options.clock = serverClock();
    auto server = HttpsServer::start(*m_storage, options);
    ASSERT_TRUE(server.ok()) << qPrintable(server.error().message);
    m_server = std::move(server).value();
}

void ApiTest::TearDown()
{
    m_server.reset();
    m_storage.reset();
    m_database.reset();
}

std::unique_ptr<httplib::SSLClient> ApiTest::client() const
{
    auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port());
    client->set_ca_cert_path(QFile::encodeName(TestCertificate::get().certificatePath).constData());
    client->enable_server_certificate_verification(true);
    client->set_connection_timeout(5);
    client->set_read_timeout(20);
    client->set_write_timeout(20);
    return client;
}

std::string ApiTest::login(const char* vsysId)
{
    const QJsonObject body{{u"vsys_id"_s, QString::fromLatin1(vsysId)},
                           {u"password"_s, QString::fromLatin1(kPassword)}};
    const Reply reply = send("POST", "/api/v1/session", {}, QJsonDocument(body).toJson().toStdString());
    EXPECT_EQ(reply.status, 201) << reply.body;
    return reply.json().value(u"token"_s).toString().toStdString();
}

Reply ApiTest::get(const std::string& path, const std::string& token)
{
    return send("GET", path, token, {});
}

Reply ApiTest::send(const std::string& method,
                    const std::string& path,
                    const std::string& token,
                    const std::string& body,
                    httplib::Headers headers)
{
    if (!token.empty()) {
        headers.emplace("Authorization", "Bearer " + token);
    }
    auto http = client();
    if (method == "GET") {
        return replyOf(http->Get(path.c_str(), headers));
    }
    if (method == "POST") {
        return replyOf(http->Post(path.c_str(), headers, body, "application/json"));
    }
    if (method == "PUT") {
        return replyOf(http->Put(path.c_str(), headers, body, "application/json"));
    }
    return replyOf(http->Delete(path.c_str(), headers, body, "application/json"));
}

Reply ApiTest::putApplication(const std::string& token, const QString& id, const QJsonObject& content, int ifMatch)
{
    httplib::Headers headers;
    if (ifMatch >= 0) {
        headers.emplace("If-Match", std::to_string(ifMatch));
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"content"_s, content}}).toJson(QJsonDocument::Compact);
    return send("PUT", "/api/v1/applications/" + id.toStdString(), token, body.toStdString(), headers);
}

Reply ApiTest::act(const std::string& token, const QString& id, const std::string& action, const std::string& key)
{
    return send("POST", "/api/v1/applications/" + id.toStdString() + "/" + action, token, {},
                {{"Idempotency-Key", key}});
}

AdminRun ApiTest::admin(const QStringList& arguments, QString input)
{
    QString out;
    QString err;
    QTextStream inStream(&input);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code
        = AdminTool::run(QStringList{u"vsysdesk-admin"_s, u"--database"_s, m_database->urlText()} + arguments, inStream,
                         outStream, errStream);
    return {code, out, err};
}

QVariant ApiTest::scalar(const QString& sql, const QVariantMap& values)
{
    auto rows = m_storage->execute(sql, values);
    if (!rows || !rows->next()) {
        ADD_FAILURE() << "No row for " << qPrintable(sql);
        return {};
    }
    return rows->value(0);
}

RawTlsConnection::RawTlsConnection(quint16 port, const QString& caCertificatePath, const char* tls12Ciphers)
{
    m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{5, 0};
    setsockopt(m_socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(m_socket, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        return;
    }
    m_context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(m_context, QFile::encodeName(caCertificatePath).constData(), nullptr);
    SSL_CTX_set_verify(m_context, SSL_VERIFY_PEER, nullptr);
    if (tls12Ciphers) {
        SSL_CTX_set_max_proto_version(m_context, TLS1_2_VERSION);
        SSL_CTX_set_cipher_list(m_context, tls12Ciphers);
    }
    SSL* ssl = SSL_new(m_context);
    SSL_set_fd(ssl, m_socket);
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        return;
    }
    m_ssl = ssl;
}

RawTlsConnection::~RawTlsConnection()
{
    if (m_ssl) {
        SSL_free(m_ssl);
    }
    if (m_context) {
        SSL_CTX_free(m_context);
    }
    if (m_socket >= 0) {
        ::close(m_socket);
    }
}

bool RawTlsConnection::write(const std::string& bytes)
{
    return m_ssl && SSL_write(m_ssl, bytes.data(), int(bytes.size())) == int(bytes.size());
}

std::string RawTlsConnection::readAvailable()
{
    std::string received;
    char buffer[4096];
    while (m_ssl) {
        const int n = SSL_read(m_ssl, buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        received.append(buffer, size_t(n));
        const size_t headEnd = received.find("\r\n\r\n");
        if (headEnd != std::string::npos) {
            // Enough for the tests: the head, and the body when Content-Length says how long.
            const size_t lengthAt = received.find("Content-Length: ");
            const size_t length = lengthAt == std::string::npos ? 0 : std::stoul(received.substr(lengthAt + 16));
            if (received.size() >= headEnd + 4 + length) {
                break;
            }
        }
    }
    return received;
}

RawTlsConnection::Drained RawTlsConnection::readUntilClosed()
{
    Drained drained;
    char buffer[4096];
    while (m_ssl) {
        const int n = SSL_read(m_ssl, buffer, sizeof buffer);
        if (n > 0) {
            drained.bytes.append(buffer, size_t(n));
            continue;
        }
        const int error = SSL_get_error(m_ssl, n);
        // A clean close, or a reset once the server is gone; a read timeout leaves errno EAGAIN.
        drained.closed = error == SSL_ERROR_ZERO_RETURN
            || (error == SSL_ERROR_SYSCALL && errno != EAGAIN && errno != EWOULDBLOCK) || error == SSL_ERROR_SSL;
        break;
    }
    return drained;
}

} // namespace vsys::server::test
