// SPDX-License-Identifier: MIT
// nginx-probe: concurrent clients through the real nginx in front of two vsysdesk-servers
// (nginx-front-test.sh starts them). Usage:
//   nginx-probe desync PORT CA_FILE       clients of two venues check that every answer is their own
//                                          while an attacker sends requests the server cannot parse
//   nginx-probe login-burst PORT CA_FILE  16 logins at once for one V-SYS ID with wrong passwords, then the
//                                          right one, which the lockout must refuse too
// Prints "NAME: N passed, N failed" and exits 1 on any failure.
#include <arpa/inet.h>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <httplib.h>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct Target
{
    int port = 0;
    std::string caFile;
};

/// Failures are collected from every thread; the first few are printed.
class Tally
{
public:
    void pass() { ++m_passed; }
    void fail(const std::string& what)
    {
        std::lock_guard lock(m_mutex);
        ++m_failed;
        if (m_failed <= 10) {
            std::fprintf(stderr, "FAIL: %s\n", what.c_str());
        }
    }
    int report(const char* name) const
    {
        std::printf("%s: %d passed, %d failed\n", name, m_passed.load(), m_failed);
        return m_failed == 0 && m_passed > 0 ? 0 : 1;
    }

private:
    std::atomic<int> m_passed = 0;
    std::mutex m_mutex;
    int m_failed = 0;
};

std::unique_ptr<httplib::SSLClient> client(const Target& target)
{
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", target.port);
    c->set_ca_cert_path(target.caFile.c_str());
    c->enable_server_certificate_verification(true);
    c->set_keep_alive(true);
    c->set_read_timeout(20, 0);
    return c;
}

/// A string member of a JSON answer, found without a JSON library: the first of that name (the server
/// writes keys in order, so in a login's answer the first "id" is the venue's).
std::string field(const std::string& json, const std::string& name)
{
    const std::string key = "\"" + name + "\":\"";
    const size_t at = json.find(key);
    if (at == std::string::npos) {
        return {};
    }
    const size_t start = at + key.size();
    return json.substr(start, json.find('"', start) - start);
}

bool hasId(const std::string& json, const std::string& id)
{
    return json.find("\"id\":\"" + id + "\"") != std::string::npos;
}

/// A whole-number member of a JSON answer (the first of that name), or -1.
int number(const std::string& json, const std::string& name)
{
    const std::string key = "\"" + name + "\":";
    const size_t at = json.find(key);
    return at == std::string::npos ? -1 : std::atoi(json.c_str() + at + key.size());
}

httplib::Headers withVersion(httplib::Headers headers, int version)
{
    if (version > 0) {
        headers.emplace("If-Match", std::to_string(version));
    }
    return headers;
}

struct Login
{
    std::string token;
    std::string venueId;
};

Login login(const Target& target, const std::string& vsysId, const std::string& password)
{
    const auto result = client(target)->Post(
        "/api/v1/session", R"({"vsys_id":")" + vsysId + R"(","password":")" + password + R"("})", "application/json");
    if (!result || result->status != 201) {
        std::fprintf(stderr, "login of %s failed: %d\n", vsysId.c_str(), result ? result->status : -1);
        return {};
    }
    return {field(result->body, "token"), field(result->body, "id")};
}

/// Sends bytes the server cannot read as a request, on a connection of its own (which nginx closes after
/// the answer: the request says Connection: close), and reads the answer.
void sendUnparsable(const Target& target, const std::string& request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(target.port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        SSL_CTX* context = SSL_CTX_new(TLS_client_method());
        SSL* ssl = SSL_new(context);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1) {
            SSL_write(ssl, request.data(), int(request.size()));
            char buffer[4096];
            while (SSL_read(ssl, buffer, sizeof buffer) > 0) {}
        }
        SSL_free(ssl);
        SSL_CTX_free(context);
    }
    ::close(fd);
}

