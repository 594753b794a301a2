// SPDX-License-Identifier: MIT
// 郵便番号 → 住所 lookup over resources/address/postal_codes.tsv and postal_cities.tsv.
#include "core/address/PostalDirectory.h"

#include "core/ShippedData.h"
#include "core/validation/Validators.h"

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

// Parses exactly `length` ASCII digits; -1 otherwise. Hand-rolled because this runs 124,510 times
// on the first lookup and QByteArray::toUInt would need a temporary per field.
qint64 parseDigits(const char* text, qsizetype length)
{
    qint64 value = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

const PostalDirectory& PostalDirectory::builtIn()
{
    // A function-local static: initialised once, on first use, even with several threads.
    static const PostalDirectory kDirectory = [] {
        std::optional<PostalDirectory> parsed = fromData(shipped::read(u":/data/address/postal_codes.tsv"_s),
                                                         shipped::read(u":/data/address/postal_cities.tsv"_s));
        if (!parsed) {
            qFatal("The shipped postal code data is malformed (regenerate it with scripts/make-address-data.py)");
        }
        return std::move(*parsed);
    }();
    return kDirectory;
}

std::optional<PostalDirectory> PostalDirectory::fromData(QByteArray postalCodes, const QByteArray& cities)
{
    PostalDirectory directory;
    std::unordered_map<qint64, quint16> municipalityIndex;

    // postal_cities.tsv: code5 TAB pref_name TAB city_name
    for (const QByteArray& line : cities.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 3 || fields.at(0).size() != 5 || parseDigits(fields.at(0).constData(), 5) < 0) {
            return std::nullopt;
        }
        const QString code5 = QString::fromLatin1(fields.at(0));
        municipalityIndex.emplace(parseDigits(fields.at(0).constData(), 5), quint16(directory.m_municipalities.size()));
        directory.m_municipalities.push_back({code5 + QString::number(MunicipalityCode::checkDigit(code5)),
                                              QString::fromUtf8(fields.at(1)), QString::fromUtf8(fields.at(2))});
    }

    // postal_codes.tsv: postal_code TAB code5 TAB town_name, sorted by postal code. Scanned by hand
    // rather than split into lists: this is the whole cost of the first lookup.
    constexpr qsizetype kTownStart = 7 + 1 + 5 + 1;
    directory.m_text = std::move(postalCodes);
    const char* const text = directory.m_text.constData();
    const qsizetype size = directory.m_text.size();
    directory.m_rows.reserve(size_t(size / 27)); // about 27 bytes per row in the shipped file
    quint32 previous = 0;
    for (qsizetype start = 0; start < size;) {
        qsizetype end = directory.m_text.indexOf('\n', start);
        if (end < 0) {
            end = size;
        }
        if (end - start < kTownStart || text[start + 7] != '\t' || text[start + 13] != '\t'
            || end - start - kTownStart > 0xFFFF) {
            return std::nullopt;
        }
        const qint64 postal = parseDigits(text + start, 7);
        const auto municipality = municipalityIndex.find(parseDigits(text + start + 8, 5));
        if (postal < previous || municipality == municipalityIndex.end()) {
            return std::nullopt; // unsorted, or a municipality missing from the second table
        }
        previous = quint32(postal);
        directory.m_rows.push_back(
            {quint32(postal), quint32(start + kTownStart), quint16(end - start - kTownStart), municipality->second});
        start = end + 1;
    }
    return directory;
}

QList<AddressCandidate> PostalDirectory::lookup(const QString& postalCode) const
{
    const ValidationResult validated = PostalCode::validate(postalCode);
    if (!validated.acceptable()) {
        return {};
    }
    const auto key = quint32(validated.normalized.toUInt());
    struct Less
    {
        bool operator()(const Row& row, quint32 code) const { return row.postalCode < code; }
        bool operator()(quint32 code, const Row& row) const { return code < row.postalCode; }
    };
    const auto [first, last] = std::equal_range(m_rows.begin(), m_rows.end(), key, Less{});
    QList<AddressCandidate> candidates;
    candidates.reserve(last - first);
    for (auto row = first; row != last; ++row) {
        const Municipality& municipality = m_municipalities.at(row->municipality);
        candidates.append({validated.normalized, municipality.prefName, municipality.code6, municipality.name,
                           QString::fromUtf8(m_text.constData() + row->townOffset, row->townLength)});
    }
    return candidates;
}

QStringList PostalDirectory::municipalityCodes() const
{
    QStringList codes;
    codes.reserve(qsizetype(m_municipalities.size()));
    for (const Municipality& municipality : m_municipalities) {
        codes.append(municipality.code6);
    }
    codes.sort();
    return codes;
}

} // namespace vsys::core
