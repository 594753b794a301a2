// SPDX-License-Identifier: MIT
#include "core/billing/FeeSchedule.h"

#include "core/JapaneseFormat.h"
#include "core/JsonNumber.h"
#include "core/ShippedData.h"
#include "core/billing/BillingText.h"
#include "core/billing/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <array>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

// Keeps every sum of a row and its tax well inside int.
constexpr int kMaxAmount = 1'000'000;

struct ItemKey
{
    FeeItem item;
    QStringView key;
};

constexpr std::array kItemKeys = {
    ItemKey{FeeItem::Vaccination, u"vaccination"},
    ItemKey{FeeItem::ScreeningOnly, u"screening_only"},
    ItemKey{FeeItem::UnderSixAddition, u"under6_addition"},
    ItemKey{FeeItem::AfterHoursAddition, u"after_hours_addition"},
    ItemKey{FeeItem::HolidayAddition, u"holiday_addition"},
};

std::optional<FeeItem> itemFromKey(const QString& key)
{
    for (const ItemKey& k : kItemKeys) {
        if (k.key == key) {
            return k.item;
        }
    }
    return std::nullopt;
}

enum class Lookup { Found, Missing, ChangesInMonth };

struct ItemAmount
{
    Lookup status = Lookup::Missing;
    int amount = 0;
};

// Billing is per 接種月, so a price must hold for the whole month; a change on the 15th would need the
// day of each dose, which the claim forms do not carry.
ItemAmount amountInMonth(const QList<FeeEntry>& entries, FeeItem item, QDate monthStart)
{
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    ItemAmount found;
    for (const FeeEntry& entry : entries) {
        if (entry.item != item || entry.validFrom > monthEnd || entry.validTo < monthStart) {
            continue;
        }
        if (found.status == Lookup::Found && found.amount != entry.amount) {
            return {Lookup::ChangesInMonth, 0};
        }
        found = {Lookup::Found, entry.amount};
    }
    return found;
}

} // namespace

FeeSchedule::FeeSchedule(QList<FeeEntry> entries, int taxRatePercent)
    : m_entries(std::move(entries))
    , m_taxRatePercent(taxRatePercent)
{}

Result<FeeSchedule> FeeSchedule::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString fileField = u"fees.json"_s;
    if (parseError.error != QJsonParseError::NoError) {
        return Error{fileField, tr("%1: the file is not valid JSON (%2).").arg(fileField, parseError.errorString())};
    }
    if (!doc.isObject()) {
        return Error{fileField, tr("%1: the file must contain one JSON object.").arg(fileField)};
    }
    const QJsonObject root = doc.object();

    const QString taxField = u"tax_rate_percent"_s;
    const auto taxRate = JsonNumber::integer(root.value(taxField), 0, 100);
    if (!taxRate) {
        return Error{taxField,
                     tr("%1: give the consumption tax rate as a whole number of percent from 0 to 100.").arg(taxField)};
    }

    const QString feesField = u"fees"_s;
    const QJsonArray array = root.value(feesField).toArray();
    if (array.isEmpty()) {
        return Error{feesField, tr("%1: list at least one fee.").arg(feesField)};
    }

    QList<FeeEntry> entries;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryField = u"fees[%1]"_s.arg(i);
        const auto field = [&](const QString& key) { return entryField + u'.' + key; };
        if (!array.at(i).isObject()) {
            return Error{entryField,
                         tr("%1: each fee must be an object with item, amount, valid_from, valid_to and source.")
                             .arg(entryField)};
        }
        const QJsonObject object = array.at(i).toObject();
        FeeEntry entry;

        const auto item = itemFromKey(object.value(u"item"_s).toString());
        if (!item) {
            return Error{field(u"item"_s),
                         tr("%1: use one of vaccination, screening_only, under6_addition, after_hours_addition or "
                            "holiday_addition.")
                             .arg(field(u"item"_s))};
        }
        entry.item = *item;

        const auto amount = JsonNumber::integer(object.value(u"amount"_s), 0, kMaxAmount);
        if (!amount) {
            return Error{field(u"amount"_s),
                         tr("%1: give the amount in yen, tax excluded, as a whole number from 0 to %2.")
                             .arg(field(u"amount"_s))
                             .arg(kMaxAmount)};
        }
        entry.amount = *amount;

        for (const QString& key : {u"valid_from"_s, u"valid_to"_s}) {
            if (!parseIsoDate(object.value(key).toString()).isValid()) {
                return Error{field(key), tr("%1: write the date as YYYY-MM-DD.").arg(field(key))};
            }
        }
        entry.validFrom = parseIsoDate(object.value(u"valid_from"_s).toString());
        entry.validTo = parseIsoDate(object.value(u"valid_to"_s).toString());
        if (entry.validTo < entry.validFrom) {
            return Error{field(u"valid_to"_s),
                         tr("%1: the end date comes before valid_from (%2).")
                             .arg(field(u"valid_to"_s), JapaneseFormat::date(entry.validFrom))};
        }

        entry.source = object.value(u"source"_s).toString().trimmed();
        if (entry.source.isEmpty()) {
            return Error{field(u"source"_s),
                         tr("%1: give the source of the amount (a URL or a document).").arg(field(u"source"_s))};
        }

        for (qsizetype j = 0; j < entries.size(); ++j) {
            const FeeEntry& earlier = entries.at(j);
            if (earlier.item == entry.item && earlier.validFrom <= entry.validTo
                && entry.validFrom <= earlier.validTo) {
                return Error{field(u"valid_from"_s),
                             tr("%1: this %2 is valid at the same time as fees[%3]. Give one item only one amount "
                                "on any day.")
                                 .arg(field(u"valid_from"_s), BillingText::label(entry.item))
                                 .arg(j)};
            }
        }
        entries.append(entry);
    }
    return FeeSchedule(std::move(entries), *taxRate);
}

