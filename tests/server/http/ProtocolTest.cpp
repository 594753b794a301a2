// SPDX-License-Identifier: MIT
// Requests the server cannot read as HTTP: each is answered once, with the JSON error of docs/api.md,
// and its connection closed, so that no byte after it is read as a request (issue 12, defects 1 and 8).
// Sent over bare TLS connections, since an HTTP client library will not send them.
#include "ServerTestSupport.h"

#include <QJsonDocument>
#include <QUuid>

#include <regex>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

/// One answer as read off the wire: status line, head and body.
struct WireAnswer
{
    int status = 0;
    std::string head;
    std::string body;

    QJsonObject json() const { return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object(); }
    bool hasHeader(const std::string& line) const { return head.find("\r\n" + line + "\r\n") != std::string::npos; }
};

/// Splits what a connection received into its answers (each with a Content-Length body).
std::vector<WireAnswer> answersIn(const std::string& bytes)
{
    std::vector<WireAnswer> answers;
    size_t at = 0;
    while (at < bytes.size()) {
        const size_t headEnd = bytes.find("\r\n\r\n", at);
        if (headEnd == std::string::npos || bytes.compare(at, 9, "HTTP/1.1 ") != 0) {
            ADD_FAILURE() << "not an answer at byte " << at << ": " << bytes.substr(at, 80);
            break;
        }
        WireAnswer answer;
        answer.status = std::stoi(bytes.substr(at + 9, 3));
        answer.head = bytes.substr(at, headEnd + 2 - at);
        static const std::regex kLength("\r\nContent-Length: ([0-9]+)\r\n", std::regex::icase);
        std::smatch match;
        const size_t length = std::regex_search(answer.head, match, kLength) ? std::stoul(match[1]) : 0;
        answer.body = bytes.substr(headEnd + 4, length);
        answers.push_back(answer);
        at = headEnd + 4 + length;
    }
    return answers;
}

class ProtocolTest : public ApiTest
{
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_token = login(kVsysIdA);
    }

    /// The answers to `request` on a new connection, which must then be closed. Like a proxy that kept
    /// the connection, the test sends the next request after the first answer: were the connection
    /// still served, the unread rest of `request` would be read (and answered) as requests first.
    std::vector<WireAnswer> answersTo(const std::string& request)
    {
        RawTlsConnection connection(port(), TestCertificate::get().certificatePath);
        EXPECT_TRUE(connection.connected());
        EXPECT_TRUE(connection.write(request));
        const std::string first = connection.readAvailable();
        // Fails once the server has closed; then nothing more can arrive.
        (void)connection.write("GET /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization() + "\r\n");
        const RawTlsConnection::Drained rest = connection.readUntilClosed();
        EXPECT_TRUE(rest.closed) << "the connection stayed open after: " << first << rest.bytes;
        return answersIn(first + rest.bytes);
    }

    /// The one answer `request` gets, after which the server closes the connection.
    WireAnswer onlyAnswerTo(const std::string& request)
    {
        const std::vector<WireAnswer> answers = answersTo(request);
        EXPECT_EQ(answers.size(), 1u) << (answers.size() > 1 ? answers[1].head + answers[1].body : std::string());
        return answers.empty() ? WireAnswer{} : answers.front();
    }

    std::string authorization() const { return "Authorization: Bearer " + m_token + "\r\n"; }

    void expectMalformed(const WireAnswer& answer)
    {
        EXPECT_EQ(answer.status, 400);
        EXPECT_EQ(answer.json().value(u"error"_s).toString(), u"malformed_request"_s) << answer.body;
        EXPECT_EQ(
            answer.json().value(u"message"_s).toString(),
            u"リクエストを読み取れませんでした（HTTPSのリクエストとして正しくありません）。VSYS Deskを更新するか、"
            u"サポート窓口にお問い合わせください。"_s);
        EXPECT_TRUE(answer.hasHeader("Connection: close")) << answer.head;
    }

    std::string m_token;
};

