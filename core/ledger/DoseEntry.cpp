// SPDX-License-Identifier: MIT
#include "core/ledger/DoseEntry.h"

#include "core/billing/BillingJson.h"
#include "core/billing/IsoDate.h"
#include "core/ledger/TicketNumber.h"
#include "core/report/VaccineCatalog.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

const QStringList kKeys{u"id"_s,      u"supersedes"_s, u"voided"_s,     u"reason"_s,    u"administered_at"_s,
                        u"ticket"_s,  u"kind"_s,       u"age"_s,        u"form"_s,      u"sheet"_s,
                        u"vaccine"_s, u"desk"_s,       u"entered_by"_s, u"entered_at"_s};

bool isLowerUuid(const QString& text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

/// A string value of at most `maxLength` characters with no control characters; errors name the key.
Result<QString> boundedText(const QJsonObject& object, const QString& key, qsizetype maxLength)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return Error{key, DoseJson::tr("%1: give a text value.").arg(key)};
    }
    const QString text = value.toString();
    if (text.size() > maxLength || hasControlCharacter(text)) {
        return Error{key, DoseJson::tr("%1: at most %2 characters, without line breaks.").arg(key).arg(maxLength)};
    }
    return text;
}

Result<TicketSheet> readSheet(const QString& text)
{
    for (TicketSheet sheet : {TicketSheet::Attached, TicketSheet::Printed}) {
        if (text == MonthlyClaim::key(sheet)) {
            return sheet;
        }
    }
    return Error{u"sheet"_s, DoseJson::tr("%1: give \"attached\" or \"printed\".").arg(u"sheet"_s)};
}

} // namespace

QString DoseJson::key(ScreeningForm form)
{
    return form == ScreeningForm::New ? u"new"_s : u"old"_s;
}

std::optional<ScreeningForm> DoseJson::screeningForm(const QString& key)
{
    for (ScreeningForm form : {ScreeningForm::New, ScreeningForm::Old}) {
        if (key == DoseJson::key(form)) {
            return form;
        }
    }
    return std::nullopt;
}

QString DoseJson::administeredAt(QDate date, QTime time)
{
    return date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm"_s);
}

bool DoseJson::parseAdministeredAt(const QString& text, QDate* date, QTime* time)
{
    if (text.size() != 16 || text.at(10) != u'T' || text.at(13) != u':') {
        return false;
    }
    const QDate day = parseIsoDate(text.first(10));
    const QString clock = text.sliced(11);
    const bool digits = TextNormalizer::isAsciiDigits(clock.first(2)) && TextNormalizer::isAsciiDigits(clock.sliced(3));
    const QTime at = digits ? QTime::fromString(clock, u"HH:mm"_s) : QTime();
    if (!day.isValid() || !at.isValid()) {
        return false;
    }
    *date = day;
    *time = at;
    return true;
}

