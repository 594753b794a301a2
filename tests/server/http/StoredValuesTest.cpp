// SPDX-License-Identifier: MIT
// What the server stores comes back as it was sent, and every client can read it again: the nesting
// limit and the refused characters of core::StoredJsonRules on the way in, and a HEAD that is no
// download; over HTTPS, on SQLite and PostgreSQL.
#include "ServerTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

/// A PUT body {"content": …} that is `depth` levels deep in all, written as text (QJsonObject
/// would take its time over a thousand levels).
std::string bodyOfDepth(int depth)
{
    std::string body = R"({"content":)";
    for (int level = 2; level < depth; ++level) {
        body += R"({"a":)";
    }
    body += "{}";
    body += std::string(size_t(depth - 1), '}');
    return body;
}

/// The content of bodyOfDepth(depth): {"a": {"a": … {}}}, one level less.
QJsonObject contentOfBodyDepth(int depth)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(bodyOfDepth(depth)))
        .object()
        .value(u"content"_s)
        .toObject();
}

class StoredValuesTest : public ApiTest
{
protected:
    /// The content of a draft that the refused PUTs try to change.
    const QJsonObject kContent{{u"company"_s, QJsonObject{{u"name"_s, u"株式会社サンプル"_s}}}};

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    QString content(const QString& id)
    {
        return scalar(u"SELECT content FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toString();
    }
    int version(const QString& id)
    {
        return scalar(u"SELECT version FROM application WHERE id = :id"_s, {{u"id"_s, id}}).toInt();
    }
    int applications() { return scalar(u"SELECT COUNT(*) FROM application"_s).toInt(); }
};

TEST_P(StoredValuesTest, ThirtyTwoLevelsAreStoredAndListed)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    // The body {"content": …} is level 1, so content may hold 31 more.
    const QJsonObject deepest = contentOfBodyDepth(32);
    const Reply saved = putApplication(token, id, deepest);
    ASSERT_EQ(saved.status, 201) << saved.body;
    const Reply read = get("/api/v1/applications/" + id.toStdString(), token);
    EXPECT_EQ(read.body, saved.body);
    EXPECT_EQ(read.json().value(u"content"_s).toObject(), deepest);
    // The list and the changes wrap the record in more levels; Qt on the PCs must still read them.
    for (const std::string path : {"/api/v1/applications", "/api/v1/changes?since=0"}) {
        const Reply answer = get(path, token);
        ASSERT_EQ(answer.status, 200) << path;
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray::fromStdString(answer.body), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << path;
    }
}

TEST_P(StoredValuesTest, ADeeperValueIsRefusedWithItsPathAndTheRecordStaysAsItWas)
{
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(putApplication(token, id, kContent).status, 201);
    const QString stored = content(id);

    const Reply refused = putApplication(token, id, contentOfBodyDepth(33), 1);
    EXPECT_EQ(refused.status, 400);
    const QJsonObject error = refused.json();
    EXPECT_EQ(error.value(u"error"_s).toString(), u"invalid_field"_s);
    QString path = u"content"_s;
    for (int level = 0; level < 31; ++level) {
        path += u".a"_s;
    }
    EXPECT_EQ(error.value(u"field"_s).toString(), path);
    EXPECT_EQ(error.value(u"message"_s).toString(), path + u" の入れ子が 32 階層を超えています。"_s);
    EXPECT_EQ(version(id), 1);
    EXPECT_EQ(content(id), stored);
}

