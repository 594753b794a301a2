// SPDX-License-Identifier: MIT
// Tests for core::ContentDiff: the field list of the conflict dialog (競合) and the merge of the user's choices.
#include "core/application/ContentDiff.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ContentDiff;
using vsys::core::ContentDifference;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

const QJsonObject kLocal = parse(R"({
    "company": {"name": "株式会社テスト", "postal_code": "100-0001", "fax": "03-0000-0000"},
    "contacts": {"phone": "03-1234-5678"},
    "officers": [{"name": "山田"}],
    "supplies": {"boxes": 4}
})");
const QJsonObject kServer = parse(R"({
    "company": {"name": "株式会社テスト本社", "postal_code": "100-0001", "email": "info@example.jp"},
    "contacts": "not yet",
    "officers": [{"name": "山田"}, {"name": "佐藤"}],
    "supplies": {"boxes": 4}
})");

TEST(ContentDiffTest, ListsEveryDifferingLeafByDottedPathInOrder)
{
    const QList<ContentDifference> differences = ContentDiff::diff(kLocal, kServer);

    const QList<ContentDifference> expected{
        {u"company.email"_s, QJsonValue(QJsonValue::Undefined), u"info@example.jp"_s},
        {u"company.fax"_s, u"03-0000-0000"_s, QJsonValue(QJsonValue::Undefined)},
        {u"company.name"_s, u"株式会社テスト"_s, u"株式会社テスト本社"_s},
        {u"contacts"_s, QJsonObject{{u"phone"_s, u"03-1234-5678"_s}}, u"not yet"_s},
        {u"officers"_s, parse(R"({"a":[{"name":"山田"}]})").value(u"a"_s),
         parse(R"({"a":[{"name":"山田"},{"name":"佐藤"}]})").value(u"a"_s)},
    };
    EXPECT_EQ(differences, expected);
}

TEST(ContentDiffTest, EqualObjectsHaveNoDifferences)
{
    EXPECT_TRUE(ContentDiff::diff(kLocal, kLocal).isEmpty());
    EXPECT_TRUE(ContentDiff::diff({}, {}).isEmpty());
}

TEST(ContentDiffTest, MergeTakesTheChosenSidePerPath)
{
    const QJsonObject merged
        = ContentDiff::merge(kLocal, kServer, {u"company.name"_s, u"company.fax"_s, u"officers"_s});

    EXPECT_EQ(merged, parse(R"({
        "company": {"name": "株式会社テスト本社", "postal_code": "100-0001"},
        "contacts": {"phone": "03-1234-5678"},
        "officers": [{"name": "山田"}, {"name": "佐藤"}],
        "supplies": {"boxes": 4}
    })"));
}

TEST(ContentDiffTest, MergeWithoutChoicesKeepsTheLocalCopyAndWithAllChoicesGivesTheServers)
{
    EXPECT_EQ(ContentDiff::merge(kLocal, kServer, {}), kLocal);

    QSet<QString> everything;
    for (const ContentDifference& difference : ContentDiff::diff(kLocal, kServer)) {
        everything.insert(difference.path);
    }
    EXPECT_EQ(ContentDiff::merge(kLocal, kServer, everything), kServer);
}

TEST(ContentDiffTest, MergeCreatesParentsThatOnlyTheServerHas)
{
    const QJsonObject local = parse(R"({"company": "none"})");
    const QJsonObject server = parse(R"({"company": {"name": "株式会社テスト"}, "venue": {"name": "会場"}})");

    EXPECT_EQ(ContentDiff::merge(local, server, {u"venue.name"_s}),
              parse(R"({"company": "none", "venue": {"name": "会場"}})"));
    EXPECT_EQ(ContentDiff::merge(local, server, {u"company"_s}), parse(R"({"company": {"name": "株式会社テスト"}})"));
}

} // namespace
