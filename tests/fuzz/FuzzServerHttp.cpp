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
#include "server/http/ApiRouter.h"
#include "server/http/RequestGate.h"
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
    ssize_t write(const char*, size_t size) override { return ssize_t(size); }
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

private:
    const std::string& m_input;
    size_t m_position = 0;
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

    // The API as HttpsServer installs it, without its transport.
    g_fixture->gate = std::make_unique<RequestGate>(database);
    ApiRouter::install(g_fixture->server, database, *g_fixture->gate, ServerClock::startingAt(DemoData::demoNow()),
                       nullptr);
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
        // After an answer that ends the connection (ClosingAnswer) the library reports a failed write.
        if (!g_fixture->server.serveOne(stream, connectionClosed) || connectionClosed) {
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
