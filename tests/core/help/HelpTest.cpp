// SPDX-License-Identifier: MIT
// The shipped FAQ and contacts, the query folding of the FAQ answerer, and the 職域接種コンシェルジュ's hours.
#include "core/billing/HolidayCalendar.h"
#include "core/help/ConciergeHours.h"
#include "core/help/Faq.h"
#include "core/help/FaqQuery.h"
#include "core/help/HelpContacts.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ConciergeHours;
using vsys::core::Faq;
using vsys::core::HelpContacts;
namespace FaqQuery = vsys::core::FaqQuery;

TEST(Faq, TheShippedFaqCoversTheJobsAndOpensOnlyPagesThatExist)
{
    const Faq& faq = Faq::builtIn();
    EXPECT_GE(faq.entries().size(), 45);
    // MainWindow::openPage's names and the help page itself.
    const QSet<QString> pages{u"applications"_s, u"plan"_s,       u"claims"_s,   u"reports"_s,    u"institution"_s,
                              u"ledger"_s,       u"allocation"_s, u"delivery"_s, u"delegation"_s, u"help"_s};
    QSet<QString> categories;
    for (const auto& entry : faq.entries()) {
        EXPECT_TRUE(entry.page.isEmpty() || pages.contains(entry.page)) << qPrintable(entry.id);
        categories.insert(entry.category);
    }
    for (const QString& category : {u"実施申込"_s, u"申込状況"_s, u"接種計画"_s, u"接種台帳"_s, u"実績・廃棄の報告"_s,
                                    u"請求"_s, u"委任状"_s, u"医療機関情報"_s, u"分配量"_s, u"配送予定日"_s, u"同期"_s,
                                    u"V-SYS ID"_s, u"追加接種の時期"_s, u"費用"_s, u"接種券"_s}) {
        EXPECT_TRUE(categories.contains(category)) << qPrintable(category);
    }
}

TEST(Faq, AnEntryWithoutAnAnswerIsRefusedByName)
{
    const auto parsed = Faq::fromJson(R"({"entries":[{"id":"a","category":"c","question":"q","answer":" "}]})");
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().field, u"entries[0].answer"_s);
    const auto twice = Faq::fromJson(
        R"({"entries":[{"id":"a","category":"c","question":"q","answer":"x"},{"id":"a","category":"c","question":"q","answer":"x"}]})");
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().field, u"entries[1].id"_s);
}

TEST(FaqQuery, WidthsCaseAndPunctuationFoldAway)
{
    EXPECT_EQ(FaqQuery::normalise(u"Ｖ－ＳＹＳの　ＩＤは？「１０桁」ｶﾞ"_s), u"vsysのidは10桁ガ"_s);
    EXPECT_EQ(FaqQuery::normalise(u"\"NEAR(a*b)\" OR -c^"_s), u"nearaborc"_s);
    EXPECT_EQ(FaqQuery::normalise(u"？！、。…"_s), QString());
}

TEST(FaqQuery, TheBriefingsQuestionLosesItsPoliteEndingAndBecomesTrigrams)
{
    EXPECT_EQ(FaqQuery::question(u"3回目接種は、いつ開始しますか？"_s), u"3回目接種はいつ開始"_s);
    EXPECT_EQ(FaqQuery::trigrams(u"3回目接種は、いつ開始しますか？"_s),
              (QStringList{u"3回目"_s, u"回目接"_s, u"目接種"_s, u"接種は"_s, u"種はい"_s, u"はいつ"_s, u"いつ開"_s,
                           u"つ開始"_s}));
    // An ending that would leave under three characters stays: it is the question.
    EXPECT_EQ(FaqQuery::question(u"何ですか"_s), u"何ですか"_s);
    EXPECT_TRUE(FaqQuery::trigrams(u"請求"_s).isEmpty());
    // A kanji outside the BMP is one character, as FTS5 counts it.
    EXPECT_EQ(FaqQuery::trigrams(u"𠮟る人"_s), QStringList{u"𠮟る人"_s});
}

TEST(HelpContacts, TheShippedConciergeAndManualsAreTheBriefings)
{
    const HelpContacts& contacts = HelpContacts::builtIn();
    EXPECT_EQ(contacts.concierge().name, u"職域接種コンシェルジュ"_s);
    EXPECT_EQ(contacts.concierge().phone, u"050-3645-9714"_s);
    EXPECT_EQ(contacts.concierge().opens, QTime(9, 0));
    EXPECT_EQ(contacts.concierge().closes, QTime(17, 0));
    ASSERT_EQ(contacts.manuals().size(), 2);
    EXPECT_EQ(contacts.manuals().at(0).title, u"医療機関用マニュアル"_s);
    EXPECT_EQ(contacts.manuals().at(0).edition, u"第46版"_s);
    EXPECT_EQ(contacts.manuals().at(1).title, u"職域接種用マニュアル"_s);
    EXPECT_EQ(contacts.manuals().at(1).edition, u"第40版"_s);
    EXPECT_EQ(contacts.manuals().at(1).url.host(), u"www.mhlw.go.jp"_s);
}

TEST(ConciergeHours, WeekdaysNineToFiveExceptHolidaysAndTheYearEnd)
{
    const ConciergeHours hours(HelpContacts::builtIn().concierge(), vsys::core::HolidayCalendar::builtIn());
    const auto at = [&hours](QDate date, QTime time) { return hours.stateAt(QDateTime(date, time)); };
    using State = ConciergeHours::State;
    EXPECT_EQ(at(QDate(2022, 3, 14), QTime(9, 0)), State::Open); // 月曜日
    EXPECT_EQ(at(QDate(2022, 3, 14), QTime(16, 59)), State::Open);
    EXPECT_EQ(at(QDate(2022, 3, 14), QTime(8, 59)), State::Closed);
    EXPECT_EQ(at(QDate(2022, 3, 14), QTime(17, 0)), State::Closed);
    EXPECT_EQ(at(QDate(2022, 3, 12), QTime(10, 0)), State::Closed); // 土曜日
    EXPECT_EQ(at(QDate(2022, 3, 13), QTime(10, 0)), State::Closed); // 日曜日
    EXPECT_EQ(at(QDate(2022, 3, 21), QTime(10, 0)), State::Closed); // 春分の日（月曜日）
    EXPECT_EQ(at(QDate(2021, 12, 28), QTime(10, 0)), State::Open);
    EXPECT_EQ(at(QDate(2021, 12, 29), QTime(10, 0)), State::Closed); // 年末年始（水曜日）
    EXPECT_EQ(at(QDate(2022, 1, 3), QTime(10, 0)), State::Closed);
    EXPECT_EQ(at(QDate(2022, 1, 4), QTime(10, 0)), State::Open);
    // Past the holiday data: a weekday may be a 祝日 nobody listed.
    EXPECT_EQ(at(QDate(2030, 3, 18), QTime(10, 0)), State::Unknown);
}
