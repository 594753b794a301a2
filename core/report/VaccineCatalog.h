// SPDX-License-Identifier: MIT
// VaccineCatalog (対象ワクチンの種類): the vaccines a venue reports 実績・廃棄 for, with the doses one vial
// gives, loaded from data because the list and the doses per vial are partly UNCONFIRMED (docs/decisions.md).
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::core {

/// One choice of 対象ワクチンの種類.
struct ReportVaccine
{
    QString key; ///< stable key on the wire and in storage ("moderna_workplace")
    QString name; ///< as V-SYS lists it: 武田/モデルナ(職域接種)
    QString product; ///< beside each figure: モデルナワクチン
    int dosesPerVial = 0; ///< to show wasted vials as doses (15 for the Moderna booster)
    bool workplace = false; ///< supplied for 職域接種: listed first
    int usableDays = 0; ///< days a delivered (refrigerated) dose stays usable, for the plan's forecast; 0 = not known.
                        ///< UNCONFIRMED (vaccines.json says why)

    bool operator==(const ReportVaccine&) const = default;
};

class VaccineCatalog
{
    Q_DECLARE_TR_FUNCTIONS(VaccineCatalog)
public:
    static constexpr qsizetype kMaxKeyLength = 40;

    /// Parses vaccines.json; errors name the offending entry.
    static Result<VaccineCatalog> fromJson(const QByteArray& json);
    /// The shipped list (:/data/report/vaccines.json), parsed once.
    static const VaccineCatalog& builtIn();

    /// 職域 vaccines first, each group in the file's order.
    const QList<ReportVaccine>& vaccines() const { return m_vaccines; }
    const ReportVaccine* find(const QString& key) const;
    /// The choice a new report starts with: the first 職域 vaccine.
    const ReportVaccine& defaultVaccine() const { return m_vaccines.constFirst(); }
    /// The one message for a key that is not in the list, naming `field`.
    Error unknown(const QString& field) const;

private:
    explicit VaccineCatalog(QList<ReportVaccine> vaccines);

    QList<ReportVaccine> m_vaccines;
};

} // namespace vsys::core
