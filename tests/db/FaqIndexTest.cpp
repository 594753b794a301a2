// SPDX-License-Identifier: MIT
// The FAQ answerer's search on the shipped FAQ: the briefing's question finds the briefing's candidates, width
// variants agree, and nothing typed can break the FTS5 query.
#include "db/FaqIndex.h"

#include "core/help/Faq.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::Faq;
using vsys::db::FaqIndex;

namespace {

QStringList questions(const FaqIndex& index, const QString& typed, int limit = 5)
{
    const auto found = index.search(typed, limit);
    QStringList texts;
    if (!found) {
        ADD_FAILURE() << qPrintable(found.error().message);
        return texts;
    }
    for (const auto& entry : *found) {
        texts.append(entry.question);
    }
    return texts;
}

class FaqIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto built = FaqIndex::build(Faq::builtIn());
        ASSERT_TRUE(built) << qPrintable(built.error().message);
        index = std::move(built).value();
    }
    std::unique_ptr<FaqIndex> index;
};

} // namespace

// Debian's Qt SQLite driver links the system libsqlite3 (3.40.1): FTS5 with the trigram tokenizer is there.
TEST(FaqIndexDriver, TheSystemSqliteHasFts5WithTrigrams)
{
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts5-probe"_s);
        database.setDatabaseName(u":memory:"_s);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(u"CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram')"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO probe VALUES ('接種券の発行申請')"_s));
        ASSERT_TRUE(query.exec(u"SELECT count(*) FROM probe WHERE probe MATCH '\"発行申\"'"_s));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"fts5-probe"_s);
}

TEST_F(FaqIndexTest, TheBriefingsQuestionListsTheBriefingsFiveCandidates)
{
    const QStringList found = questions(*index, u"3回目接種は、いつ開始しますか？"_s);
    const QStringList briefing{
        u"追加接種の接種券はいつ配布されるでしょうか？"_s, u"3回目接種はいつからはじまりますか？"_s,
        u"接種開始日から接種を開始しなければならないのか。"_s, u"医療機関は、V-SYS入力作業をいつ開始できますか？"_s,
        u"V-SYS上で追加接種の実績登録が可能になるのはいつ頃でしょうか。"_s};
    ASSERT_EQ(found.size(), 5);
    for (const QString& question : briefing) {
        EXPECT_TRUE(found.contains(question)) << qPrintable(question);
    }
    // The one that says the same thing in other words comes first.
    EXPECT_EQ(found.first(), u"3回目接種はいつからはじまりますか？"_s);
    // The sixth is the next question about the booster's dates, not a claim or a login.
    EXPECT_EQ(questions(*index, u"3回目接種は、いつ開始しますか？"_s, 6).last(),
              u"追加接種を実施できる期間はいつまでですか？"_s);
}

TEST_F(FaqIndexTest, FullWidthAndHalfWidthQuestionsFindTheSame)
{
    const QStringList half = questions(*index, u"3回目接種は、いつ開始しますか?"_s);
    EXPECT_EQ(questions(*index, u"３回目接種は、いつ開始しますか？"_s), half);
    EXPECT_EQ(questions(*index, u"３回目接種は いつ開始しますか"_s), half);
    EXPECT_EQ(questions(*index, u"ＶーＳＹＳ　ＩＤは何桁ですか"_s, 1), questions(*index, u"v-sys idは何桁ですか"_s, 1));
    EXPECT_EQ(questions(*index, u"V-SYS IDは何桁ですか"_s, 1), QStringList{u"V-SYS IDとは何ですか？何桁ですか？"_s});
}

TEST_F(FaqIndexTest, QuestionsAboutTheJobsFindTheirEntryFirst)
{
    EXPECT_EQ(questions(*index, u"請求書の提出期限を教えて"_s, 1), QStringList{u"請求の締切はいつですか？"_s});
    EXPECT_EQ(questions(*index, u"時間外加算の金額"_s, 1), QStringList{u"時間外加算・休日加算はいくらですか？"_s});
    EXPECT_EQ(questions(*index, u"委任状をダウンロードしたい"_s, 1),
              QStringList{u"委任状はどこからダウンロードできますか？"_s});
}

TEST_F(FaqIndexTest, EmptyAndGarbageQuestionsFindNothing)
{
    EXPECT_TRUE(questions(*index, QString()).isEmpty());
    EXPECT_TRUE(questions(*index, u"   ？？、。"_s).isEmpty());
    EXPECT_TRUE(questions(*index, u"zqxjwvkpqz"_s).isEmpty());
    EXPECT_TRUE(questions(*index, u"3回目接種は、いつ開始しますか？"_s, 0).isEmpty());
}

TEST_F(FaqIndexTest, FtsSyntaxInTheQuestionIsJustText)
{
    for (const QString& typed :
         {u"\""_s, u"\"\"\"請求\""_s, u"請求*"_s, u"NEAR(請求 締切)"_s, u"(((締切"_s, u"締切 AND OR NOT"_s,
          u"col:締切"_s, u"{question}:締切 ^"_s, u"'; DROP TABLE faq; --"_s}) {
        const auto found = index->search(typed, 5);
        EXPECT_TRUE(found) << qPrintable(typed) << " " << (found ? "" : qPrintable(found.error().message));
    }
    EXPECT_EQ(questions(*index, u"\"請求の締切\"*"_s, 1), QStringList{u"請求の締切はいつですか？"_s});
    // Still there after the DROP TABLE attempt.
    EXPECT_EQ(questions(*index, u"締切"_s, 1), QStringList{u"請求の締切はいつですか？"_s});
}

TEST_F(FaqIndexTest, OneOrTwoCharactersAreLookedUpAsSubstrings)
{
    const QStringList found = questions(*index, u"締切"_s, 10);
    ASSERT_FALSE(found.isEmpty());
    // Questions that hold the word come before answers that do.
    EXPECT_EQ(found.first(), u"請求の締切はいつですか？"_s);
    EXPECT_TRUE(questions(*index, u"鰻"_s).isEmpty());
}
