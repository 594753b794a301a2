// SPDX-License-Identifier: MIT
// Raw HTTP/1.1 bytes → cpp-httplib's request parsing, the server's RequestGate and every route, in this
// process on a database with the demo data. One input may hold several requests on one keep-alive
// connection, as a client or nginx sends them. This reaches each route's body parser (login, application
// content, plan rows, actions), the query strings (since) and the headers the server reads
// (Authorization, If-Match, Idempotency-Key, Content-Length, Content-Encoding, Expect).
//
// The literal @TOKEN@ in an input stands for the bearer token of a session of the demo venue A, so that
// the seeds reach the routes behind the gate. The session is stored directly (a login would cost an
// Argon2id check and could be locked by the fuzzer's own wrong passwords), and stored again after an
// input that ended it with DELETE /session.
#include "server/ServerClock.h"
#include "server/demo/DemoData.h"
#include "server/http/ApplicationActionRoutes.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/ChangesRoutes.h"
#include "server/http/CoolRoutes.h"
#include "server/http/DocumentRoutes.h"
#include "server/http/PlanRoutes.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestGate.h"
#include "server/http/SessionRoutes.h"
#include "server/http/VenueRoutes.h"
#include "server/security/SessionToken.h"
#include "server/storage/DatabaseUrl.h"
#include "server/storage/SessionRepository.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <httplib.h>
#include <memory>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace vsys::server;

namespace {

/// A connection whose peer sends `input` and then nothing; what the server writes is dropped.
class InputStream final : public httplib::Stream
{
public:
    explicit InputStream(const std::string& input)
        : m_input(input)
    {}

    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override
    {
        const size_t n = std::min(size, m_input.size() - m_position);
        std::memcpy(ptr, m_input.data() + m_position, n);
        m_position += n;
        return ssize_t(n);
    }
    ssize_t write(const char* data, size_t size) override
    {
        // The server writes each answer's head in one piece; one that says "Connection: close" ends
        // the connection (the server closes it after the answer), as the body may still be unread.
        if (std::string_view(data, size).find("\r\nConnection: close\r\n") != std::string_view::npos) {
            m_closing = true;
        }
        return ssize_t(size);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override
    {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override
    {
        ip = "127.0.0.1";
        port = 8443;
    }
    socket_t socket() const override { return INVALID_SOCKET; }

    bool exhausted() const { return m_position >= m_input.size(); }
    bool closing() const { return m_closing; }

private:
    const std::string& m_input;
    size_t m_position = 0;
    bool m_closing = false;
};

/// One request of cpp-httplib's per-connection loop without a socket (process_request is protected for
/// this); the loop itself is LLVMFuzzerTestOneInput's.
class InProcessServer final : public httplib::Server
{
public:
    bool serveOne(InputStream& stream, bool& connectionClosed)
    {
        return process_request(stream, false, connectionClosed, nullptr);
    }
};

struct Fixture
{
    QTemporaryDir directory;
    std::unique_ptr<Storage> storage;
    std::unique_ptr<RequestGate> gate;
    InProcessServer server;
    std::string token;
    SessionRow session;
};

Fixture* g_fixture = nullptr;

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "FuzzServerHttp: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    // Every refused request would log; the fuzzer's own output is what matters here.
    QLoggingCategory::setFilterRules(u"*=false"_s);
    g_fixture = new Fixture;
    auto storage = Storage::open(DatabaseUrl::sqlite(g_fixture->directory.filePath(u"fuzz.sqlite"_s)));
    if (!storage.ok() || !DemoData::seed(**storage).ok()) {
        fail("cannot open the demo database");
    }
    g_fixture->storage = std::move(storage).value();
    Storage& database = *g_fixture->storage;
    const QString vsysId = DemoData::accounts().constFirst().vsysId;
    const auto account = VenueRepository(database).findAccount(vsysId);
    if (!account || !*account) {
        fail("the demo venue has no account");
    }
    const QString token = SessionToken::generate();
    g_fixture->token = token.toStdString();
    g_fixture->session
        = {SessionToken::storageHash(token), vsysId, (*account)->venueId, QDateTime::currentDateTimeUtc().addYears(1)};
    if (!SessionRepository(database).insert(g_fixture->session, QDateTime::currentDateTimeUtc())) {
        fail("cannot store the fuzzer's session");
    }

    // As HttpsServer::configure installs them: the gate before routing, then every route.
    g_fixture->gate = std::make_unique<RequestGate>(database);
    InProcessServer& server = g_fixture->server;
    RequestGate& gate = *g_fixture->gate;
    server.set_payload_max_length(RequestBody::kMaxBody);
    server.set_pre_routing_handler([&gate](const httplib::Request& request, httplib::Response& response) {
        return gate.refuse(request, response) ? httplib::Server::HandlerResponse::Handled
                                              : httplib::Server::HandlerResponse::Unhandled;
    });
    const ServerClock clock = ServerClock::startingAt(DemoData::demoNow());
    SessionRoutes::install(server, database);
    VenueRoutes::install(server, database);
    ApplicationRoutes::install(server, database);
    ApplicationActionRoutes::install(server, database);
    DocumentRoutes::install(server, database);
    CoolRoutes::install(server, database, clock);
    PlanRoutes::install(server, database, clock);
    ChangesRoutes::install(server, database);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string input(reinterpret_cast<const char*>(data), size);
    static const std::string placeholder = "@TOKEN@";
    for (size_t at = input.find(placeholder); at != std::string::npos;
         at = input.find(placeholder, at + g_fixture->token.size())) {
        input.replace(at, placeholder.size(), g_fixture->token);
    }
    InputStream stream(input);
    // A bounded number of requests per connection, as the server's keep-alive limit bounds them.
    for (int request = 0; request < 8 && !stream.exhausted(); ++request) {
        bool connectionClosed = false;
        if (!g_fixture->server.serveOne(stream, connectionClosed) || connectionClosed || stream.closing()) {
            break;
        }
    }
    SessionRepository sessions(*g_fixture->storage);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto live = sessions.findValid(g_fixture->session.tokenHash, now);
    if (!live || (!*live && !sessions.insert(g_fixture->session, now))) {
        fail("cannot restore the fuzzer's session");
    }
    return 0;
}
