// SPDX-License-Identifier: MIT
// TicketApplication // 接種券発行申請: what a resident applies with on the web form (briefing, コロナワクチンナビ).
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vsys::core {

/// One of the 1回目・2回目 接種状況.
struct PastDose
{
    QDate date; ///< 接種日 (the resident may give an approximate day)
    QString vaccine; ///< ワクチン種類, a NaviCatalogue key
    QString method; ///< 接種の方法, a NaviCatalogue key
    QString ticketMunicipality; ///< 接種券を送ってきた市町村名, as typed; empty when the method does not ask for it

    friend bool operator==(const PastDose&, const PastDose&) = default;
};

/// Valid only as TicketApplicationValidator made it: every text normalised (NFKC) and within its limit.
struct TicketApplication
{
    QString municipalityCode; ///< 住民票の市町村 (or 広域連合): the one the application goes to
    QString familyName; ///< 氏名 姓
    QString givenName; ///< 氏名 名
    QString familyKana; ///< 姓（カナ）, katakana
    QString givenKana; ///< 名（カナ）, katakana
    QDate birthDate; ///< 生年月日
    QString phone; ///< 電話番号, digits only
    QString postalCode; ///< 送付先 郵便番号, 7 digits
    QString address; ///< 送付先住所
    QString reason; ///< 申請理由, a NaviCatalogue key
    PastDose first;
    PastDose second;
    bool secondSameVaccine = false; ///< 2回目 ワクチン種類 「1回目と同じ」
    bool secondSameMethod = false; ///< 2回目 接種の方法 「1回目と同じ」

    /// The stored form (server column `content`); keys as in fromJson.
    QJsonObject toJson() const;
    /// Back from toJson(); nothing when a member is missing or of the wrong type (not re-validated).
    static std::optional<TicketApplication> fromJson(const QJsonObject& json);

    friend bool operator==(const TicketApplication&, const TicketApplication&) = default;
};

} // namespace vsys::core
