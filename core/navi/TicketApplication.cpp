// SPDX-License-Identifier: MIT
// TicketApplication: dates are stored as ISO 8601 (2021-09-01).
#include "core/navi/TicketApplication.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

QJsonObject doseJson(const PastDose& dose)
{
    return {{u"date"_s, dose.date.toString(Qt::ISODate)},
            {u"vaccine"_s, dose.vaccine},
            {u"method"_s, dose.method},
            {u"ticket_municipality"_s, dose.ticketMunicipality}};
}

std::optional<PastDose> doseFrom(const QJsonValue& value)
{
    const QJsonObject json = value.toObject();
    PastDose dose{QDate::fromString(json.value(u"date"_s).toString(), Qt::ISODate), json.value(u"vaccine"_s).toString(),
                  json.value(u"method"_s).toString(), json.value(u"ticket_municipality"_s).toString()};
    if (!dose.date.isValid() || dose.vaccine.isEmpty() || dose.method.isEmpty()) {
        return std::nullopt;
    }
    return dose;
}

} // namespace

QJsonObject TicketApplication::toJson() const
{
    return {{u"municipality"_s, municipalityCode},
            {u"family_name"_s, familyName},
            {u"given_name"_s, givenName},
            {u"family_kana"_s, familyKana},
            {u"given_kana"_s, givenKana},
            {u"birth_date"_s, birthDate.toString(Qt::ISODate)},
            {u"phone"_s, phone},
            {u"postal_code"_s, postalCode},
            {u"address"_s, address},
            {u"reason"_s, reason},
            {u"first"_s, doseJson(first)},
            {u"second"_s, doseJson(second)},
            {u"second_same_vaccine"_s, secondSameVaccine},
            {u"second_same_method"_s, secondSameMethod}};
}

std::optional<TicketApplication> TicketApplication::fromJson(const QJsonObject& json)
{
    TicketApplication application;
    application.municipalityCode = json.value(u"municipality"_s).toString();
    application.familyName = json.value(u"family_name"_s).toString();
    application.givenName = json.value(u"given_name"_s).toString();
    application.familyKana = json.value(u"family_kana"_s).toString();
    application.givenKana = json.value(u"given_kana"_s).toString();
    application.birthDate = QDate::fromString(json.value(u"birth_date"_s).toString(), Qt::ISODate);
    application.phone = json.value(u"phone"_s).toString();
    application.postalCode = json.value(u"postal_code"_s).toString();
    application.address = json.value(u"address"_s).toString();
    application.reason = json.value(u"reason"_s).toString();
    application.secondSameVaccine = json.value(u"second_same_vaccine"_s).toBool();
    application.secondSameMethod = json.value(u"second_same_method"_s).toBool();
    const auto first = doseFrom(json.value(u"first"_s));
    const auto second = doseFrom(json.value(u"second"_s));
    if (!first || !second || application.municipalityCode.isEmpty() || application.familyName.isEmpty()
        || !application.birthDate.isValid() || application.reason.isEmpty()) {
        return std::nullopt;
    }
    application.first = *first;
    application.second = *second;
    return application;
}

} // namespace vsys::core
