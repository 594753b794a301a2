// SPDX-License-Identifier: MIT
#include "core/application/VaccinationArrangements.h"

#include "core/ShippedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace vsys::core {

const VaccinationArrangements& VaccinationArrangements::builtIn()
{
    static const QString kFile = u":/data/application/arrangements.json"_s;
    static const VaccinationArrangements table = shipped::require(fromJson(shipped::read(kFile)), kFile);
    return table;
}

std::optional<VaccinationArrangements> VaccinationArrangements::fromJson(const QByteArray& json)
{
    const QJsonValue list = QJsonDocument::fromJson(json).object().value(u"arrangements"_s);
    if (!list.isArray() || list.toArray().isEmpty()) {
        return std::nullopt;
    }
    VaccinationArrangements table;
    for (const QJsonValue& item : list.toArray()) {
        const QJsonObject object = item.toObject();
        VaccinationArrangement arrangement{object.value(u"code"_s).toString(), object.value(u"name"_s).toString(),
                                           object.value(u"needs_institution"_s).toBool()};
        if (arrangement.code.isEmpty() || arrangement.name.isEmpty() || !object.value(u"needs_institution"_s).isBool()
            || table.find(arrangement.code)) {
            return std::nullopt;
        }
        table.m_arrangements.append(arrangement);
    }
    return table;
}

std::optional<VaccinationArrangement> VaccinationArrangements::find(const QString& code) const
{
    for (const VaccinationArrangement& arrangement : m_arrangements) {
        if (arrangement.code == code) {
            return arrangement;
        }
    }
    return std::nullopt;
}

} // namespace vsys::core
