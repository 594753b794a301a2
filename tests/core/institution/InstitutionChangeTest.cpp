// SPDX-License-Identifier: MIT
// core::InstitutionChange and the shipped approval fields: what changes at once, what waits for the municipality,
// a request replaced or withdrawn, the municipality's answer; core::DoctorRequirement.
#include "core/institution/Doctor.h"
#include "core/institution/InstitutionDetails.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

const QDateTime kMonday(QDate(2022, 3, 7), QTime(1, 0), Qt::UTC);

InstitutionRecord registered()
{
    InstitutionRecord record;
    record.version = 1;
    record.approved.facilityCategory = u"医療機関"_s;
    record.approved.freezersMinus10 = 5;
    record.approved.representative = u"院長 診子"_s;
    record.approved.address = u"東京都千代田区丸の内1-2-3"_s;
    record.updatedAt = kMonday.addDays(-30);
    return record;
}

TEST(InstitutionChangeTest, TheShippedFileNamesTheFieldsTheClaimFormsPayBy)
{
    EXPECT_EQ(InstitutionApproval::builtIn().fields(),
              (QStringList{u"representative"_s, u"address"_s, u"insurance_code"_s}));
    EXPECT_EQ(InstitutionApproval::builtIn().facilityCategories(), (QStringList{u"医療機関"_s, u"接種会場"_s}));
    EXPECT_FALSE(InstitutionApproval::fromJson(
        {{u"approval_fields"_s, QJsonArray{u"fax"_s}}, {u"facility_categories"_s, QJsonArray{u"医療機関"_s}}}));
}

TEST(InstitutionChangeTest, FreezersChangeAtOnceAndTheAddressWaits)
{
    InstitutionDetails requested = registered().approved;
    requested.freezersMinus20 = 2;
    requested.address = u"東京都千代田区大手町9-9"_s;

    const InstitutionRecord next = InstitutionChange::applied(registered(), requested, kMonday, u"1310000025"_s);

    EXPECT_EQ(next.version, 2);
    EXPECT_EQ(next.updatedAt, kMonday);
    EXPECT_EQ(next.approved.freezersMinus20, 2);
    EXPECT_EQ(next.approved.address, u"東京都千代田区丸の内1-2-3"_s);
    ASSERT_TRUE(next.pending);
    EXPECT_EQ(next.pending->fields, (QJsonObject{{u"address"_s, u"東京都千代田区大手町9-9"_s}}));
    EXPECT_EQ(next.pending->requestedBy, u"1310000025"_s);
    EXPECT_EQ(next.requested(), requested);
}

TEST(InstitutionChangeTest, ANewRequestReplacesThePendingOneAndTheApprovedValuesWithdrawIt)
{
    InstitutionDetails first = registered().approved;
    first.address = u"東京都千代田区大手町9-9"_s;
    const InstitutionRecord pending = InstitutionChange::applied(registered(), first, kMonday, u"1310000025"_s);

    // The same request again is no change: not even a new version or request time.
    EXPECT_EQ(InstitutionChange::applied(pending, first, kMonday.addSecs(60), u"1310000017"_s), pending);

    InstitutionDetails second = first;
    second.representative = u"院長 代理"_s;
    const InstitutionRecord replaced
        = InstitutionChange::applied(pending, second, kMonday.addSecs(60), u"1310000017"_s);
    EXPECT_EQ(replaced.pending->fields,
              (QJsonObject{{u"address"_s, u"東京都千代田区大手町9-9"_s}, {u"representative"_s, u"院長 代理"_s}}));
    EXPECT_EQ(replaced.pending->requestedAt, kMonday.addSecs(60));

    const InstitutionRecord withdrawn
        = InstitutionChange::applied(replaced, registered().approved, kMonday.addSecs(120), u"1310000017"_s);
    EXPECT_FALSE(withdrawn.pending);
    EXPECT_EQ(withdrawn.version, replaced.version + 1);
}

TEST(InstitutionChangeTest, TheMunicipalitysAnswerEndsTheRequest)
{
    InstitutionDetails requested = registered().approved;
    requested.insuranceCode = u"1312345679"_s;
    const InstitutionRecord pending = InstitutionChange::applied(registered(), requested, kMonday, u"1310000025"_s);

    const InstitutionRecord approved = InstitutionChange::decided(pending, true, u"確認しました"_s, kMonday.addDays(1));
    EXPECT_EQ(approved.approved.insuranceCode, u"1312345679"_s);
    EXPECT_FALSE(approved.pending);
    ASSERT_TRUE(approved.decision);
    EXPECT_TRUE(approved.decision->approved);
    EXPECT_EQ(approved.decision->fields, (QJsonObject{{u"insurance_code"_s, u"1312345679"_s}}));
    EXPECT_EQ(approved.decision->comment, u"確認しました"_s);

    const InstitutionRecord rejected = InstitutionChange::decided(pending, false, u"番号をご確認ください"_s, kMonday);
    EXPECT_EQ(rejected.approved.insuranceCode, u""_s);
    EXPECT_FALSE(rejected.decision->approved);
    EXPECT_EQ(InstitutionRecordJson::fromJson(InstitutionRecordJson::toJson(rejected)).value(), rejected);
}

TEST(InstitutionChangeTest, ACheckDigitMismatchIsOnlyAWarning)
{
    InstitutionDetails details;
    details.insuranceCode = u"1312345670"_s;
    const auto read = InstitutionJson::fromJson(InstitutionJson::toJson(details));
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    EXPECT_EQ(InstitutionJson::warnings(*read).size(), 1);
    details.insuranceCode = u"1312345679"_s;
    EXPECT_TRUE(InstitutionJson::warnings(details).isEmpty());
}

TEST(InstitutionChangeTest, ADoctorIsRequiredOnceAnIdWasIssuedWithAConfirmedApplication)
{
    ApplicationRecord confirmed;
    confirmed.status = ApplicationStatus::Confirmed;
    EXPECT_FALSE(DoctorRequirement::required({confirmed}));
    ApplicationRecord issued = confirmed;
    issued.issuedVsysId = u"1310000025"_s;
    EXPECT_TRUE(DoctorRequirement::required({confirmed, issued}));
    issued.status = ApplicationStatus::Withdrawn;
    EXPECT_FALSE(DoctorRequirement::required({issued}));
    EXPECT_FALSE(DoctorRequirement::required({}));
}

} // namespace
