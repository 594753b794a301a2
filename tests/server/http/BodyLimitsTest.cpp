// SPDX-License-Identifier: MIT
// Tests of the body limits cpp-httplib 0.11.4 does not enforce by itself (server-stack.md): bodies
// over 1 MiB in any framing get 413 without being kept in memory, compressed bodies get 415.
#include "ServerTestSupport.h"

#include <QUuid>

#include <array>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

constexpr size_t kMiB = 1024 * 1024;

const std::string kTooLarge = R"({"error":"body_too_large","message":"リクエストが大きすぎます（1MBを超えています）。)"
                              R"(入力内容を短くしてください。"})";
const std::string kUnsupportedEncoding = R"({"error":"unsupported_encoding","message":"サーバーが受け付けない)"
                                         R"(圧縮形式のリクエストです。圧縮せずに送信してください。"})";

/// `size` bytes of zeros, gzip-compressed: about a thousandth of the size.
std::string gzipBomb(size_t size)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    static const std::array<unsigned char, 64 * 1024> zeros{};
    std::array<unsigned char, 64 * 1024> out{};
    std::string compressed;
    for (size_t fed = 0; fed < size; fed += zeros.size()) {
        stream.next_in = const_cast<unsigned char*>(zeros.data());
        stream.avail_in = uInt(zeros.size());
        const int flush = fed + zeros.size() >= size ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = out.data();
            stream.avail_out = uInt(out.size());
            deflate(&stream, flush);
            compressed.append(reinterpret_cast<const char*>(out.data()), out.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return compressed;
}

class BodyLimitsTest : public ApiTest
{
protected:
    std::string path() const { return "/api/v1/applications/" + m_id.toStdString(); }
    httplib::Headers auth() const { return {{"Authorization", "Bearer " + m_token}}; }

    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_token = login(kVsysIdA);
        // Warm up: TLS, the worker threads and the database connections exist before RSS is measured.
        ASSERT_EQ(putApplication(m_token, QUuid::createUuid().toString(QUuid::WithoutBraces), {}).status, 201);
        m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    /// A PUT sent in one write over a bare TLS connection. The server answers a refused body without
    /// reading it and closes; a client still writing would see the connection reset instead of
    /// the answer, so the whole request must be on its way first.
    std::string rawPut(const std::string& extraHeaders, const std::string& body)
    {
        RawTlsConnection connection(port(), TestCertificate::get().certificatePath);
        EXPECT_TRUE(connection.connected());
        EXPECT_TRUE(connection.write("PUT " + path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                     + m_token + "\r\nContent-Type: application/json\r\nContent-Length: "
                                     + std::to_string(body.size()) + "\r\n" + extraHeaders + "\r\n" + body));
        return connection.readAvailable();
    }

    void expectNothingStored()
    {
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM application WHERE id = :id"_s, {{u"id"_s, m_id}}).toInt(), 0);
    }

    std::string m_token;
    QString m_id;
};

TEST_P(BodyLimitsTest, ContentLengthOverTheLimitIs413)
{
    const size_t size = 2 * kMiB;
    const qint64 before = residentKiB();
    const auto result = client()->Put(
        path().c_str(), auth(), size,
        [](size_t offset, size_t length, httplib::DataSink& sink) {
            static const std::string block(64 * 1024, ' ');
            return sink.write(block.data(), std::min(length, block.size() - offset % block.size()));
        },
        "application/json");
    ASSERT_TRUE(result) << httplib::to_string(result.error());
    EXPECT_EQ(result->status, 413);
    EXPECT_EQ(result->body, kTooLarge);
    EXPECT_LT(residentKiB() - before, qint64(size / 1024 / 2));
    expectNothingStored();
}

TEST_P(BodyLimitsTest, ChunkedBodyOverTheLimitIs413WithoutBeingKept)
{
    const size_t size = 50 * kMiB;
    const qint64 before = residentKiB();
    const auto result = client()->Put(
        path().c_str(), auth(),
        [](size_t offset, httplib::DataSink& sink) {
            static const std::string block(64 * 1024, ' ');
            if (offset >= size) {
                sink.done();
                return true;
            }
            return sink.write(block.data(), block.size());
        },
        "application/json");
    ASSERT_TRUE(result) << httplib::to_string(result.error());
    EXPECT_EQ(result->status, 413);
    EXPECT_EQ(result->body, kTooLarge);
    EXPECT_LT(residentKiB() - before, qint64(size / 1024 / 8));
    expectNothingStored();
    // The server is still there for the next request.
    EXPECT_EQ(get("/api/v1/applications", m_token).status, 200);
}

TEST_P(BodyLimitsTest, GzipBombIsRefusedBeforeItIsInflated)
{
    // Small enough to arrive in one TLS record: the server refuses it unread and closes the connection,
    // and a client still writing a larger body would see the connection reset instead of the answer.
    const size_t inflated = 12 * kMiB;
    const std::string bomb = gzipBomb(inflated);
    ASSERT_LT(bomb.size(), 16000u);
    const qint64 before = residentKiB();
    const std::string answer = rawPut("Content-Encoding: gzip\r\n", bomb);
    EXPECT_EQ(answer.substr(0, 35), "HTTP/1.1 415 Unsupported Media Type");
    EXPECT_TRUE(answer.ends_with("\r\n\r\n" + kUnsupportedEncoding)) << answer;
    EXPECT_LT(residentKiB() - before, qint64(inflated / 1024 / 4));
    expectNothingStored();
}

TEST_P(BodyLimitsTest, AnyContentEncodingButIdentityIs415)
{
    for (const std::string encoding : {"br", "deflate", "identity, br", "x-unknown"}) {
        const std::string answer = rawPut("Content-Encoding: " + encoding + "\r\n", R"({"content": {}})");
        EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 415") << encoding;
        EXPECT_TRUE(answer.ends_with("\r\n\r\n" + kUnsupportedEncoding)) << answer;
    }
    expectNothingStored();
    httplib::Headers identity = auth();
    identity.emplace("Content-Encoding", "identity");
    const auto accepted = client()->Put(path().c_str(), identity, R"({"content": {}})", "application/json");
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->status, 201);
}

TEST_P(BodyLimitsTest, ExpectContinueWithAHugeLengthIsRefusedBeforeUpload)
{
    RawTlsConnection connection(port(), TestCertificate::get().certificatePath);
    ASSERT_TRUE(connection.connected());
    ASSERT_TRUE(connection.write("PUT " + path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
                                 + "\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n"
                                   "Expect: 100-continue\r\n\r\n"));
    const std::string answer = connection.readAvailable();
    EXPECT_EQ(answer.substr(0, 25), "HTTP/1.1 413 Payload Too ");
    EXPECT_TRUE(answer.ends_with("\r\n\r\n" + kTooLarge)) << answer;
    expectNothingStored();
}

TEST_P(BodyLimitsTest, UnauthenticatedBodiesAreNotRead)
{
    RawTlsConnection connection(port(), TestCertificate::get().certificatePath);
    ASSERT_TRUE(connection.connected());
    // The declared body never comes; the gate answers anyway, so it did not wait to read it.
    ASSERT_TRUE(connection.write("PUT " + path()
                                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Type: application/json\r\nContent-Length: 500000\r\n\r\n"));
    const std::string answer = connection.readAvailable();
    EXPECT_EQ(answer.substr(0, 25), "HTTP/1.1 401 Unauthorized");
    EXPECT_NE(answer.find("WWW-Authenticate: Bearer"), std::string::npos);
    EXPECT_NE(answer.find("Connection: close"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Databases, BodyLimitsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace

} // namespace vsys::server::test
