// SPDX-License-Identifier: MIT
#include "core/billing/BillingJson.h"

#include "core/JsonNumber.h"
#include "core/billing/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> enumFromKey(const QString& key, const std::array<Enum, N>& values)
{
    for (Enum value : values) {
        if (BillingJson::key(value) == key) {
            return value;
        }
    }
    return std::nullopt;
}

constexpr std::array kKinds = {DoseKind::ScreeningOnly, DoseKind::Vaccination};
constexpr std::array kAges = {AgeBand::UnderSix, AgeBand::SixAndOver};
constexpr std::array kTimes = {TimeBand::Regular, TimeBand::AfterHours, TimeBand::Holiday};

} // namespace

Result<BillingRequest> BillingJson::parseRequest(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{u"input"_s,
                     tr("input: the JSON cannot be read (%1 at character %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    }
    if (!doc.isObject()) {
        return Error{u"input"_s, tr("input: give one JSON object with claim_month, vaccination_month and counts.")};
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const QStringList kKnown{u"claim_month"_s, u"vaccination_month"_s, u"counts"_s, u"institution"_s,
                                        u"home_municipality"_s};
        if (!kKnown.contains(it.key())) {
            return Error{it.key(), tr("%1: this key is not part of a claim; check its spelling.").arg(it.key())};
        }
    }

    BillingRequest request;
    for (const auto& [field, target] : {std::pair{u"claim_month"_s, &request.claimMonth},
                                        std::pair{u"vaccination_month"_s, &request.vaccinationMonth}}) {
        *target = parseYearMonth(root.value(field).toString());
        if (!target->isValid()) {
            return Error{field, tr("%1: write the month as YYYY-MM, e.g. 2022-01.").arg(field)};
        }
    }
    if (const QJsonValue home = root.value(u"home_municipality"_s); !home.isUndefined()) {
        if (!home.isString()) {
            return Error{u"home_municipality"_s,
                         tr("home_municipality: give the 6-digit municipality code as a string, e.g. \"131016\".")};
        }
        request.homeMunicipality = home.toString().trimmed();
    }
    if (!root.value(u"counts"_s).isArray()) {
        return Error{u"counts"_s, tr("counts: give a list of counts, e.g. [{\"municipality\":\"131016\",...}].")};
    }
    const QJsonArray counts = root.value(u"counts"_s).toArray();
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const QString row = u"counts[%1]"_s.arg(i);
        if (!counts.at(i).isObject()) {
            return Error{row, tr("%1: each count must be a JSON object.").arg(row)};
        }
        const QJsonObject item = counts.at(i).toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            static const QStringList kKnown{u"municipality"_s, u"kind"_s, u"age"_s, u"time"_s, u"count"_s};
            if (!kKnown.contains(it.key())) {
                const QString field = row + u'.' + it.key();
                return Error{field, tr("%1: this key is not part of a count; check its spelling.").arg(field)};
            }
        }
        BillingCount count;
        if (!item.value(u"municipality"_s).isString()) {
            const QString field = row + u".municipality"_s;
            return Error{field, tr("%1: give the 6-digit municipality code as a string, e.g. \"131016\".").arg(field)};
        }
        count.municipality = item.value(u"municipality"_s).toString();
        const auto kind = doseKind(item.value(u"kind"_s).toString());
        if (!kind) {
            const QString field = row + u".kind"_s;
            return Error{field, tr("%1: use \"vaccination\" or \"screening_only\".").arg(field)};
        }
        const auto age = ageBand(item.value(u"age"_s).toString());
        if (!age) {
            const QString field = row + u".age"_s;
            return Error{field, tr("%1: use \"6plus\" or \"under6\".").arg(field)};
        }
        const auto time = timeBand(item.value(u"time"_s).toString(u"regular"_s));
        if (!time) {
            const QString field = row + u".time"_s;
            return Error{field, tr("%1: use \"regular\", \"after_hours\" or \"holiday\".").arg(field)};
        }
        const auto number = JsonNumber::whole(item.value(u"count"_s), -kMaxClaimCount, kMaxClaimCount);
        if (!number) {
            const QString field = row + u".count"_s;
            return Error{field, tr("%1: give the count as a whole number.").arg(field)};
        }
        count.kind = *kind;
        count.age = *age;
        count.time = *time;
        count.count = *number;
        request.counts.append(count);
    }
    return request;
}

QJsonObject BillingJson::toJson(const BillingStatement& statement)
{
    QJsonArray municipalities;
    for (const MunicipalityClaim& claim : statement.municipalities) {
        QJsonArray rows;
        for (const BillingRow& row : claim.rows) {
            rows.append(QJsonObject{{u"kind"_s, key(row.kind)},
                                    {u"age"_s, key(row.age)},
                                    {u"time"_s, key(row.time)},
                                    {u"count"_s, row.count},
                                    {u"unit_price"_s, row.unitPrice},
                                    {u"amount"_s, row.amount}});
        }
        municipalities.append(QJsonObject{{u"code"_s, claim.code},
                                          {u"rows"_s, rows},
                                          {u"total_count"_s, claim.totalCount},
                                          {u"total_amount"_s, claim.totalAmount}});
    }
    return {{u"format"_s, key(statement.format)},
            {u"municipalities"_s, municipalities},
            {u"total_count"_s, statement.totalCount},
            {u"total_amount"_s, statement.totalAmount}};
}

QString BillingJson::key(DoseKind kind)
{
    return kind == DoseKind::Vaccination ? u"vaccination"_s : u"screening_only"_s;
}

QString BillingJson::key(AgeBand age)
{
    return age == AgeBand::SixAndOver ? u"6plus"_s : u"under6"_s;
}

QString BillingJson::key(TimeBand time)
{
    switch (time) {
    case TimeBand::Regular:
        return u"regular"_s;
    case TimeBand::AfterHours:
        return u"after_hours"_s;
    case TimeBand::Holiday:
        return u"holiday"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DoseKind> BillingJson::doseKind(const QString& key)
{
    return enumFromKey(key, kKinds);
}

std::optional<AgeBand> BillingJson::ageBand(const QString& key)
{
    return enumFromKey(key, kAges);
}

std::optional<TimeBand> BillingJson::timeBand(const QString& key)
{
    return enumFromKey(key, kTimes);
}

QString BillingJson::key(ClaimFormat format)
{
    return format == ClaimFormat::Old ? u"old"_s : u"new"_s;
}

} // namespace vsys::core
