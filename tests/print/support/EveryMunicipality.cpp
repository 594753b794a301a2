// SPDX-License-Identifier: MIT
#include "EveryMunicipality.h"

#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingCalculator.h"

#include <QtDebug>

using namespace Qt::StringLiterals;

namespace vsys::print::test {

ClaimPrintout everyMunicipality()
{
    ClaimPrintout printout;
    printout.claimMonth = QDate(2022, 1, 1);
    printout.vaccinationMonth = QDate(2021, 12, 1);
    printout.institution = {u"東京都"_s,     u"東京都千代田区千代田1-1"_s, u"山田 太郎"_s, u"03-0000-0000"_s, u"1"_s,
                            u"1310000017"_s, u"サンプル診療所"_s};
    const core::MunicipalityDirectory& directory = core::MunicipalityDirectory::builtIn();
    QList<core::BillingCount> counts;
    for (const core::Municipality& municipality : directory.all()) {
        if (municipality.isPrefecture() || directory.cityOfWard(municipality.code)) {
            continue;
        }
        counts.append({municipality.code, core::DoseKind::Vaccination, core::AgeBand::SixAndOver,
                       core::TimeBand::Regular, counts.size() % 7 + 1});
        printout.municipalityNames.insert(municipality.code, municipality.name);
    }
    const auto statement = core::BillingCalculator().compute(printout.claimMonth, printout.vaccinationMonth, counts);
    if (!statement) {
        qWarning() << statement.error().message;
        return printout;
    }
    printout.statement = *statement;
    return printout;
}

} // namespace vsys::print::test