TEST_P(StoredValuesTest, AThousandLevelsAreRefusedWithoutStoringAnything)
{
    const std::string token = login(kVsysIdA);
    const std::string path = "/api/v1/applications/" + newId().toStdString();
    // Qt's parser reads up to 1,024 levels; the rules refuse those. Past that the parser itself fails.
    const Reply deep = send("PUT", path, token, bodyOfDepth(1024));
    EXPECT_EQ(deep.status, 400) << deep.body;
    EXPECT_EQ(deep.json().value(u"error"_s).toString(), u"invalid_field"_s);
    EXPECT_TRUE(deep.json().value(u"field"_s).toString().startsWith(u"content.a.a."_s));
    const Reply deeper = send("PUT", path, token, bodyOfDepth(5000));
    EXPECT_EQ(deeper.status, 400) << deeper.body;
    EXPECT_EQ(deeper.json().value(u"error"_s).toString(), u"invalid_json"_s);
    const Reply arrays
        = send("PUT", path, token, R"({"content":{"rows":)" + std::string(1022, '[') + std::string(1022, ']') + "}}");
    EXPECT_EQ(arrays.status, 400) << arrays.body;
    EXPECT_EQ(arrays.json().value(u"field"_s).toString(), u"content.rows"_s + QString(u"[0]"_s).repeated(30));
    EXPECT_EQ(applications(), 0);
}

struct RefusedText
{
    const char* name;
    std::string json; ///< the value of content.company.name as written in the body
    QString character; ///< as the message names it
};

class RefusedTextTest : public StoredValuesTest
{
};

TEST_P(RefusedTextTest, EachRefusedCharacterIsNamedWithItsField)
{
    const std::vector<RefusedText> cases{
        {"escaped FFFF", R"("株式会社\uffff")", u"U+FFFF（Unicode の非文字）"_s},
        {"raw FFFE", "\"株式会社\xEF\xBF\xBE\"", u"U+FFFE（Unicode の非文字）"_s},
        {"raw FDD0", "\"\xEF\xB7\x90\"", u"U+FDD0（Unicode の非文字）"_s},
        {"escaped 1FFFF", R"("\ud83f\udfff")", u"U+1FFFF（Unicode の非文字）"_s},
        {"escaped leading FEFF", R"("\ufeff株式会社")", u"U+FEFF（バイト順マーク）"_s},
        // Qt's parser would drop this one silently.
        {"raw leading FEFF", "\"\xEF\xBB\xBF株式会社\"", u"U+FEFF（バイト順マーク）"_s},
        {"lone surrogate", R"("株式会社\ud800")", u"U+D800（対になっていないサロゲート）"_s},
    };
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    ASSERT_EQ(putApplication(token, id, kContent).status, 201);
    const QString stored = content(id);
    for (const RefusedText& c : cases) {
        const Reply refused = send("PUT", "/api/v1/applications/" + id.toStdString(), token,
                                   R"({"content":{"company":{"name":)" + c.json + "}}}", {{"If-Match", "1"}});
        EXPECT_EQ(refused.status, 400) << c.name << ": " << refused.body;
        const QJsonObject error = refused.json();
        EXPECT_EQ(error.value(u"error"_s).toString(), u"invalid_field"_s) << c.name;
        EXPECT_EQ(error.value(u"field"_s).toString(), u"content.company.name"_s) << c.name;
        EXPECT_EQ(error.value(u"message"_s).toString(),
                  u"content.company.name に保存できない文字 "_s + c.character + u"が含まれています。"_s)
            << c.name;
    }
    EXPECT_EQ(version(id), 1);
    EXPECT_EQ(content(id), stored);
}

