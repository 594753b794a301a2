// SPDX-License-Identifier: MIT
#include "cli/AddressCommand.h"

#include "core/address/PostalDirectory.h"
#include "core/validation/Validators.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::cli {

QString AddressCommand::name() const
{
    return u"address"_s;
}

QString AddressCommand::summary() const
{
    return tr("address POSTAL_CODE  (exit 0 found, 1 unknown postal code)");
}

int AddressCommand::run(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        return usageError(tr("give one postal code, e.g. address 100-0001."));
    }
    const core::ValidationResult validated = core::PostalCode::validate(arguments.at(0));
    if (!validated.acceptable()) {
        // A malformed code is bad input, not an unknown code: scripts must not read it as "no address".
        printMessage(validated.message);
        return kExitUsage;
    }
    const QList<core::AddressCandidate> candidates = core::PostalDirectory::builtIn().lookup(validated.normalized);
    QJsonArray list;
    for (const core::AddressCandidate& candidate : candidates) {
        list.append(QJsonObject{{u"pref_name"_s, candidate.prefName},
                                {u"municipality_code"_s, candidate.municipalityCode},
                                {u"municipality_name"_s, candidate.municipalityName},
                                {u"town_name"_s, candidate.townName}});
    }
    // An unknown code still gets its (empty) answer on stdout, so a script can parse every run alike.
    printJson(QJsonObject{{u"postal_code"_s, validated.normalized}, {u"candidates"_s, list}});
    if (candidates.isEmpty()) {
        printMessage(tr("Postal code %1: no address is known for this code (Japan Post data of 2026-05-29).")
                         .arg(validated.normalized));
        return kExitInvalid;
    }
    return kExitOk;
}

} // namespace vsys::cli
