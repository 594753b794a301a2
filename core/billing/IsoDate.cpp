// SPDX-License-Identifier: MIT
#include "core/billing/IsoDate.h"

namespace vsys::core {

namespace {

// Digits everywhere except at the hyphens; QDate's own parser also accepts signs and other widths.
bool hasShape(const QString& text, qsizetype size)
{
    if (text.size() != size) {
        return false;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const bool hyphen = i == 4 || i == 7;
        if (hyphen ? text.at(i) != u'-' : (text.at(i) < u'0' || text.at(i) > u'9')) {
            return false;
        }
    }
    return true;
}

} // namespace

QDate parseIsoDate(const QString& text)
{
    return hasShape(text, 10) ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QDate parseYearMonth(const QString& text)
{
    if (!hasShape(text, 7)) {
        return {};
    }
    return QDate(text.first(4).toInt(), text.sliced(5).toInt(), 1);
}

} // namespace vsys::core