TEST_P(StoredValuesTest, AllowedTrickyTextComesBackByteForByte)
{
    const QJsonObject tricky{
        {u"company"_s,
         QJsonObject{{u"name"_s, u"〜株式会社　ｻﾝﾌﾟﾙ〜"_s},
                     {u"emoji"_s, QString::fromUcs4(U"😀 👨‍👩‍👧 🇯🇵 𠮷")},
                     {u"edges"_s, QString::fromUcs4(U"\uFFFD\uFFFC\uFDCF\uFDF0\u200B\U0001FFFD\U0010FFFD")},
                     {u"controls"_s, u"tab\tline\n\"quoted\" back\\slash \u0001"_s}}},
        {u"株式会社\u301C"_s, QJsonArray{u""_s, u" leading space"_s}}};
    const std::string token = login(kVsysIdA);
    const QString id = newId();
    const Reply saved = putApplication(token, id, tricky);
    ASSERT_EQ(saved.status, 201) << saved.body;
    EXPECT_EQ(saved.json().value(u"content"_s).toObject(), tricky);
    const Reply read = get("/api/v1/applications/" + id.toStdString(), token);
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.body, saved.body);
    const QJsonArray listed = get("/api/v1/applications", token).json().value(u"applications"_s).toArray();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().toObject().value(u"content"_s).toObject(), tricky);
}

TEST_P(StoredValuesTest, AVenueRegistrationFollowsTheSameRules)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"registration.json"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"company":{"name":"株式会社\uffff"}})");
    file.close();
    const int venues = scalar(u"SELECT COUNT(*) FROM venue"_s).toInt();
    const AdminRun refused
        = admin({u"create-venue"_s, u"--name"_s, u"(職域)第三会場"_s, u"--registration"_s, file.fileName()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"company.name に保存できない文字 U+FFFF（Unicode の非文字）が含まれています。"_s))
        << qPrintable(refused.err);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM venue"_s).toInt(), venues);
}

TEST_P(StoredValuesTest, AHeadIsNoDownloadAndAGetCountsOnce)
{
    QTemporaryDir dir;
    QFile pdf(dir.filePath(u"委任状.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    const QByteArray bytes = "%PDF-1.4\n% a test document\n%%EOF\n";
    pdf.write(bytes);
    pdf.close();
    const AdminRun uploaded = admin({u"upload-delegation"_s, u"--venue"_s, m_venueA, pdf.fileName()});
    ASSERT_EQ(uploaded.exitCode, 0) << qPrintable(uploaded.err);
    const std::string token = login(kVsysIdA);
    const QString id = get("/api/v1/documents", token).json().value(u"documents"_s)[0][u"id"_s].toString();
    const std::string path = "/api/v1/documents/" + id.toStdString() + "/content";
    const auto downloads = [&] {
        return scalar(u"SELECT download_count FROM document WHERE id = :id"_s, {{u"id"_s, id}}).toInt();
    };
    // A download is a change the venue's other PCs fetch; the cursor moves with each one.
    const auto cursor = [&] { return get("/api/v1/changes?since=0", token).json().value(u"cursor"_s).toInteger(); };
    const qint64 cursorBefore = cursor();

    for (int i = 0; i < 2; ++i) {
        const auto head = client()->Head(path.c_str(), {{"Authorization", "Bearer " + token}});
        ASSERT_TRUE(head);
        EXPECT_EQ(head->status, 200);
        EXPECT_EQ(head->get_header_value("Content-Type"), "application/pdf");
        EXPECT_EQ(head->get_header_value("Content-Length"), std::to_string(bytes.size()));
        EXPECT_TRUE(head->body.empty());
    }
    EXPECT_EQ(downloads(), 0);
    EXPECT_EQ(cursor(), cursorBefore);

    const Reply content = get(path, token);
    ASSERT_EQ(content.status, 200);
    EXPECT_EQ(content.body, bytes.toStdString());
    EXPECT_EQ(downloads(), 1);
    EXPECT_GT(cursor(), cursorBefore);
    EXPECT_EQ(
        get("/api/v1/documents", token).json().value(u"documents"_s)[0].toObject().value(u"download_count"_s).toInt(),
        1);

    // A HEAD for another venue's document is as absent as its GET.
    const auto other = client()->Head(path.c_str(), {{"Authorization", "Bearer " + login(kVsysIdB)}});
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 404);
    EXPECT_EQ(downloads(), 1);
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         StoredValuesTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);
INSTANTIATE_TEST_SUITE_P(Databases,
                         RefusedTextTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
