// SPDX-License-Identifier: MIT
// MunicipalityNames: 全国地方公共団体コード → 市区町村名 and 都道府県名, from the shipped 総務省 list, for the
// addressees of the claim forms the CLI prints.
#pragma once

#include <QHash>
#include <QString>

namespace vsys::cli {

class MunicipalityNames
{
public:
    /// :/data/address/municipalities.csv, read on first use.
    static const MunicipalityNames& builtIn();

    /// 千代田区 for 131016; empty when the code is not in the list.
    QString municipality(const QString& code6) const;
    /// 東京都 for the 都道府県コード 13; empty when unknown.
    QString prefecture(const QString& prefectureCode) const;

private:
    QHash<QString, QString> m_municipalities;
    QHash<QString, QString> m_prefectures;
};

} // namespace vsys::cli
