// SPDX-License-Identifier: MIT
#include "core/billing/ClaimHeaderRules.h"

#include "core/ShippedData.h"
#include "core/application/ApplicationContent.h"
#include "core/application/VaccinationArrangements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

QString text(const QJsonObject& registration, const QString& path)
{
    return ApplicationContent::value(registration, path).toString().trimmed();
}

std::optional<QStringList> facilityTypesFromJson(const QByteArray& json)
{
    const QJsonValue list = QJsonDocument::fromJson(json).object().value(u"facility_types"_s);
    if (!list.isArray() || list.toArray().isEmpty()) {
        return std::nullopt;
    }
    QStringList values;
    for (const QJsonValue& value : list.toArray()) {
        if (!value.isString() || value.toString().trimmed().isEmpty() || values.contains(value.toString())) {
            return std::nullopt;
        }
        values.append(value.toString());
    }
    return values;
}

} // namespace

ClaimHeaderDefaults ClaimHeaderRules::fromRegistration(const QJsonObject& registration)
{
    ClaimHeaderDefaults defaults;
    ClaimInstitution& header = defaults.institution;
    header.name = text(registration, u"institution.name"_s);
    header.representative = text(registration, u"institution.representative"_s);
    header.phone = text(registration, u"institution.phone"_s);
    header.code = text(registration, u"institution.insurance_code"_s);
    header.prefecture = text(registration, u"venue.address.prefecture"_s);
    const auto arrangement = VaccinationArrangements::builtIn().find(text(registration, u"venue.arrangement"_s));
    if (arrangement && !arrangement->needsInstitution) {
        header.address = header.prefecture + text(registration, u"venue.address.municipality"_s)
            + text(registration, u"venue.address.street"_s);
    }
    defaults.homeMunicipality = text(registration, u"venue.address.municipality_code"_s);
    return defaults;
}

ClaimHeaderDefaults ClaimHeaderRules::fromRegistration(const QJsonObject& registration,
                                                       const InstitutionDetails& approved)
{
    ClaimHeaderDefaults defaults = fromRegistration(registration);
    ClaimInstitution& header = defaults.institution;
    const auto take = [](QString& field, const QString& value) {
        if (!value.isEmpty()) {
            field = value;
        }
    };
    take(header.representative, approved.representative);
    take(header.address, approved.address);
    take(header.phone, approved.phone);
    take(header.code, approved.insuranceCode);
    return defaults;
}

QDate ClaimHeaderRules::parseMonth(const QString& text)
{
    // NFKC folds the IME's ２０２１／０４ into ASCII; 年 and 月 are kept as they are.
    static const QRegularExpression kSeparated(u"^(\\d{4})\\s*[/\\-.年]\\s*(\\d{1,2})\\s*月?$"_s);
    static const QRegularExpression kDigits(u"^(\\d{4})(\\d{2})$"_s);
    const QString input = text.normalized(QString::NormalizationForm_KC).trimmed();
    QRegularExpressionMatch match = kSeparated.match(input);
    if (!match.hasMatch()) {
        match = kDigits.match(input);
    }
    if (!match.hasMatch()) {
        return {};
    }
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12) {
        return {};
    }
    return QDate(match.captured(1).toInt(), month, 1);
}

QString ClaimHeaderRules::monthText(QDate month)
{
    return month.toString(u"yyyy/MM"_s);
}

const QStringList& ClaimHeaderRules::facilityTypes()
{
    static const QString kFile = u":/data/billing/facility-types.json"_s;
    static const QStringList values = shipped::require(facilityTypesFromJson(shipped::read(kFile)), kFile);
    return values;
}

} // namespace vsys::core
