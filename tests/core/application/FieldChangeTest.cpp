// SPDX-License-Identifier: MIT
// 変更点: the fields an edit changed, sections opened up field by field, and the net effect of many edits.
#include "core/application/FieldChange.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>
#include <ostream>

namespace vsys::core {

/// Readable gtest output: the path and both values as JSON (absent prints as "absent").
void PrintTo(const FieldChange& change, std::ostream* out)
{
    const auto json = [](const QJsonValue& value) {
        return value.isUndefined() ? std::string("absent")
                                   : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
    };
    *out << change.path.toStdString() << ": " << json(change.before) << " -> " << json(change.after);
}

} // namespace vsys::core

using namespace Qt::StringLiterals;
using vsys::core::FieldChange;
using vsys::core::FieldChanges;

namespace {

const QJsonValue kAbsent(QJsonValue::Undefined);

QJsonObject company(const QString& name, const QString& postalCode)
{
    return {{u"name"_s, name}, {u"address"_s, QJsonObject{{u"postal_code"_s, postalCode}}}};
}

TEST(FieldChangeTest, BetweenListsChangedAddedAndRemovedLeavesByPath)
{
    const QJsonObject before{{u"company"_s, company(u"株式会社テスト"_s, u"100-0001"_s)},
                             {u"contacts"_s, QJsonObject{{u"phone"_s, u"03-1234-5678"_s}}},
                             {u"note"_s, u"午前のみ"_s}};
    const QJsonObject after{{u"company"_s, company(u"株式会社テスト"_s, u"100-0005"_s)},
                            {u"contacts"_s, QJsonObject{{u"phone"_s, u"03-1234-5678"_s}, {u"fax"_s, QJsonValue::Null}}},
                            {u"staff"_s, QJsonArray{u"医師"_s, u"看護師"_s}}};

    EXPECT_EQ(FieldChanges::between(before, after),
              (QList<FieldChange>{{u"company.address.postal_code"_s, u"100-0001"_s, u"100-0005"_s},
                                  {u"contacts.fax"_s, kAbsent, QJsonValue::Null},
                                  {u"note"_s, u"午前のみ"_s, kAbsent},
                                  {u"staff"_s, kAbsent, QJsonArray{u"医師"_s, u"看護師"_s}}}));
}

TEST(FieldChangeTest, ANewRecordListsEveryFieldFromAbsent)
{
    const QJsonObject content{{u"company"_s, company(u"株式会社テスト"_s, u"100-0001"_s)}, {u"version"_s, 1}};

    EXPECT_EQ(FieldChanges::between({}, content),
              (QList<FieldChange>{{u"company.address.postal_code"_s, kAbsent, u"100-0001"_s},
                                  {u"company.name"_s, kAbsent, u"株式会社テスト"_s},
                                  {u"version"_s, kAbsent, 1}}));
}

TEST(FieldChangeTest, ASectionThatDisappearsIsListedFieldByField)
{
    const QJsonObject before{{u"company"_s, company(u"株式会社テスト"_s, u"100-0001"_s)}};

    EXPECT_EQ(FieldChanges::between(before, {}),
              (QList<FieldChange>{{u"company.address.postal_code"_s, u"100-0001"_s, kAbsent},
                                  {u"company.name"_s, u"株式会社テスト"_s, kAbsent}}));
}

TEST(FieldChangeTest, AValueTurningIntoASectionAndBackIsListedFieldByField)
{
    const QJsonObject before{{u"contacts"_s, QJsonValue::Null}, {u"extra"_s, QJsonObject{{u"a"_s, 1}}}};
    const QJsonObject after{{u"contacts"_s, QJsonObject{{u"phone"_s, u"03-1234-5678"_s}, {u"other"_s, QJsonObject{}}}},
                            {u"extra"_s, u"なし"_s}};

    EXPECT_EQ(FieldChanges::between(before, after),
              (QList<FieldChange>{{u"contacts"_s, QJsonValue::Null, kAbsent},
                                  {u"contacts.other"_s, kAbsent, QJsonObject{}},
                                  {u"contacts.phone"_s, kAbsent, u"03-1234-5678"_s},
                                  {u"extra"_s, kAbsent, u"なし"_s},
                                  {u"extra.a"_s, 1, kAbsent}}));
}

TEST(FieldChangeTest, EqualContentHasNoChanges)
{
    const QJsonObject content{{u"company"_s, company(u"株式会社テスト"_s, u"100-0001"_s)}};

    EXPECT_TRUE(FieldChanges::between(content, content).isEmpty());
    EXPECT_TRUE(FieldChanges::between({}, {}).isEmpty());
}

TEST(FieldChangeTest, CollapseKeepsTheFirstBeforeAndTheLastAfterPerPath)
{
    const QList<FieldChange> inOrder{
        {u"contacts.phone"_s, u"03-1234-5678"_s, u"03-1111-2222"_s},
        {u"company.name"_s, kAbsent, u"株式会社テ"_s},
        {u"contacts.phone"_s, u"03-1111-2222"_s, u"03-3333-4444"_s},
        {u"company.name"_s, u"株式会社テ"_s, u"株式会社テスト"_s},
        {u"note"_s, u"午前のみ"_s, kAbsent},
    };

    EXPECT_EQ(FieldChanges::collapse(inOrder),
              (QList<FieldChange>{{u"company.name"_s, kAbsent, u"株式会社テスト"_s},
                                  {u"contacts.phone"_s, u"03-1234-5678"_s, u"03-3333-4444"_s},
                                  {u"note"_s, u"午前のみ"_s, kAbsent}}));
}

TEST(FieldChangeTest, CollapseDropsAFieldEditedBackToWhereItStarted)
{
    const QList<FieldChange> inOrder{
        {u"contacts.phone"_s, u"03-1234-5678"_s, u"03-1111-2222"_s}, {u"company.name"_s, kAbsent, u"株式会社テスト"_s},
        {u"contacts.phone"_s, u"03-1111-2222"_s, u"03-1234-5678"_s}, {u"company.name"_s, u"株式会社テスト"_s, kAbsent},
        {u"contacts.fax"_s, QJsonValue::Null, u"03-5555-6666"_s},
    };

    EXPECT_EQ(FieldChanges::collapse(inOrder),
              (QList<FieldChange>{{u"contacts.fax"_s, QJsonValue::Null, u"03-5555-6666"_s}}));
    EXPECT_TRUE(FieldChanges::collapse({}).isEmpty());
}

TEST(FieldChangeTest, ASectionAddedAndThenEditedCollapsesPerField)
{
    const QJsonObject returned{{u"company"_s, QJsonObject{{u"name"_s, u"株式会社テスト"_s}}}};
    QJsonObject first = returned;
    first.insert(u"contacts"_s, QJsonObject{{u"phone"_s, u"03-1111-2222"_s}});
    QJsonObject second = first;
    second.insert(u"contacts"_s, QJsonObject{{u"phone"_s, u"03-3333-4444"_s}});

    const QList<FieldChange> inOrder = FieldChanges::between(returned, first) + FieldChanges::between(first, second);

    EXPECT_EQ(FieldChanges::collapse(inOrder), (QList<FieldChange>{{u"contacts.phone"_s, kAbsent, u"03-3333-4444"_s}}));
}

} // namespace