QJsonObject DoseJson::toJson(const DoseEntry& entry)
{
    return {
        {u"id"_s, entry.id},
        {u"supersedes"_s, entry.supersedes},
        {u"voided"_s, entry.voided},
        {u"reason"_s, entry.reason},
        {u"administered_at"_s, administeredAt(entry.date, entry.time)},
        {u"ticket"_s, entry.ticket},
        {u"kind"_s, BillingJson::key(entry.kind)},
        {u"age"_s, BillingJson::key(entry.age)},
        {u"form"_s, key(entry.form)},
        {u"sheet"_s, MonthlyClaim::key(entry.sheet)},
        {u"vaccine"_s, entry.vaccine},
        {u"desk"_s, entry.desk},
        {u"entered_by"_s, entry.enteredBy},
        {u"entered_at"_s, entry.enteredAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Result<DoseEntry> DoseJson::fromJson(const QJsonObject& object)
{
    for (const QString& key : object.keys()) {
        if (!kKeys.contains(key)) {
            return Error{key, tr("%1: unknown key.").arg(key)};
        }
    }
    DoseEntry entry;

    entry.id = object.value(u"id"_s).toString();
    if (!isLowerUuid(entry.id)) {
        return Error{u"id"_s, tr("%1: give the row's id as a lower-case UUID.").arg(u"id"_s)};
    }
    entry.supersedes = object.value(u"supersedes"_s).toString();
    if (!object.value(u"supersedes"_s).isString() || (!entry.supersedes.isEmpty() && !isLowerUuid(entry.supersedes))
        || entry.supersedes == entry.id) {
        return Error{u"supersedes"_s,
                     tr("%1: give the id of the corrected row as a lower-case UUID, or \"\" for a first entry.")
                         .arg(u"supersedes"_s)};
    }
    if (!object.value(u"voided"_s).isBool()) {
        return Error{u"voided"_s, tr("%1: give true or false.").arg(u"voided"_s)};
    }
    entry.voided = object.value(u"voided"_s).toBool();
    if (entry.voided && entry.supersedes.isEmpty()) {
        return Error{u"voided"_s, tr("%1: only a correction of an earlier row can withdraw it.").arg(u"voided"_s)};
    }
    const auto reason = boundedText(object, u"reason"_s, kMaxDoseReasonLength);
    if (!reason) {
        return reason.error();
    }
    entry.reason = reason->trimmed();
    if (!entry.supersedes.isEmpty() && entry.reason.isEmpty()) {
        return Error{u"reason"_s, tr("%1: a correction needs its reason.").arg(u"reason"_s)};
    }

    if (!parseAdministeredAt(object.value(u"administered_at"_s).toString(), &entry.date, &entry.time)) {
        return Error{u"administered_at"_s,
                     tr("%1: give the date and time as YYYY-MM-DDTHH:MM (Japan time).").arg(u"administered_at"_s)};
    }

    const QString ticket = object.value(u"ticket"_s).toString();
    const auto read = TicketReader::read(ticket);
    if (!read) {
        return read.error();
    }
    if (read->digits != ticket) {
        return Error{u"ticket"_s, tr("%1: give the 18 digits without separators.").arg(u"ticket"_s)};
    }
    entry.ticket = ticket;

    const auto kind = BillingJson::doseKind(object.value(u"kind"_s).toString());
    if (!kind) {
        return Error{u"kind"_s, tr("%1: give \"vaccination\" or \"screening_only\".").arg(u"kind"_s)};
    }
    entry.kind = *kind;
    const auto age = BillingJson::ageBand(object.value(u"age"_s).toString());
    if (!age) {
        return Error{u"age"_s, tr("%1: give \"6plus\" or \"under6\".").arg(u"age"_s)};
    }
    entry.age = *age;
    const auto form = screeningForm(object.value(u"form"_s).toString());
    if (!form) {
        return Error{u"form"_s, tr("%1: give \"new\" or \"old\".").arg(u"form"_s)};
    }
    entry.form = *form;
    const auto sheet = readSheet(object.value(u"sheet"_s).toString());
    if (!sheet) {
        return sheet.error();
    }
    entry.sheet = *sheet;

    entry.vaccine = object.value(u"vaccine"_s).toString();
    if (VaccineCatalog::builtIn().find(entry.vaccine) == nullptr) {
        return VaccineCatalog::builtIn().unknown(u"vaccine"_s);
    }
    const auto desk = boundedText(object, u"desk"_s, kMaxDoseDeskLength);
    if (!desk) {
        return desk.error();
    }
    entry.desk = *desk;
    entry.enteredBy = object.value(u"entered_by"_s).toString();
    if (!object.value(u"entered_by"_s).isString()
        || (!entry.enteredBy.isEmpty() && !VsysId::isWellFormed(entry.enteredBy))) {
        return Error{u"entered_by"_s, tr("%1: give the V-SYS ID (10 digits).").arg(u"entered_by"_s)};
    }
    const QString enteredAt = object.value(u"entered_at"_s).toString();
    entry.enteredAt = QDateTime::fromString(enteredAt, Qt::ISODateWithMs);
    if (!enteredAt.endsWith(u'Z') || !entry.enteredAt.isValid()) {
        return Error{u"entered_at"_s,
                     tr("%1: give the time of entry in UTC, as 2022-03-14T00:05:00Z.").arg(u"entered_at"_s)};
    }
    entry.enteredAt = entry.enteredAt.toUTC();
    return entry;
}

} // namespace vsys::core
