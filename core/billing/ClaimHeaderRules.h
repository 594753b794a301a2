// SPDX-License-Identifier: MIT
// ClaimHeaderRules: where a claim's header (医療機関等の情報) starts from, how a typed 請求月 is read, and the
// 施設等区分 the forms may print. The app, the CLI and the tests share these, so each rule lives here once.
#pragma once

#include "core/billing/ClaimInstitution.h"
#include "core/institution/InstitutionDetails.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vsys::core {

/// The header a month never claimed starts from.
struct ClaimHeaderDefaults
{
    ClaimInstitution institution;
    QString homeMunicipality; ///< 医療機関と同一市内: the venue's 全国地方公共団体コード as registered
};

class ClaimHeaderRules
{
    Q_DECLARE_TR_FUNCTIONS(ClaimHeaderRules)
public:
    /// From the venue's 既存登録情報 (the application's `content` form): the 医療機関 section's name,
    /// representative and phone; the venue's address and prefecture when the 接種体制分類 needs no outside
    /// institution (the clinic is on the premises; an outside one's address is not registered); the venue's
    /// municipality as 同一市内. The 請求用保険医療機関コード is `institution.insurance_code` when the registration
    /// has one, else blank: the V-SYS ID is often a 類似コード, which is not the code the 国保連 pays.
    static ClaimHeaderDefaults fromRegistration(const QJsonObject& registration);
    /// fromRegistration(), with the venue's approved 医療機関情報 (医療機関情報の登録と変更) in place of the
    /// registration's 代表者氏名, 所在地, 電話番号 and 請求用保険医療機関コード: the municipality approved those, and
    /// they are what V-SYS holds now. A field the approved details leave blank keeps the registration's value.
    static ClaimHeaderDefaults fromRegistration(const QJsonObject& registration, const InstitutionDetails& approved);

    /// The month a user typed: 2021/04, 2021/4, 2021-04, 202104, 2021年4月 or 2021年04月, full-width digits
    /// too; an invalid QDate for anything else. The first day of the month.
    static QDate parseMonth(const QString& text);
    /// The month as the input shows it and parseMonth() reads it back: 2021/04.
    static QString monthText(QDate month);

    /// The 施設等区分 values offered (resources/billing/facility-types.json); their meanings are UNCONFIRMED.
    static const QStringList& facilityTypes();
};

} // namespace vsys::core
