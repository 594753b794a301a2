// SPDX-License-Identifier: MIT
// 接種台帳の行 on the wire and in storage: every key written, every value checked, errors naming the key.
#include "core/ledger/DoseEntry.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::AgeBand;
using vsys::core::DoseEntry;
using vsys::core::DoseJson;
using vsys::core::DoseKind;
using vsys::core::ScreeningForm;
using vsys::core::TicketSheet;

namespace {

DoseEntry correction()
{
    DoseEntry entry;
    entry.id = u"6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f"_s;
    entry.supersedes = u"0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f"_s;
    entry.reason = u"年齢の入力誤り"_s;
    entry.date = QDate(2022, 3, 14);
    entry.time = QTime(9, 5);
    entry.ticket = u"132712760000000002"_s;
    entry.kind = DoseKind::ScreeningOnly;
    entry.age = AgeBand::UnderSix;
    entry.form = ScreeningForm::Old;
    entry.sheet = TicketSheet::Printed;
    entry.vaccine = u"moderna_workplace"_s;
    entry.desk = u"受付2"_s;
    entry.enteredBy = u"1310000025"_s;
    entry.enteredAt = QDateTime(QDate(2022, 3, 14), QTime(0, 6, 30, 250), Qt::UTC);
    return entry;
}

QString fieldOf(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
    const auto parsed = DoseJson::fromJson(object);
    EXPECT_FALSE(parsed.ok()) << key.toStdString();
    return parsed.ok() ? QString() : parsed.error().field;
}

} // namespace

TEST(DoseJsonTest, writesEveryKey)
{
    EXPECT_EQ(QJsonDocument(DoseJson::toJson(correction())).toJson(QJsonDocument::Compact),
              R"({"administered_at":"2022-03-14T09:05","age":"under6","desk":"受付2","entered_at":)"
              R"("2022-03-14T00:06:30.250Z","entered_by":"1310000025","form":"old","id":)"
              R"("6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f","kind":"screening_only","reason":"年齢の入力誤り",)"
              R"("sheet":"printed","supersedes":"0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f","ticket":"132712760000000002",)"
              R"("vaccine":"moderna_workplace","voided":false})"_ba);
}

TEST(DoseJsonTest, roundTrips)
{
    const DoseEntry entry = correction();
    const auto parsed = DoseJson::fromJson(DoseJson::toJson(entry));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, entry);

    DoseEntry first = entry;
    first.supersedes.clear();
    first.reason.clear();
    const auto firstParsed = DoseJson::fromJson(DoseJson::toJson(first));
    ASSERT_TRUE(firstParsed.ok()) << firstParsed.error().message.toStdString();
    EXPECT_EQ(*firstParsed, first);
}

TEST(DoseJsonTest, refusesBadValuesNamingTheKey)
{
    const QJsonObject good = DoseJson::toJson(correction());
    EXPECT_EQ(fieldOf(good, u"id"_s, u"6F1C2A4E-3B5D-4C7E-9F80-1A2B3C4D5E6F"_s), u"id"_s);
    EXPECT_EQ(fieldOf(good, u"id"_s, QJsonValue::Undefined), u"id"_s);
    EXPECT_EQ(fieldOf(good, u"supersedes"_s, u"6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f"_s), u"supersedes"_s);
    EXPECT_EQ(fieldOf(good, u"supersedes"_s, u"x"_s), u"supersedes"_s);
    EXPECT_EQ(fieldOf(good, u"reason"_s, u"  "_s), u"reason"_s);
    EXPECT_EQ(fieldOf(good, u"reason"_s, QString(201, u'a')), u"reason"_s);
    EXPECT_EQ(fieldOf(good, u"reason"_s, u"a\nb"_s), u"reason"_s);
    EXPECT_EQ(fieldOf(good, u"voided"_s, u"true"_s), u"voided"_s);
    EXPECT_EQ(fieldOf(good, u"administered_at"_s, u"2022-03-14 09:05"_s), u"administered_at"_s);
    EXPECT_EQ(fieldOf(good, u"administered_at"_s, u"2022-03-14T24:05"_s), u"administered_at"_s);
    EXPECT_EQ(fieldOf(good, u"administered_at"_s, u"2022-03-14T09:05:00"_s), u"administered_at"_s);
    EXPECT_EQ(fieldOf(good, u"ticket"_s, u"1-3-271276-0000000002"_s), u"ticket"_s);
    EXPECT_EQ(fieldOf(good, u"ticket"_s, u"132712770000000002"_s), u"ticket"_s);
    EXPECT_EQ(fieldOf(good, u"kind"_s, u"接種"_s), u"kind"_s);
    EXPECT_EQ(fieldOf(good, u"age"_s, u"adult"_s), u"age"_s);
    EXPECT_EQ(fieldOf(good, u"form"_s, u""_s), u"form"_s);
    EXPECT_EQ(fieldOf(good, u"sheet"_s, u"coupon"_s), u"sheet"_s);
    EXPECT_EQ(fieldOf(good, u"vaccine"_s, u"astrazeneca"_s), u"vaccine"_s);
    EXPECT_EQ(fieldOf(good, u"desk"_s, QString(65, u'a')), u"desk"_s);
    EXPECT_EQ(fieldOf(good, u"entered_by"_s, u"131000002"_s), u"entered_by"_s);
    EXPECT_EQ(fieldOf(good, u"entered_at"_s, u"2022-03-14T09:06:30+09:00"_s), u"entered_at"_s);
    EXPECT_EQ(fieldOf(good, u"entered_at"_s, u""_s), u"entered_at"_s);
    EXPECT_EQ(fieldOf(good, u"name"_s, u"厚生太郎"_s), u"name"_s); // no names, ever
}

TEST(DoseJsonTest, aWithdrawalIsACorrection)
{
    QJsonObject voided = DoseJson::toJson(correction());
    voided.insert(u"voided"_s, true);
    EXPECT_TRUE(DoseJson::fromJson(voided).ok());
    voided.insert(u"supersedes"_s, u""_s);
    voided.insert(u"reason"_s, u""_s);
    EXPECT_EQ(fieldOf(voided, u"voided"_s, true), u"voided"_s);
}
