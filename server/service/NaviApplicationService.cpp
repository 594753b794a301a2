// SPDX-License-Identifier: MIT
// NaviApplicationService: on PostgreSQL every submit takes one advisory lock first, so that neither the cap nor the
// submit token can be passed by two submits at once (SQLite's BEGIN IMMEDIATE already serialises them).
#include "server/service/NaviApplicationService.h"

#include "core/JapaneseFormat.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

/// Any number of our own; other users of advisory locks in this database pick others (SchemaMigrator).
constexpr qint64 kSubmitLock = 0x4e415649; // "NAVI"

} // namespace

NaviApplicationService::NaviApplicationService(Storage& storage,
                                               qint64 maxApplications,
                                               const core::NaviCatalogue& catalogue)
    : m_storage(storage)
    , m_maxApplications(maxApplications)
    , m_catalogue(catalogue)
{}

QString NaviApplicationService::notAcceptingMessage(const QString& code) const
{
    const auto place = m_catalogue.place(code);
    const QString name = place ? place->prefecture + u" "_s + place->name : u"選択された市町村"_s;
    return u"%1は、オンラインでの接種券発行申請に対応していない市町村です。"
           "お手数ですが、お住まいの市町村の窓口・電話・郵送で申請してください。"_s.arg(name);
}

Outcome<void> NaviApplicationService::seedWhenEmpty(const QDateTime& now)
{
    NaviApplicationRepository repository(m_storage);
    const auto rows = repository.municipalities();
    if (!rows) {
        return rows.error();
    }
    if (!rows->isEmpty()) {
        return {};
    }
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // ON CONFLICT in setAccepting: a second process seeding at the same time writes the same rows.
    for (const QString& code : m_catalogue.initiallyAccepting()) {
        if (auto set = repository.setAccepting(code, true, now); !set) {
            return set.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return {};
}

Outcome<QStringList> NaviApplicationService::acceptingMunicipalities()
{
    if (auto seeded = seedWhenEmpty(QDateTime::currentDateTimeUtc()); !seeded) {
        return seeded.error();
    }
    const auto rows = NaviApplicationRepository(m_storage).municipalities();
    if (!rows) {
        return rows.error();
    }
    QStringList codes;
    for (const NaviMunicipalityRow& row : *rows) {
        if (row.accepting) {
            codes.append(row.code);
        }
    }
    return codes;
}

Outcome<void> NaviApplicationService::setAccepting(const QString& code, bool accepting, const QDateTime& now)
{
    if (!m_catalogue.place(code)) {
        return core::Error{u"municipality"_s, tr("%1 is not a municipality code (6 digits, as 131032).").arg(code)};
    }
    if (auto seeded = seedWhenEmpty(now); !seeded) {
        return seeded.error();
    }
    if (auto set = NaviApplicationRepository(m_storage).setAccepting(code, accepting, now); !set) {
        return set.error();
    }
    return {};
}

Outcome<NaviSubmitted> NaviApplicationService::submit(const core::TicketApplication& application,
                                                      const QString& submitToken,
                                                      const QDateTime& now)
{
    const auto accepting = acceptingMunicipalities();
    if (!accepting) {
        return accepting.error();
    }
    NaviApplicationRepository repository(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (m_storage.isPostgres()) {
        if (auto locked = m_storage.execute(u"SELECT pg_advisory_xact_lock(:key)"_s, {{u"key"_s, kSubmitLock}});
            !locked) {
            return locked.error();
        }
    }
    const auto earlier = repository.findByToken(submitToken);
    if (!earlier) {
        return earlier.error();
    }
    if (*earlier) {
        const auto receipt = core::ReceiptNumber::parse((*earlier)->receipt);
        return NaviSubmitted{receipt.value_or(core::ReceiptNumber{}), (*earlier)->submittedAt, true};
    }
    if (!accepting->contains(application.municipalityCode)) {
        return core::Error{u"municipality"_s, notAcceptingMessage(application.municipalityCode)};
    }
    const auto stored = repository.count();
    if (!stored) {
        return stored.error();
    }
    if (*stored >= m_maxApplications) {
        return core::Error{{},
                           u"ただいま申請が大変混み合っているため、受け付けられません。"
                           "お手数ですが、お住まいの市町村に直接お問い合わせください。"_s,
                           core::ErrorCode::InvalidStatus};
    }
    const QDate day = core::JapaneseFormat::inJapan(now).date();
    const auto serial = repository.nextSerial(application.municipalityCode, day);
    if (!serial) {
        return serial.error();
    }
    const core::ReceiptNumber receipt{kDose, application.municipalityCode, day, *serial};
    NaviApplicationRecord record;
    record.receipt = receipt.format();
    record.municipalityCode = application.municipalityCode;
    record.submittedAt = now;
    record.content = application;
    if (auto inserted = repository.insert(record, submitToken); !inserted) {
        return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return NaviSubmitted{receipt, now, false};
}

Outcome<std::optional<NaviApplicationRecord>> NaviApplicationService::status(const QString& receipt, QDate birthDate)
{
    const auto number = core::ReceiptNumber::parse(receipt);
    if (!number || !birthDate.isValid()) {
        return std::optional<NaviApplicationRecord>();
    }
    const auto found = NaviApplicationRepository(m_storage).findByReceipt(number->format());
    if (!found) {
        return found.error();
    }
    if (!*found || (*found)->content.birthDate != birthDate) {
        return std::optional<NaviApplicationRecord>();
    }
    return *found;
}

Outcome<NaviApplicationPage>
NaviApplicationService::listForMunicipality(const QString& code, qint64 afterCursor, int limit)
{
    const int pageSize = std::clamp(limit, 1, kMaxPage);
    auto list = NaviApplicationRepository(m_storage).list(code, std::max<qint64>(afterCursor, 0), pageSize);
    if (!list) {
        return list.error();
    }
    NaviApplicationPage page;
    page.applications = *list;
    page.nextCursor = list->size() == pageSize ? list->last().id : 0;
    return page;
}

Outcome<int> NaviApplicationService::markShipped(const QString& code, const QStringList& receipts, const QDateTime& now)
{
    NaviApplicationRepository repository(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    int changed = 0;
    for (const QString& receipt : receipts) {
        const auto number = core::ReceiptNumber::parse(receipt);
        if (!number) {
            continue;
        }
        const auto marked = repository.markShipped(code, number->format(), now);
        if (!marked) {
            return marked.error();
        }
        changed += *marked ? 1 : 0;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return changed;
}

Outcome<int> NaviApplicationService::purgeBefore(const QDateTime& cutoff)
{
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto deleted = NaviApplicationRepository(m_storage).purgeBefore(cutoff);
    if (!deleted) {
        return deleted.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *deleted;
}

} // namespace vsys::server
