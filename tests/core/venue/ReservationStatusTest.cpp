// SPDX-License-Identifier: MIT
// 予約受付状態: V-SYS's five choices, in its order, with stable storage keys.
#include "core/venue/ReservationStatus.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

TEST(ReservationStatusTest, labelsInVsysOrder)
{
    QStringList labels;
    for (ReservationStatus status : kReservationStatuses) {
        labels << ReservationStatusText::label(status);
    }
    EXPECT_EQ(labels, (QStringList{u"予約可能"_s, u"残り少数"_s, u"予約受付不可"_s, u"予約不要"_s, u"未登録"_s}));
}

TEST(ReservationStatusTest, symbolsAsTheBriefingShowsThem)
{
    QStringList symbols;
    for (ReservationStatus status : kReservationStatuses) {
        symbols << ReservationStatusText::symbol(status);
    }
    // U+25CB, U+25B2, U+00D7, U+25CF, U+2014.
    EXPECT_EQ(symbols, (QStringList{u"\u25cb"_s, u"\u25b2"_s, u"\u00d7"_s, u"\u25cf"_s, u"\u2014"_s}));
}

TEST(ReservationStatusTest, keysRoundTrip)
{
    for (ReservationStatus status : kReservationStatuses) {
        EXPECT_EQ(ReservationStatusText::fromKey(ReservationStatusText::key(status)), status);
    }
    EXPECT_EQ(ReservationStatusText::key(ReservationStatus::FewLeft), u"few_left"_s);
    EXPECT_EQ(ReservationStatusText::fromKey(u"予約可能"_s), std::nullopt);
}

} // namespace
