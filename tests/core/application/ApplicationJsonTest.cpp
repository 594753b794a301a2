// SPDX-License-Identifier: MIT
// ApplicationJson: a record's version is a JSON whole number, read by core::JsonNumber like every other.
#include "core/application/ApplicationRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationJson;

namespace {

QJsonObject recordWithVersion(const char* version)
{
    QByteArray json = R"({"id":"0b6e6f5e-2f5c-4a53-9a3c-5b7f1d0e8a11","status":"draft","content":{})";
    if (version) {
        json += R"(,"version":)" + QByteArray(version);
    }
    return QJsonDocument::fromJson(json + "}").object();
}

TEST(ApplicationJsonTest, AWholeVersionIsRead)
{
    const auto record = ApplicationJson::fromJson(recordWithVersion("7"));
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->version, 7);
}

TEST(ApplicationJsonTest, ARecordNeverStoredHasVersionZero)
{
    const auto record = ApplicationJson::fromJson(recordWithVersion(nullptr));
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->version, 0);
}

TEST(ApplicationJsonTest, AVersionThatIsNoWholeNumberIsRefused)
{
    for (const char* version : {"1.5", "-1", "3e71", R"("7")", "null"}) {
        const auto record = ApplicationJson::fromJson(recordWithVersion(version));
        ASSERT_FALSE(record.ok()) << version;
        EXPECT_EQ(record.error().field, u"version"_s);
        EXPECT_EQ(record.error().message, u"version：0以上の整数で指定してください。"_s);
    }
}

} // namespace
