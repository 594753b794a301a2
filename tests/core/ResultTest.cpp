// SPDX-License-Identifier: MIT
// Result<T, E>: one template for core's rules and for a layer that adds to the error (the server's
// Outcome), and a core::Error passes into either with its code.
#include "core/Result.h"

#include <gtest/gtest.h>
#include <optional>

using namespace Qt::StringLiterals;
using vsys::core::Error;
using vsys::core::ErrorCode;
using vsys::core::Result;

namespace {

/// What a layer such as server::ServiceError looks like: a core::Error and something of its own.
struct LayerError
{
    LayerError(Error base = {}, std::optional<int> more = std::nullopt)
        : error(std::move(base))
        , extra(more)
    {}
    Error error;
    std::optional<int> extra;
};

Result<int, LayerError> refusedByCore()
{
    return Error{u"field"_s, u"message"_s, ErrorCode::CoolLocked};
}

Result<void, LayerError> storageFailed()
{
    return Error{{}, u"disk"_s, ErrorCode::Storage};
}

TEST(ResultTest, ErrorsDefaultToInvalidAndKeepTheirCode)
{
    const Result<int> plain = Error{u"count"_s, u"bad"_s};
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().code, ErrorCode::Invalid);
    const Result<int> cancelled = Error{{}, {}, ErrorCode::Cancelled};
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    const Result<int> value = 3;
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(*value, 3);
}

TEST(ResultTest, ACoreErrorPassesIntoALayersResultWithItsCode)
{
    const auto refused = refusedByCore();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().error.code, ErrorCode::CoolLocked);
    EXPECT_EQ(refused.error().error.field, u"field"_s);
    EXPECT_FALSE(refused.error().extra);

    const auto failed = storageFailed();
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().error.code, ErrorCode::Storage);
    const Result<void, LayerError> done;
    EXPECT_TRUE(done.ok());
}

TEST(ResultTest, ALayerErrorKeepsWhatTheLayerAdds)
{
    const Result<int, LayerError> conflict = LayerError{Error{{}, {}, ErrorCode::VersionConflict}, 7};
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().error.code, ErrorCode::VersionConflict);
    EXPECT_EQ(conflict.error().extra, 7);
}

} // namespace