const FeeSchedule& FeeSchedule::builtIn()
{
    static const QString kFile = u":/data/billing/fees.json"_s;
    static const FeeSchedule schedule = shipped::require(fromJson(shipped::read(kFile)), kFile);
    return schedule;
}

Result<int> FeeSchedule::unitPriceExcludingTax(
    DoseKind kind, AgeBand age, TimeBand time, QDate vaccinationMonth, const QString& rowField) const
{
    const QString monthField = u"vaccination_month"_s;
    if (!vaccinationMonth.isValid()) {
        return Error{monthField, tr("%1: enter the vaccination month.").arg(monthField)};
    }
    const QDate monthStart(vaccinationMonth.year(), vaccinationMonth.month(), 1);
    const QString month = JapaneseFormat::month(monthStart);
    const auto rowPart = [&](const QString& key) { return rowField.isEmpty() ? key : rowField + u'.' + key; };

    // The base fee first: without it the whole month is outside the programme, whatever the row says.
    struct Component
    {
        FeeItem item;
        QString field;
        bool isBase = false;
    };
    QList<Component> components{
        {kind == DoseKind::Vaccination ? FeeItem::Vaccination : FeeItem::ScreeningOnly, monthField, true}};
    if (age == AgeBand::UnderSix) {
        components.append(Component{FeeItem::UnderSixAddition, rowPart(u"age"_s)});
    }
    if (time == TimeBand::AfterHours) {
        components.append(Component{FeeItem::AfterHoursAddition, rowPart(u"time"_s)});
    } else if (time == TimeBand::Holiday) {
        components.append(Component{FeeItem::HolidayAddition, rowPart(u"time"_s)});
    }

    int total = 0;
    for (const Component& component : components) {
        const ItemAmount found = amountInMonth(m_entries, component.item, monthStart);
        switch (found.status) {
        case Lookup::Found:
            total += found.amount;
            break;
        case Lookup::ChangesInMonth:
            return Error{monthField,
                         tr("%1: the %2 changes during %3, so the month cannot be billed at one price. Check the "
                            "fee table.")
                             .arg(monthField, BillingText::label(component.item), month)};
        case Lookup::Missing:
            if (component.isBase) {
                return Error{component.field,
                             tr("%1: doses given in %2 are outside the period of the special temporary "
                                "vaccination (the fee table has no %3 for that month). Check the vaccination month.")
                                 .arg(component.field, month, BillingText::label(component.item))};
            }
            return Error{component.field,
                         tr("%1: there is no %2 for doses given in %3 (outside the period in the fee table). Check "
                            "this row.")
                             .arg(component.field, BillingText::label(component.item), month)};
        }
    }
    return total;
}

int FeeSchedule::taxIncluded(int amountExcludingTax) const
{
    // The only place tax is applied. With the shipped amounts (multiples of 10) and 10 % it is exact. No official
    // rounding rule was found (domain-rules.md §1), so other data drops the fraction of a yen (切り捨て).
    return static_cast<int>(qint64(amountExcludingTax) * (100 + m_taxRatePercent) / 100);
}

} // namespace vsys::core
