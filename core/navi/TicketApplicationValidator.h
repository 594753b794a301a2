// SPDX-License-Identifier: MIT
// TicketApplicationValidator: every field of the 接種券発行申請 form, checked once for the server (and any client).
#pragma once

#include "core/Result.h"
#include "core/navi/TicketApplication.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::core {

class NaviCatalogue;

/// The form's field names (what the web form posts); Error::field is one of them.
namespace ticketField {
inline const QString kMunicipality = QStringLiteral("municipality");
inline const QString kFamilyName = QStringLiteral("family_name");
inline const QString kGivenName = QStringLiteral("given_name");
inline const QString kFamilyKana = QStringLiteral("family_kana");
inline const QString kGivenKana = QStringLiteral("given_kana");
inline const QString kBirthYear = QStringLiteral("birth_year");
inline const QString kBirthMonth = QStringLiteral("birth_month");
inline const QString kBirthDay = QStringLiteral("birth_day");
inline const QString kPhone = QStringLiteral("phone");
inline const QString kPostalCode = QStringLiteral("postal_code");
inline const QString kAddress = QStringLiteral("address1");
inline const QString kReason = QStringLiteral("reason");
/// 1回目 / 2回目 fields: dose(1, "year") == "dose1_year"; parts year, month, day, vaccine, method, municipality.
QString dose(int number, const QString& part);
inline const QString kSecondSameVaccine = QStringLiteral("dose2_same_vaccine");
inline const QString kSecondSameMethod = QStringLiteral("dose2_same_method");
inline const QString kAgree = QStringLiteral("agree");
} // namespace ticketField

/// The application, or every problem found (one per field, in the form's order).
struct TicketApplicationCheck
{
    std::optional<TicketApplication> application;
    QList<Error> errors;
};

/// The messages are Japanese in the source, like the residents' pages (docs/decisions.md); the phone,
/// postal code and kana checks are the app's own validators with their messages, naming the form's field.
/// Whether the municipality accepts online applications is the server's data, not checked here.
class TicketApplicationValidator
{
public:
    static constexpr int kMaxName = 20; ///< 姓, 名
    static constexpr int kMaxKana = 30; ///< 姓（カナ）, 名（カナ）
    static constexpr int kMaxAddress = 100; ///< 送付先住所
    static constexpr int kMaxMunicipalityName = 30; ///< 接種券を送ってきた市町村名
    static constexpr int kMaxFieldInput = 200; ///< any posted value, before it is looked at
    /// No COVID-19 vaccination anywhere before this (the first approvals abroad were in December 2020).
    static QDate earliestDose() { return QDate(2020, 12, 1); }

    /// `today` is the Japan date of the request: 生年月日 and 接種日 may not be after it.
    static TicketApplicationCheck
    validate(const QHash<QString, QString>& form, QDate today, const NaviCatalogue& catalogue);
};

} // namespace vsys::core
