// SPDX-License-Identifier: MIT
// 郵便番号 → 住所 candidates from Japan Post's data, compiled in (resources/address/README.md).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vsys::core {

/// One 町域 that a postal code is assigned to. A postal code can have several (1,340 codes do),
/// and some span two municipalities, so a lookup always answers a list.
struct AddressCandidate
{
    QString postalCode; ///< 7 digits, no hyphen
    QString prefName; ///< 都道府県名, e.g. 東京都
    QString municipalityCode; ///< 全国地方公共団体コード, 6 digits with the check digit, e.g. 131016
    QString municipalityName; ///< as Japan Post writes it (with 郡, e.g. 犬上郡多賀町)
    QString townName; ///< 町域名; empty for "the whole municipality". Japan Post's notes (（…）) are kept.

    friend bool operator==(const AddressCandidate&, const AddressCandidate&) = default;
};

class PostalDirectory
{
public:
    /// The shipped data (:/data/address/), loaded on first use. Thread-safe.
    static const PostalDirectory& builtIn();

    /// Parses the two tables written by scripts/make-address-data.py; nullopt if they are malformed.
    static std::optional<PostalDirectory> fromData(QByteArray postalCodes, const QByteArray& cities);

    /// The candidates for a postal code in Japan Post's order. Accepts what PostalCode::validate
    /// accepts (全角, 100-0001); an invalid or unknown code gives an empty list.
    QList<AddressCandidate> lookup(const QString& postalCode) const;

    /// Number of (postal code, 町域) rows loaded.
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    /// The 6-digit codes of every municipality that has postal codes, ascending.
    QStringList municipalityCodes() const;

private:
    PostalDirectory() = default;

    struct Municipality
    {
        QString code6;
        QString prefName;
        QString name;
    };
    // 124,510 rows: kept as offsets into the raw UTF-8 text so that loading only splits lines and
    // a lookup decodes just the rows it returns.
    struct Row
    {
        quint32 postalCode;
        quint32 townOffset;
        quint16 townLength;
        quint16 municipality;
    };

    QByteArray m_text;
    std::vector<Row> m_rows;
    std::vector<Municipality> m_municipalities;
};

} // namespace vsys::core
