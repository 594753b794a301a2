// SPDX-License-Identifier: MIT
#include "core/ledger/TicketNumber.h"

#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

constexpr qsizetype kTicketDigits = 18;

const QString kField = u"ticket"_s;

} // namespace

QString TicketReader::normalized(const QString& typed)
{
    // NFKC makes 全角 digits ASCII and 全角スペース a space; the separators are the ones every number field drops.
    return TextNormalizer::numberText(typed);
}

Result<TicketNumber> TicketReader::read(const QString& typed, const MunicipalityDirectory& directory)
{
    const QString label = tr("Ticket number");
    const QString digits = normalized(typed);
    if (digits.isEmpty()) {
        return Error{kField, tr("%1: scan or type the 18 digits of the ticket's OCR line.").arg(label)};
    }
    if (!TextNormalizer::isAsciiDigits(digits)) {
        return Error{kField, tr("%1: only digits, hyphens and spaces can be read.").arg(label)};
    }
    if (digits.size() != kTicketDigits) {
        return Error{kField, tr("%1: the OCR line has 18 digits; %2 were read.").arg(label).arg(digits.size())};
    }
    TicketNumber ticket;
    ticket.digits = digits;
    ticket.ticketType = digits.at(0).digitValue();
    ticket.doseNumber = digits.at(1).digitValue();
    ticket.municipality = digits.mid(2, 6);
    ticket.serial = digits.mid(8);
    if (ticket.doseNumber == 0) {
        return Error{kField, tr("%1: the dose number (2nd digit) cannot be 0.").arg(label)};
    }
    const QString codeLabel = tr("Municipality code of the ticket (digits 3–8)");
    const ValidationResult code = MunicipalityCode::validate(ticket.municipality, codeLabel);
    if (!code.acceptable()) {
        return Error{kField, code.message};
    }
    const std::optional<Municipality> found = directory.find(ticket.municipality);
    if (!found) {
        return Error{kField,
                     tr("%1: %2 is not in the list of local government codes.").arg(codeLabel, ticket.municipality)};
    }
    if (found->isPrefecture()) {
        return Error{kField,
                     tr("%1: %2 (%3) is a prefecture, which issues no tickets and pays no claims.")
                         .arg(codeLabel, found->code, found->name)};
    }
    const std::optional<Municipality> city = directory.cityOfWard(found->code);
    ticket.payingMunicipality = city ? city->code : found->code;
    return ticket;
}

QString TicketReader::grouped(const QString& digits)
{
    if (digits.size() != kTicketDigits || !TextNormalizer::isAsciiDigits(digits)) {
        return digits;
    }
    return u"%1-%2-%3-%4"_s.arg(digits.first(1), digits.mid(1, 1), digits.mid(2, 6), digits.mid(8));
}

} // namespace vsys::core
