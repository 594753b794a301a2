// SPDX-License-Identifier: MIT
// 全国地方公共団体コード一覧 over resources/address/municipalities.csv.
#include "core/address/MunicipalityDirectory.h"

#include "core/ShippedData.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

const QString kFile = u":/data/address/municipalities.csv"_s;
const QByteArray kHeader = "code6,pref_code,pref_name,name,name_kana";

// Lower is better: the whole name, the start of it, somewhere inside it.
enum class Match { Exact, Prefix, Inside, None };

Match matchOf(const QString& haystack, const QString& needle)
{
    if (haystack == needle) {
        return Match::Exact;
    }
    if (haystack.startsWith(needle)) {
        return Match::Prefix;
    }
    return haystack.contains(needle) ? Match::Inside : Match::None;
}

} // namespace

bool Municipality::isPrefecture() const
{
    return QStringView(code).mid(2, 3) == u"000";
}

QString Municipality::fullName() const
{
    return isPrefecture() ? prefecture : prefecture + name;
}

Result<MunicipalityDirectory> MunicipalityDirectory::fromCsv(const QByteArray& csv)
{
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != kHeader) {
        return Error{u"line 1"_s, tr("line 1: the header must be \"%1\".").arg(QString::fromLatin1(kHeader))};
    }
    MunicipalityDirectory directory;
    qsizetype cityIndex = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype lineNumber = i + 1;
        const QString field = u"line %1"_s.arg(lineNumber);
        // No field of the 総務省 list holds a comma or a quote, so a plain split reads it.
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 5) {
            return Error{
                field, tr("line %1: expected 5 comma-separated fields, found %2.").arg(lineNumber).arg(fields.size())};
        }
        Municipality entry{QString::fromLatin1(fields.at(0)), QString::fromLatin1(fields.at(1)),
                           QString::fromUtf8(fields.at(2)), QString::fromUtf8(fields.at(3)),
                           QString::fromUtf8(fields.at(4))};
        if (entry.code.size() != 6 || !TextNormalizer::isAsciiDigits(entry.code)) {
            return Error{field, tr("line %1: the code \"%2\" is not 6 digits.").arg(lineNumber).arg(entry.code)};
        }
        if (entry.prefectureCode != entry.code.left(2)) {
            return Error{field,
                         tr("line %1: the prefecture code \"%2\" does not match the code %3.")
                             .arg(lineNumber)
                             .arg(entry.prefectureCode, entry.code)};
        }
        if (entry.prefecture.isEmpty() || entry.name.isEmpty() || entry.kana.isEmpty()) {
            return Error{field,
                         tr("line %1: the prefecture, the name and the kana must all be given.").arg(lineNumber)};
        }
        // Sorted input is what all() promises; checking it also catches a code listed twice.
        if (!directory.m_all.isEmpty() && entry.code <= directory.m_all.last().code) {
            return Error{field,
                         tr("line %1: the code %2 is out of order or listed twice.").arg(lineNumber).arg(entry.code)};
        }
        // The list gives a 政令指定都市 just before its wards (011002 札幌市, 011011 札幌市中央区, ...).
        if (cityIndex >= 0 && entry.prefectureCode == directory.m_all.at(cityIndex).prefectureCode
            && entry.name.startsWith(directory.m_all.at(cityIndex).name) && entry.name.endsWith(u'区')) {
            directory.m_cityOfWard.insert(entry.code, cityIndex);
        } else if (entry.name.endsWith(u'市')) {
            cityIndex = directory.m_all.size();
        } else {
            cityIndex = -1;
        }
        directory.m_byCode.insert(entry.code, directory.m_all.size());
        directory.m_prefectures.insert(entry.prefectureCode, entry.prefecture);
        directory.m_all.append(std::move(entry));
    }
    return directory;
}

const MunicipalityDirectory& MunicipalityDirectory::builtIn()
{
    static const MunicipalityDirectory directory = shipped::require(fromCsv(shipped::read(kFile)), kFile);
    return directory;
}

std::optional<Municipality> MunicipalityDirectory::find(const QString& code) const
{
    const auto index = m_byCode.constFind(TextNormalizer::numberText(code));
    if (index == m_byCode.cend()) {
        return std::nullopt;
    }
    return m_all.at(*index);
}

QString MunicipalityDirectory::name(const QString& code) const
{
    const std::optional<Municipality> entry = find(code);
    return entry ? entry->name : QString();
}

std::optional<Municipality> MunicipalityDirectory::cityOfWard(const QString& code) const
{
    const auto city = m_cityOfWard.constFind(TextNormalizer::numberText(code));
    if (city == m_cityOfWard.cend()) {
        return std::nullopt;
    }
    return m_all.at(*city);
}

Result<Municipality> MunicipalityDirectory::claimable(const QString& code, const QString& fieldName) const
{
    const ValidationResult valid = MunicipalityCode::validate(code, fieldName);
    if (!valid.acceptable()) {
        return Error{fieldName, valid.message};
    }
    const std::optional<Municipality> found = find(valid.normalized);
    if (!found) {
        return Error{fieldName,
                     tr("%1: %2 is not in the list of local government codes.").arg(fieldName, valid.normalized)};
    }
    if (found->isPrefecture()) {
        return Error{fieldName,
                     tr("%1: %2 (%3) is a prefecture. Enter the municipality instead.")
                         .arg(fieldName, found->code, found->name)};
    }
    if (const std::optional<Municipality> city = cityOfWard(found->code)) {
        return Error{fieldName,
                     tr("%1: %2 (%3) is a ward of a designated city, which pays its residents' claims. "
                        "Enter %4 (%5) instead.")
                         .arg(fieldName, found->code, found->name, city->name, city->code)};
    }
    return *found;
}

QString MunicipalityDirectory::prefecture(const QString& prefectureCode) const
{
    return m_prefectures.value(TextNormalizer::numberText(prefectureCode));
}

QList<Municipality> MunicipalityDirectory::search(const QString& text, int limit) const
{
    QList<Municipality> found;
    if (limit <= 0) {
        return found;
    }
    QString typed = TextNormalizer::normalize(text);
    typed.remove(u' ');
    if (typed.isEmpty()) {
        return found;
    }

    const QString digits = TextNormalizer::numberText(typed);
    if (TextNormalizer::isAsciiDigits(digits)) {
        for (const Municipality& entry : m_all) {
            if (!entry.isPrefecture() && !m_cityOfWard.contains(entry.code) && entry.code.startsWith(digits)) {
                found.append(entry);
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    // The list writes readings in katakana; an IME in kana mode types hiragana.
    const QString kana = TextNormalizer::toKatakana(typed);
    // One bucket per kind of match, each in the list's order, so that the ranking is stable.
    std::array<QList<qsizetype>, 3> buckets;
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const Municipality& entry = m_all.at(i);
        if (entry.isPrefecture() || m_cityOfWard.contains(entry.code)) {
            continue;
        }
        const Match best
            = std::min({matchOf(entry.name, typed), matchOf(entry.fullName(), typed), matchOf(entry.kana, kana)});
        if (best != Match::None) {
            buckets.at(size_t(best)).append(i);
        }
    }
    for (const QList<qsizetype>& bucket : buckets) {
        for (const qsizetype i : bucket) {
            if (found.size() == limit) {
                return found;
            }
            found.append(m_all.at(i));
        }
    }
    return found;
}

} // namespace vsys::core
