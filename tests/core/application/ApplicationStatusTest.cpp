// SPDX-License-Identifier: MIT
// 申込 status machine: the briefing's rights table and every transition, allowed or refused.
#include "core/application/ApplicationStatus.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

using S = ApplicationStatus;
using A = ApplicationAction;

TEST(ApplicationStatusTest, rightsTableOfTheBriefing)
{
    // 申込状況ステータス: 参照 / 取下げ / 編集
    EXPECT_EQ(ApplicationStatusMachine::rights(S::Draft), (ApplicationRights{true, true, true}));
    EXPECT_EQ(ApplicationStatusMachine::rights(S::AwaitingReview), (ApplicationRights{true, false, false}));
    EXPECT_EQ(ApplicationStatusMachine::rights(S::Confirmed), (ApplicationRights{true, false, false}));
    EXPECT_EQ(ApplicationStatusMachine::rights(S::ResubmissionRequired), (ApplicationRights{true, true, true}));
    EXPECT_EQ(ApplicationStatusMachine::rights(S::Withdrawn), (ApplicationRights{true, false, false}));
}

struct Case
{
    S from;
    A action;
    Actor actor;
    std::optional<S> to; ///< nullopt: refused
};

class TransitionTest : public ::testing::TestWithParam<Case>
{
};

TEST_P(TransitionTest, followsTheMachine)
{
    const Case c = GetParam();
    const auto result = ApplicationStatusMachine::apply(c.from, c.action, c.actor);
    if (c.to) {
        ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
        EXPECT_EQ(*result, *c.to);
    } else {
        EXPECT_FALSE(result.ok());
    }
}

INSTANTIATE_TEST_SUITE_P(All,
                         TransitionTest,
                         ::testing::Values(Case{S::Draft, A::Edit, Actor::Venue, S::Draft},
                                           Case{S::Draft, A::Submit, Actor::Venue, S::AwaitingReview},
                                           Case{S::Draft, A::Withdraw, Actor::Venue, S::Withdrawn},
                                           Case{S::Draft, A::Confirm, Actor::Reviewer, std::nullopt},
                                           Case{S::Draft, A::Resubmit, Actor::Venue, std::nullopt},
                                           Case{S::AwaitingReview, A::Edit, Actor::Venue, std::nullopt},
                                           Case{S::AwaitingReview, A::Withdraw, Actor::Venue, std::nullopt},
                                           Case{S::AwaitingReview, A::Submit, Actor::Venue, std::nullopt},
                                           Case{S::AwaitingReview, A::Confirm, Actor::Reviewer, S::Confirmed},
                                           Case{S::AwaitingReview, A::Return, Actor::Reviewer, S::ResubmissionRequired},
                                           Case{S::AwaitingReview, A::Confirm, Actor::Venue, std::nullopt},
                                           Case{S::Confirmed, A::Edit, Actor::Venue, std::nullopt},
                                           Case{S::Confirmed, A::Withdraw, Actor::Venue, std::nullopt},
                                           Case{S::Confirmed, A::Return, Actor::Reviewer, std::nullopt},
                                           Case{S::ResubmissionRequired, A::Edit, Actor::Venue,
                                                S::ResubmissionRequired},
                                           Case{S::ResubmissionRequired, A::Resubmit, Actor::Venue, S::AwaitingReview},
                                           Case{S::ResubmissionRequired, A::Withdraw, Actor::Venue, S::Withdrawn},
                                           Case{S::ResubmissionRequired, A::Submit, Actor::Venue, std::nullopt},
                                           Case{S::Withdrawn, A::Edit, Actor::Venue, std::nullopt},
                                           Case{S::Withdrawn, A::Resubmit, Actor::Venue, std::nullopt}),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             const Case& c = param.param;
                             return std::to_string(param.index) + "_"
                                 + ApplicationStatusMachine::key(c.from).toStdString() + "_"
                                 + std::to_string(int(c.action)) + (c.actor == Actor::Venue ? "_venue" : "_reviewer");
                         });

TEST(ApplicationStatusTest, refusalSaysWhyInJapanese)
{
    const auto withdraw = ApplicationStatusMachine::apply(S::AwaitingReview, A::Withdraw, Actor::Venue);
    ASSERT_FALSE(withdraw.ok());
    EXPECT_EQ(withdraw.error().message, u"ステータスが「確認待ち」の申込は取下げできません。"_s);

    const auto confirm = ApplicationStatusMachine::apply(S::AwaitingReview, A::Confirm, Actor::Venue);
    ASSERT_FALSE(confirm.ok());
    EXPECT_EQ(confirm.error().message, u"確認は厚生労働省の審査担当者のみ行えます。"_s);

    const auto submit = ApplicationStatusMachine::apply(S::Draft, A::Submit, Actor::Reviewer);
    ASSERT_FALSE(submit.ok());
    EXPECT_EQ(submit.error().message, u"申込は接種会場のみ行えます。"_s);
}

TEST(ApplicationStatusTest, keysRoundTripAndLabelsAreTheBriefingsWords)
{
    for (S status : kApplicationStatuses) {
        EXPECT_EQ(ApplicationStatusMachine::fromKey(ApplicationStatusMachine::key(status)), status);
    }
    EXPECT_EQ(ApplicationStatusMachine::fromKey(u"pending"_s), std::nullopt);
    EXPECT_EQ(ApplicationStatusMachine::label(S::Draft), u"一時保存中"_s);
    EXPECT_EQ(ApplicationStatusMachine::label(S::AwaitingReview), u"確認待ち"_s);
    EXPECT_EQ(ApplicationStatusMachine::label(S::Confirmed), u"確認済み"_s);
    EXPECT_EQ(ApplicationStatusMachine::label(S::ResubmissionRequired), u"要再申込"_s);
    EXPECT_EQ(ApplicationStatusMachine::label(S::Withdrawn), u"取下げ済み"_s);
}

} // namespace