int desync(const Target& target)
{
    const std::vector<Login> venues
        = {login(target, "1310000017", "demo-venue-A-2021"), login(target, "2710000014", "demo-venue-B-2021")};
    for (const Login& venue : venues) {
        if (venue.token.empty() || venue.venueId.empty()) {
            return 1;
        }
    }
    constexpr int kClients = 12;
    constexpr int kRounds = 25;
    Tally tally;
    std::atomic<bool> clientsDone = false;
    std::atomic<int> attacks = 0;

    std::thread attacker([&] {
        const std::vector<std::string> requests = {
            "GET /api/v1/changes?since=/x?y=1 HTTP/1.1\r\nHost: localhost\r\nX-A: 1\r\nX-B: 2\r\nX-C: 3\r\n"
            "Connection: close\r\n\r\n",
            "GET /api/v1/cools?a=/b?c HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nX-D: 4\r\n"
            "Connection: close\r\n\r\n",
            "PROPFIND /api/v1/venue HTTP/1.1\r\nHost: localhost\r\nX-E: 5\r\nX-F: 6\r\nConnection: close\r\n\r\n",
        };
        while (!clientsDone) {
            sendUnparsable(target, requests[size_t(attacks++) % requests.size()]);
        }
    });

    std::vector<std::thread> clients;
    for (int k = 0; k < kClients; ++k) {
        clients.emplace_back([&, k] {
            const Login& venue = venues[size_t(k % 2)];
            const auto c = client(target);
            const httplib::Headers auth = {{"Authorization", "Bearer " + venue.token}};
            // One draft per client, the same in every run (a venue may keep only so many drafts).
            const std::string draftId = "00000000-0000-4000-8000-0000000000" + std::to_string(10 + k);
            const auto existing = c->Get(("/api/v1/applications/" + draftId).c_str(), auth);
            int version = existing && existing->status == 200 ? number(existing->body, "version") : 0;
            for (int round = 0; round < kRounds; ++round) {
                const std::string requestId = "c" + std::to_string(k) + "-" + std::to_string(round);
                httplib::Headers headers = auth;
                headers.emplace("X-Request-Id", requestId);
                const auto got = c->Get("/api/v1/venue", headers);
                if (!got) {
                    tally.fail(requestId + " GET: " + httplib::to_string(got.error()));
                } else if (got->status != 200 || got->get_header_value("X-Request-Id") != requestId
                           || !hasId(got->body, venue.venueId)) {
                    tally.fail(requestId + " GET answered " + std::to_string(got->status) + " id "
                               + got->get_header_value("X-Request-Id") + ": " + got->body.substr(0, 120));
                } else {
                    tally.pass();
                }

                headers.erase("X-Request-Id");
                headers.emplace("X-Request-Id", requestId + "-put");
                const auto put = c->Put(("/api/v1/applications/" + draftId).c_str(), withVersion(headers, version),
                                        R"({"content":{}})", "application/json");
                const int expected = version == 0 ? 201 : 200;
                if (!put) {
                    tally.fail(requestId + " PUT: " + httplib::to_string(put.error()));
                } else if (put->status != expected || put->get_header_value("X-Request-Id") != requestId + "-put"
                           || !hasId(put->body, draftId) || number(put->body, "version") != version + 1) {
                    tally.fail(requestId + " PUT answered " + std::to_string(put->status) + " id "
                               + put->get_header_value("X-Request-Id") + ": " + put->body.substr(0, 120));
                } else {
                    tally.pass();
                    version = number(put->body, "version");
                }
            }
        });
    }
    for (std::thread& t : clients) {
        t.join();
    }
    clientsDone = true;
    attacker.join();
    std::printf("desync: %d unparsable requests sent meanwhile\n", attacks.load());
    return tally.report("desync");
}

int loginBurst(const Target& target)
{
    constexpr int kLogins = 16;
    std::mutex mutex;
    std::condition_variable go;
    bool started = false;
    std::map<int, int> statuses;
    std::vector<std::thread> threads;
    for (int i = 0; i < kLogins; ++i) {
        threads.emplace_back([&, i] {
            const auto c = client(target);
            // All wrong: a right password among them lifts the count whenever it is checked first, as a
            // login that succeeds should, and the bound below would then depend on the order of arrival.
            const std::string password = "wrong-" + std::to_string(i);
            {
                std::unique_lock lock(mutex);
                go.wait(lock, [&] { return started; });
            }
            const auto result = c->Post(
                "/api/v1/session", R"({"vsys_id":"2710000014","password":")" + password + R"("})", "application/json");
            std::lock_guard lock(mutex);
            ++statuses[result ? result->status : -1];
        });
    }
    {
        std::lock_guard lock(mutex);
        started = true;
    }
    go.notify_all();
    for (std::thread& t : threads) {
        t.join();
    }
    Tally tally;
    const int checked = statuses[401];
    std::printf("login-burst: 401 x%d, 429 x%d\n", statuses[401], statuses[429]);
    if (checked <= 5 && checked >= 1) {
        tally.pass();
    } else {
        tally.fail(std::to_string(checked) + " passwords were checked (at most 5 may be)");
    }
    if (statuses[429] == kLogins - checked) {
        tally.pass();
    } else {
        tally.fail("answers other than 401 and 429");
    }
    // The lock holds for the right password as well: it is not even checked.
    const auto right = client(target)->Post(
        "/api/v1/session", R"({"vsys_id":"2710000014","password":"demo-venue-B-2021"})", "application/json");
    if (right && right->status == 429) {
        tally.pass();
    } else {
        tally.fail("the right password got " + std::to_string(right ? right->status : -1) + " during the lockout");
    }
    return tally.report("login-burst");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: nginx-probe desync|login-burst PORT CA_FILE\n");
        return 2;
    }
    const std::string mode = argv[1];
    const Target target{std::atoi(argv[2]), argv[3]};
    if (mode == "desync") {
        return desync(target);
    }
    if (mode == "login-burst") {
        return loginBurst(target);
    }
    std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
    return 2;
}
