// SPDX-License-Identifier: MIT
// core::ClaimHeaderRules: the header a claim starts from, the months a clerk types, the 施設等区分 offered.
#include "core/billing/ClaimHeaderRules.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ClaimHeaderRules;

namespace {

QJsonObject registration(const QString& arrangement)
{
    return {{u"venue"_s,
             QJsonObject{{u"arrangement"_s, arrangement},
                         {u"address"_s,
                          QJsonObject{{u"prefecture"_s, u"大阪府"_s},
                                      {u"municipality_code"_s, u"271276"_s},
                                      {u"municipality"_s, u"大阪市北区"_s},
                                      {u"street"_s, u"梅田デモ1-1"_s}}}}},
            {u"institution"_s,
             QJsonObject{{u"name"_s, u" デモ診療所 "_s},
                         {u"representative"_s, u"院長 太郎"_s},
                         {u"phone"_s, u"06-0000-0000"_s},
                         {u"insurance_code"_s, u"2710000010"_s}}}};
}

TEST(ClaimHeaderRulesTest, AClinicOnThePremisesTakesTheVenuesAddress)
{
    const auto defaults = ClaimHeaderRules::fromRegistration(registration(u"01"_s));
    EXPECT_EQ(defaults.institution.name, u"デモ診療所"_s);
    EXPECT_EQ(defaults.institution.representative, u"院長 太郎"_s);
    EXPECT_EQ(defaults.institution.phone, u"06-0000-0000"_s);
    EXPECT_EQ(defaults.institution.code, u"2710000010"_s);
    EXPECT_EQ(defaults.institution.prefecture, u"大阪府"_s);
    EXPECT_EQ(defaults.institution.address, u"大阪府大阪市北区梅田デモ1-1"_s);
    EXPECT_EQ(defaults.homeMunicipality, u"271276"_s);
}

TEST(ClaimHeaderRulesTest, AnOutsideInstitutionsAddressIsLeftForTheUser)
{
    for (const QString& arrangement : {u"02"_s, u"03"_s, u""_s}) {
        EXPECT_TRUE(ClaimHeaderRules::fromRegistration(registration(arrangement)).institution.address.isEmpty())
            << qPrintable(arrangement);
    }
}

TEST(ClaimHeaderRulesTest, NoRegisteredCodeLeavesItBlank)
{
    QJsonObject withoutCode = registration(u"01"_s);
    withoutCode.insert(u"institution"_s, QJsonObject{{u"name"_s, u"デモ診療所"_s}});
    EXPECT_TRUE(ClaimHeaderRules::fromRegistration(withoutCode).institution.code.isEmpty());
    EXPECT_TRUE(ClaimHeaderRules::fromRegistration({}).institution.code.isEmpty());
}

TEST(ClaimHeaderRulesTest, TheApprovedInstitutionDetailsReplaceTheRegistrationsContactFields)
{
    vsys::core::InstitutionDetails approved;
    approved.representative = u"院長 次郎"_s;
    approved.address = u"大阪府大阪市北区梅田デモ2-2"_s;
    approved.phone = u"0600000001"_s;
    approved.insuranceCode = u"2712345673"_s;
    approved.freezersMinus75 = 1;
    const auto defaults = ClaimHeaderRules::fromRegistration(registration(u"02"_s), approved);
    EXPECT_EQ(defaults.institution.name, u"デモ診療所"_s);
    EXPECT_EQ(defaults.institution.representative, u"院長 次郎"_s);
    EXPECT_EQ(defaults.institution.address, u"大阪府大阪市北区梅田デモ2-2"_s);
    EXPECT_EQ(defaults.institution.phone, u"0600000001"_s);
    EXPECT_EQ(defaults.institution.code, u"2712345673"_s);
    EXPECT_EQ(defaults.institution.prefecture, u"大阪府"_s);
    EXPECT_EQ(defaults.homeMunicipality, u"271276"_s);

    // Fields never approved (blank) keep what the registration says.
    const auto blank = ClaimHeaderRules::fromRegistration(registration(u"01"_s), vsys::core::InstitutionDetails());
    EXPECT_EQ(blank.institution, ClaimHeaderRules::fromRegistration(registration(u"01"_s)).institution);
}

TEST(ClaimHeaderRulesTest, MonthsAreReadAsAClerkTypesThem)
{
    const QDate april(2021, 4, 1);
    for (const QString& text : {u"2021/04"_s, u"2021/4"_s, u"2021-04"_s, u"202104"_s, u"2021年4月"_s, u"2021年04月"_s,
                                u" 2021 / 4 "_s, u"２０２１／０４"_s, u"２０２１年４月"_s, u"2021.4"_s}) {
        EXPECT_EQ(ClaimHeaderRules::parseMonth(text), april) << qPrintable(text);
    }
    for (const QString& text : {u""_s, u"2021"_s, u"2021/13"_s, u"2021/0"_s, u"21/04"_s, u"2021/04/01"_s,
                                u"April 2021"_s, u"2021年"_s, u"20214"_s}) {
        EXPECT_FALSE(ClaimHeaderRules::parseMonth(text).isValid()) << qPrintable(text);
    }
    EXPECT_EQ(ClaimHeaderRules::monthText(QDate(2021, 4, 17)), u"2021/04"_s);
    EXPECT_EQ(ClaimHeaderRules::parseMonth(ClaimHeaderRules::monthText(april)), april);
}

TEST(ClaimHeaderRulesTest, FacilityTypesAreTheShippedValues)
{
    EXPECT_EQ(ClaimHeaderRules::facilityTypes(), (QStringList{u"1"_s, u"2"_s}));
}

} // namespace
