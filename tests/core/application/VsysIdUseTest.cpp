// SPDX-License-Identifier: MIT
// What a V-SYS ID is for, told by its venue's applications: the switcher's 1・2回目用 / 追加接種用.
#include "core/application/VsysIdUse.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

ApplicationRecord application(ApplicationStatus status, const QString& issuedVsysId)
{
    ApplicationRecord record;
    record.status = status;
    record.issuedVsysId = issuedVsysId;
    return record;
}

TEST(VsysIdUseTest, anIdIssuedWithAConfirmedApplicationIsForAdditionalDoses)
{
    const QList<ApplicationRecord> venue{application(ApplicationStatus::ResubmissionRequired, {}),
                                         application(ApplicationStatus::Confirmed, u"1310000025"_s)};
    EXPECT_EQ(VsysIdUses::of(u"1310000025"_s, venue), VsysIdUse::AdditionalDoses);
    EXPECT_EQ(VsysIdUses::of(u"1310000017"_s, venue), VsysIdUse::FirstAndSecondDoses);
}

TEST(VsysIdUseTest, withoutAnIssuedIdTheOneIdServesBoth)
{
    EXPECT_EQ(VsysIdUses::of(u"1310000017"_s, {}), VsysIdUse::Both);
    EXPECT_EQ(VsysIdUses::of(u"1310000017"_s, {application(ApplicationStatus::Confirmed, {})}), VsysIdUse::Both);
    // Only a 確認済み application has really issued its ID.
    EXPECT_EQ(VsysIdUses::of(u"1310000025"_s, {application(ApplicationStatus::AwaitingReview, u"1310000025"_s)}),
              VsysIdUse::Both);
    EXPECT_TRUE(VsysIdUses::label(VsysIdUse::Both).isEmpty());
}

} // namespace
