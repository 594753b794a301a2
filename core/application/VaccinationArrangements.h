// SPDX-License-Identifier: MIT
// VaccinationArrangements: the 接種体制分類 codes (01 企業内診療所, 02 外部機関が出張して実施, 03 外部の医療機関に
// 出向いて実施). The codes are UNCONFIRMED (domain-rules.md §7), so they live in
// resources/application/arrangements.json, not in code.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::core {

struct VaccinationArrangement
{
    QString code; ///< "01"
    QString name; ///< 企業内診療所 (official wording, kept as data)
    bool needsInstitution = false; ///< the 実施医療機関の情報 section applies (パターン2、3)
};

class VaccinationArrangements
{
public:
    /// The shipped table (:/data/application/arrangements.json).
    static const VaccinationArrangements& builtIn();
    /// nullopt when the JSON is not the table's shape.
    static std::optional<VaccinationArrangements> fromJson(const QByteArray& json);

    const QList<VaccinationArrangement>& all() const { return m_arrangements; }
    std::optional<VaccinationArrangement> find(const QString& code) const;

private:
    QList<VaccinationArrangement> m_arrangements;
};

} // namespace vsys::core