TEST_P(ProtocolTest, SecondQuestionMarkInTheQueryIsAnsweredOnceAndCloses)
{
    const WireAnswer answer = onlyAnswerTo("GET /api/v1/changes?since=/x?y=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           + authorization() + "Accept: application/json\r\nX-Padding: 1\r\n\r\n");
    expectMalformed(answer);
}

TEST_P(ProtocolTest, RequestLineHiddenAmongTheHeadersIsNotExecuted)
{
    const std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    const std::string body = R"({"content":{}})";
    expectMalformed(onlyAnswerTo("GET /bad?x=/a?b HTTP/1.1\r\nPUT /api/v1/applications/" + id
                                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization()
                                 + "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size())
                                 + "\r\n\r\n" + body));
    EXPECT_EQ(
        scalar(u"SELECT COUNT(*) FROM application WHERE id = :id"_s, {{u"id"_s, QString::fromStdString(id)}}).toInt(),
        0);
}

TEST_P(ProtocolTest, HeadWithAnUnreadableRequestLineClosesToo)
{
    // cpp-httplib writes no body for HEAD, and only a body write can end its connection.
    const WireAnswer answer = onlyAnswerTo("HEAD /api/v1/cools?a=/b?c HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization()
                                           + "GET /api/v1/venue HTTP/1.1\r\n\r\n");
    expectMalformed(answer);
}

TEST_P(ProtocolTest, UnknownMethodIsAnsweredOnceAndCloses)
{
    expectMalformed(onlyAnswerTo("PROPFIND /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization() + "\r\n"));
}

TEST_P(ProtocolTest, UriOver8KiBIs414WithTheJsonError)
{
    const WireAnswer answer
        = onlyAnswerTo("GET /api/v1/venue?pad=" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_EQ(answer.status, 414);
    EXPECT_EQ(answer.json().value(u"error"_s).toString(), u"uri_too_long"_s) << answer.body;
    EXPECT_FALSE(answer.json().value(u"message"_s).toString().isEmpty());
}

TEST_P(ProtocolTest, HeaderLineOverTheLimitIs400WithTheJsonError)
{
    expectMalformed(onlyAnswerTo("GET /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(9000, 'a')
                                 + "\r\n" + authorization() + "\r\n"));
}

TEST_P(ProtocolTest, NegativeContentLengthIs400Not413)
{
    const std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    expectMalformed(onlyAnswerTo("PUT /api/v1/applications/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization()
                                 + "Content-Type: application/json\r\nContent-Length: -1\r\n\r\n{}"));
}

TEST_P(ProtocolTest, UnclearBodyFramingIsRefusedAndCloses)
{
    const std::string put = "PUT /api/v1/applications/"
        + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + authorization() + "Content-Type: application/json\r\n";
    for (const std::string& framing : {
             std::string("Content-Length: 2\r\nContent-Length: 14\r\n"),
             std::string("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n"),
             std::string("Content-Length: 2x\r\n"),
             std::string("Transfer-Encoding: gzip, chunked\r\n"),
         }) {
        SCOPED_TRACE(framing);
        expectMalformed(onlyAnswerTo(put + framing + "\r\n{}"));
    }
}

TEST_P(ProtocolTest, BodyOfAGetIsNotReadAsTheNextRequest)
{
    // cpp-httplib reads no body of a GET: these bytes would be the connection's next request.
    const std::string smuggled = "GET /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization() + "\r\n";
    expectMalformed(onlyAnswerTo("GET /api/v1/cools HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization()
                                 + "Content-Length: " + std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled));
}

TEST_P(ProtocolTest, UnreadBodyOfARefusedRequestIsNotReadAsTheNextRequest)
{
    // No token: the gate refuses without reading the body, which holds a whole authorised request.
    const std::string smuggled = "GET /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization() + "\r\n";
    const WireAnswer answer = onlyAnswerTo("PUT /api/v1/applications/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                                           + std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled);
    EXPECT_EQ(answer.status, 401);
    EXPECT_EQ(answer.json().value(u"error"_s).toString(), u"unauthorized"_s);
}

TEST_P(ProtocolTest, WellFormedRequestsShareAConnection)
{
    RawTlsConnection connection(port(), TestCertificate::get().certificatePath);
    const std::string get = "GET /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization() + "\r\n";
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(connection.write(get));
        const std::vector<WireAnswer> answers = answersIn(connection.readAvailable());
        ASSERT_EQ(answers.size(), 1u);
        EXPECT_EQ(answers[0].status, 200);
        EXPECT_FALSE(answers[0].hasHeader("Connection: close"));
    }
}

TEST_P(ProtocolTest, RequestIdIsEchoedOnlyWhenItIsAPlainToken)
{
    RawTlsConnection connection(port(), TestCertificate::get().certificatePath);
    ASSERT_TRUE(connection.write("GET /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization()
                                 + "X-Request-Id: client-7.a_B\r\n\r\n"));
    std::vector<WireAnswer> answers = answersIn(connection.readAvailable());
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_TRUE(answers[0].hasHeader("X-Request-Id: client-7.a_B")) << answers[0].head;

    for (const std::string& id : {std::string("a b"), std::string(65, 'a'), std::string("x\x01y")}) {
        ASSERT_TRUE(connection.write("GET /api/v1/venue HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization()
                                     + "X-Request-Id: " + id + "\r\n\r\n"));
        answers = answersIn(connection.readAvailable());
        ASSERT_EQ(answers.size(), 1u);
        EXPECT_EQ(answers[0].status, 200);
        EXPECT_EQ(answers[0].head.find("X-Request-Id"), std::string::npos) << answers[0].head;
    }
}

TEST_P(ProtocolTest, Tls12OffersOnlyAeadSuites)
{
    for (const char* cbc : {"ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA256",
                            "ECDHE-ECDSA-AES256-SHA", "AES128-SHA", "AES256-SHA256"}) {
        SCOPED_TRACE(cbc);
        RawTlsConnection connection(port(), TestCertificate::get().certificatePath, cbc);
        EXPECT_FALSE(connection.connected());
    }
    for (const char* aead :
         {"ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305"}) {
        SCOPED_TRACE(aead);
        RawTlsConnection connection(port(), TestCertificate::get().certificatePath, aead);
        EXPECT_TRUE(connection.connected());
    }
}

// Framing is not stored anywhere: one database is enough.
INSTANTIATE_TEST_SUITE_P(Databases, ProtocolTest, ::testing::Values(Backend::Sqlite), backendName);

} // namespace

} // namespace vsys::server::test
