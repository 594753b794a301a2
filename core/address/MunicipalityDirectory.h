// SPDX-License-Identifier: MIT
// MunicipalityDirectory: 全国地方公共団体コード一覧, the 総務省 list of every prefecture and municipality
// shipped in resources/address/municipalities.csv: names for codes, and the search behind 「市区町村を追加」.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::core {

struct Municipality // 市区町村 (or 都道府県 itself: code NN0001, name == prefecture)
{
    QString code; ///< 6-digit 全国地方公共団体コード, check digit included
    QString prefectureCode; ///< 2 digits
    QString prefecture; ///< 東京都
    QString name; ///< 千代田区; 札幌市中央区 for a ward of a 政令指定都市
    QString kana; ///< チヨダク (katakana, as in the list)

    /// The prefecture itself (市区町村 part 000, e.g. 130001 東京都).
    bool isPrefecture() const;
    /// 東京都千代田区 (the prefecture itself once: 東京都).
    QString fullName() const;

    bool operator==(const Municipality&) const = default;
};

class MunicipalityDirectory // 全国地方公共団体コード一覧
{
    Q_DECLARE_TR_FUNCTIONS(MunicipalityDirectory)
public:
    /// Parses the CSV (header code6,pref_code,pref_name,name,name_kana). Errors name the line ("line 12").
    static Result<MunicipalityDirectory> fromCsv(const QByteArray& csv);
    /// :/data/address/municipalities.csv, parsed once.
    static const MunicipalityDirectory& builtIn();

    /// The entry for a 6-digit code (全角 digits accepted), nullopt when unknown.
    std::optional<Municipality> find(const QString& code) const;
    /// 市区町村名 of a 6-digit code (千代田区), empty when unknown.
    QString name(const QString& code) const;
    /// The 政令指定都市 a 行政区 belongs to (271276 大阪市北区 → 271004 大阪市), nullopt for any other code: a
    /// ward's residents are the city's, and the city pays their claims.
    std::optional<Municipality> cityOfWard(const QString& code) const;
    /// The municipality a claim can go to, for a 市区町村コード as typed (全角 digits accepted). Errors name
    /// `fieldName`: a malformed code or a wrong check digit (the validator's message), a code not in the list,
    /// a prefecture, or a ward of a 政令指定都市 (naming the city to enter instead).
    Result<Municipality> claimable(const QString& code, const QString& fieldName) const;
    /// 都道府県名 for a 2-digit 都道府県コード (13 → 東京都), empty when unknown.
    QString prefecture(const QString& prefectureCode) const;

    /// Entries matching what a user typed in 「市区町村を追加」, at most `limit`, best first:
    /// a code prefix (1311 → 131130…), else the text (NFKC, spaces ignored) found in the name, in
    /// prefecture + name (東京都千代 → 千代田区) or in the kana (hiragana typed matches too: ちよだ).
    /// Exact and prefix matches of the name come before matches inside it; ties keep the list's order
    /// (by code). Prefecture rows and the wards of a 政令指定都市 are never offered: claims go to municipalities,
    /// and a ward's to its city.
    QList<Municipality> search(const QString& text, int limit = 20) const;

    /// Every entry, by code.
    const QList<Municipality>& all() const { return m_all; }

private:
    QList<Municipality> m_all;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, QString> m_prefectures;
    QHash<QString, qsizetype> m_cityOfWard; ///< ward code → index of its city in m_all
};

} // namespace vsys::core
