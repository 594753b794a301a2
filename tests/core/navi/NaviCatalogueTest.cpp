// SPDX-License-Identifier: MIT
#include "core/navi/NaviCatalogue.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::NaviCatalogue;

TEST(NaviCatalogueTest, ShipsTheBriefingsChoices)
{
    const NaviCatalogue& catalogue = NaviCatalogue::builtIn();
    ASSERT_TRUE(catalogue.reason(u"booster"_s));
    EXPECT_EQ(catalogue.reason(u"booster"_s)->display(), u"[その他] 追加接種（3回目）"_s);
    EXPECT_EQ(catalogue.vaccine(u"moderna"_s)->label, u"武田／モデルナ"_s);
    EXPECT_EQ(catalogue.method(u"domestic"_s)->label, u"市町村の会場や医療機関、職域会場での接種"_s);
    EXPECT_TRUE(catalogue.method(u"domestic"_s)->asksMunicipality);
    EXPECT_FALSE(catalogue.method(u"abroad"_s)->asksMunicipality);
    EXPECT_EQ(catalogue.reasons().size(), 15);
}

TEST(NaviCatalogueTest, KnowsTheChugeiUnionAndItsFiveMembers)
{
    const NaviCatalogue& catalogue = NaviCatalogue::builtIn();
    ASSERT_EQ(catalogue.unions().size(), 1);
    const auto chugei = catalogue.unions().first();
    EXPECT_EQ(chugei.name, u"中芸広域連合"_s);
    EXPECT_EQ(chugei.members, (QStringList{u"奈半利町"_s, u"田野町"_s, u"安田町"_s, u"北川村"_s, u"馬路村"_s}));
    EXPECT_EQ(catalogue.place(chugei.code)->name, u"中芸広域連合"_s);
    EXPECT_EQ(catalogue.place(chugei.code)->prefecture, u"高知県"_s);
}

TEST(NaviCatalogueTest, AcceptsSomeMunicipalitiesAcrossPrefecturesButNotAll)
{
    const NaviCatalogue& catalogue = NaviCatalogue::builtIn();
    EXPECT_TRUE(catalogue.initiallyAccepting().contains(u"131032"_s)); // 港区
    EXPECT_FALSE(catalogue.initiallyAccepting().contains(u"131016"_s)); // 千代田区
    QStringList prefectures;
    for (const QString& code : catalogue.initiallyAccepting()) {
        prefectures.append(catalogue.place(code)->prefecture);
    }
    prefectures.removeDuplicates();
    EXPECT_GE(prefectures.size(), 5);
    EXPECT_EQ(catalogue.place(u"131032"_s)->name, u"港区"_s);
    EXPECT_FALSE(catalogue.place(u"130001"_s)); // 東京都 itself
}

TEST(NaviCatalogueTest, RefusesABrokenFile)
{
    EXPECT_FALSE(NaviCatalogue::fromJson("{}"));
    EXPECT_FALSE(NaviCatalogue::fromJson(R"({"reasons":[{"key":"a","label":"x"}],"vaccines":[{"key":"b","label":"y"}],
        "methods":[{"key":"c","label":"z"}],"accepting":["999999"]})"));
    EXPECT_TRUE(NaviCatalogue::fromJson(R"({"reasons":[{"key":"a","label":"x"}],"vaccines":[{"key":"b","label":"y"}],
        "methods":[{"key":"c","label":"z"}],"accepting":["131032"]})"));
}
