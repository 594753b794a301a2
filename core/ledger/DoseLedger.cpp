// SPDX-License-Identifier: MIT
#include "core/ledger/DoseLedger.h"

#include "core/ledger/TicketNumber.h"

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

/// From 2021-12-01 the new-format 予診票 marks 時間外/休日 and the surcharge is claimed with the fee; before
/// it, and for an old-format 予診票 after it, the surcharge is claimed separately (domain-rules.md §0.2).
const QDate kSurchargeOnClaimFrom(2021, 12, 1);

bool entryOrder(const DoseEntry& a, const DoseEntry& b)
{
    return std::tie(a.date, a.time, a.enteredAt, a.id) < std::tie(b.date, b.time, b.enteredAt, b.id);
}

/// Which of two versions of a row stands when corrections branched (two desks corrected it before a sync):
/// the one entered last, then the larger id, so every desk picks the same.
bool enteredBefore(const DoseEntry& a, const DoseEntry& b)
{
    return std::tie(a.enteredAt, a.id) < std::tie(b.enteredAt, b.id);
}

int doseNumberOf(const QString& ticket)
{
    return ticket.size() == 18 ? ticket.at(1).digitValue() : 0;
}

} // namespace

DoseLedger::DoseLedger(QList<DoseEntry> records)
    : m_records(std::move(records))
{
    QHash<QString, qsizetype> byId;
    QSet<QString> superseded;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        byId.insert(m_records.at(i).id, i);
        if (!m_records.at(i).supersedes.isEmpty()) {
            superseded.insert(m_records.at(i).supersedes);
        }
    }
    // A row is named by its first entry: follow `supersedes` back. A correction whose original has not arrived
    // yet (another desk's, before a sync) still joins the row under the original's id; a cycle, which only a
    // damaged store could hold, stops the walk.
    QHash<QString, QList<qsizetype>> rows;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        QString root = m_records.at(i).id;
        QString next = m_records.at(i).supersedes;
        int depth = 0;
        QSet<QString> seen{root};
        while (!next.isEmpty() && !seen.contains(next)) {
            seen.insert(next);
            root = next;
            ++depth;
            const auto found = byId.constFind(next);
            next = found == byId.constEnd() ? QString() : m_records.at(*found).supersedes;
        }
        m_rootOf.insert(m_records.at(i).id, root);
        m_depth.insert(m_records.at(i).id, depth);
        rows[root].append(i);
    }
    for (const QList<qsizetype>& versions : std::as_const(rows)) {
        const DoseEntry* latest = nullptr;
        for (qsizetype i : versions) {
            const DoseEntry& version = m_records.at(i);
            if (superseded.contains(version.id) && versions.size() > 1) {
                continue;
            }
            if (latest == nullptr || enteredBefore(*latest, version)) {
                latest = &version;
            }
        }
        if (latest != nullptr && !latest->voided) {
            m_current.append(*latest);
        }
    }
    std::sort(m_current.begin(), m_current.end(), entryOrder);
}

QList<DoseEntry> DoseLedger::current() const
{
    return m_current;
}

QList<DoseEntry> DoseLedger::history(const QString& id) const
{
    const QString root = m_rootOf.value(id, id);
    QList<DoseEntry> versions;
    for (const DoseEntry& record : m_records) {
        if (m_rootOf.value(record.id) == root) {
            versions.append(record);
        }
    }
    std::sort(versions.begin(), versions.end(), [this](const DoseEntry& a, const DoseEntry& b) {
        const int depthA = m_depth.value(a.id);
        const int depthB = m_depth.value(b.id);
        return depthA != depthB ? depthA < depthB : enteredBefore(a, b);
    });
    return versions;
}

std::optional<DoseEntry> DoseLedger::earlierUse(const QString& ticket, const QString& exceptId) const
{
    const QString digits = TicketReader::normalized(ticket);
    const QString exceptRow = exceptId.isEmpty() ? QString() : m_rootOf.value(exceptId, exceptId);
    for (const DoseEntry& row : m_current) {
        if (row.kind == DoseKind::Vaccination && row.ticket == digits
            && (exceptRow.isEmpty() || m_rootOf.value(row.id) != exceptRow)) {
            return row;
        }
    }
    return std::nullopt;
}

QSet<QString> DoseLedger::duplicateIds() const
{
    QHash<QString, QStringList> byTicket;
    for (const DoseEntry& row : m_current) {
        if (row.kind == DoseKind::Vaccination) {
            byTicket[row.ticket].append(row.id);
        }
    }
    QSet<QString> duplicates;
    for (const QStringList& ids : std::as_const(byTicket)) {
        if (ids.size() > 1) {
            duplicates.unite(QSet<QString>(ids.begin(), ids.end()));
        }
    }
    return duplicates;
}

DoseTotals DoseLedger::totals(const QString& vaccine, QDate asOf) const
{
    DoseTotals totals;
    for (const DoseEntry& row : m_current) {
        if (row.kind != DoseKind::Vaccination || row.vaccine != vaccine || row.date > asOf) {
            continue;
        }
        switch (doseNumberOf(row.ticket)) {
        case 1:
            ++totals.first;
            break;
        case 2:
            ++totals.second;
            break;
        case 3:
            ++totals.third;
            break;
        default:
            break;
        }
    }
    return totals;
}

LedgerClaim DoseLedger::claim(QDate vaccinationMonth, const ClinicHours& hours, const HolidayCalendar& calendar) const
{
    const QDate first(vaccinationMonth.year(), vaccinationMonth.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    // Keys in the enumerators' order, which is the form's: the lines come out sorted as the claim lists them.
    using LineKey = std::tuple<TicketSheet, QString, DoseKind, AgeBand, TimeBand>;
    using SurchargeKey = std::tuple<QString, DoseKind, AgeBand, TimeBand>;
    std::map<LineKey, qint64> lines;
    std::map<SurchargeKey, qint64> surcharges;
    for (const DoseEntry& row : m_current) {
        if (row.date < first || row.date > last) {
            continue;
        }
        const auto ticket = TicketReader::read(row.ticket);
        if (!ticket) {
            continue;
        }
        const QString& municipality = ticket->payingMunicipality;
        const TimeBand band = hours.band(row.date, row.time, calendar);
        const bool separate = row.date < kSurchargeOnClaimFrom || row.form == ScreeningForm::Old;
        if (separate && band != TimeBand::Regular) {
            ++surcharges[{municipality, row.kind, row.age, band}];
        }
        ++lines[{row.sheet, municipality, row.kind, row.age, separate ? TimeBand::Regular : band}];
    }
    LedgerClaim claim;
    for (const auto& [key, count] : lines) {
        const auto& [sheet, municipality, kind, age, time] = key;
        claim.lines.append(ClaimLine{sheet, BillingCount{municipality, kind, age, time, count}});
    }
    for (const auto& [key, count] : surcharges) {
        const auto& [municipality, kind, age, time] = key;
        claim.separateSurcharges.append(OldFormSurcharge{municipality, time, age, kind, count});
    }
    return claim;
}

QMap<QDate, int> DoseLedger::dailyVaccinations(QDate from, QDate to) const
{
    QMap<QDate, int> perDay;
    for (const DoseEntry& row : m_current) {
        if (row.kind == DoseKind::Vaccination && row.date >= from && row.date <= to) {
            ++perDay[row.date];
        }
    }
    return perDay;
}

} // namespace vsys::core
