// SPDX-License-Identifier: MIT
#include "core/report/VaccineCatalog.h"

#include "core/JsonNumber.h"
#include "core/ShippedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

const QString kResource = u":/data/report/vaccines.json"_s;

/// A vial of any vaccine in use gives well under this many doses.
constexpr int kMaxDosesPerVial = 100;
/// Refrigerated vaccine keeps weeks, not years: a year is a typo guard.
constexpr int kMaxUsableDays = 366;

} // namespace

VaccineCatalog::VaccineCatalog(QList<ReportVaccine> vaccines)
    : m_vaccines(std::move(vaccines))
{}

Result<VaccineCatalog> VaccineCatalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error{u"vaccines"_s, tr("Vaccine list: the file is not valid JSON (%1).").arg(parseError.errorString())};
    }
    QList<ReportVaccine> vaccines;
    const QJsonArray entries = doc.object().value(u"vaccines"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString field = u"vaccines[%1]"_s.arg(i);
        ReportVaccine vaccine;
        vaccine.key = entry.value(u"key"_s).toString();
        vaccine.name = entry.value(u"name"_s).toString();
        vaccine.product = entry.value(u"product"_s).toString();
        vaccine.workplace = entry.value(u"workplace"_s).toBool();
        const auto doses = JsonNumber::integer(entry.value(u"doses_per_vial"_s), 1, kMaxDosesPerVial);
        const bool duplicate = std::any_of(vaccines.cbegin(), vaccines.cend(),
                                           [&](const ReportVaccine& other) { return other.key == vaccine.key; });
        if (vaccine.key.isEmpty() || vaccine.key.size() > kMaxKeyLength || duplicate || vaccine.name.isEmpty()
            || vaccine.product.isEmpty() || !doses) {
            return Error{field,
                         tr("%1: a vaccine needs a unique key of at most %2 characters, a name, a product "
                            "name and doses_per_vial from 1 to %3.")
                             .arg(field)
                             .arg(kMaxKeyLength)
                             .arg(kMaxDosesPerVial)};
        }
        vaccine.dosesPerVial = *doses;
        // Optional: a list without it still reads, and the forecast then only looks at the next delivery.
        if (const QJsonValue usable = entry.value(u"usable_days"_s); !usable.isUndefined()) {
            const auto days = JsonNumber::integer(usable, 1, kMaxUsableDays);
            if (!days) {
                return Error{field + u".usable_days"_s,
                             tr("%1.usable_days: a whole number of days from 1 to %2.").arg(field).arg(kMaxUsableDays)};
            }
            vaccine.usableDays = *days;
        }
        vaccines.append(vaccine);
    }
    if (vaccines.isEmpty()) {
        return Error{u"vaccines"_s, tr("vaccines: at least one vaccine is needed.")};
    }
    std::stable_partition(vaccines.begin(), vaccines.end(), [](const ReportVaccine& v) { return v.workplace; });
    return VaccineCatalog(std::move(vaccines));
}

const VaccineCatalog& VaccineCatalog::builtIn()
{
    static const VaccineCatalog catalog = shipped::require(fromJson(shipped::read(kResource)), kResource);
    return catalog;
}

const ReportVaccine* VaccineCatalog::find(const QString& key) const
{
    const auto found = std::find_if(m_vaccines.cbegin(), m_vaccines.cend(),
                                    [&key](const ReportVaccine& vaccine) { return vaccine.key == key; });
    return found == m_vaccines.cend() ? nullptr : &*found;
}

Error VaccineCatalog::unknown(const QString& field) const
{
    QStringList keys;
    for (const ReportVaccine& vaccine : m_vaccines) {
        keys.append(vaccine.key);
    }
    return Error{field, tr("Vaccine: give one of %1.").arg(keys.join(u", "_s))};
}

} // namespace vsys::core
