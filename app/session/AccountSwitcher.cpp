// SPDX-License-Identifier: MIT
#include "app/session/AccountSwitcher.h"

#include "app/session/ClientSession.h"
#include "core/application/VsysIdUse.h"
#include "sync/SyncService.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

const QString kDeclinedKey = u"applications/dismissedVsysIds"_s;

} // namespace

AccountSwitcher::AccountSwitcher(db::Database& database, const ClientSession& session, QWidget* parent)
    : QComboBox(parent)
    , m_session(session)
    , m_accounts(database)
    , m_applications(database)
{
    setObjectName(u"accountComboBox"_s);
    setAccessibleName(tr("V-SYS ID in use"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &AccountSwitcher::choose);
}

void AccountSwitcher::reload()
{
    clear();
    m_listed.clear();
    const auto accounts = m_accounts.all();
    if (!accounts) {
        return;
    }
    for (const db::Account& account : *accounts) {
        // Most recently used first: an older row of the same ID (e.g. from an earlier port of the embedded
        // server) adds nothing to choose from.
        if (std::none_of(m_listed.cbegin(), m_listed.cend(),
                         [&](const db::Account& a) { return sameId(a, account); })) {
            m_listed.append(account);
        }
    }
    // In the order of the IDs, so that the items keep their places whichever was used last.
    std::stable_sort(m_listed.begin(), m_listed.end(),
                     [](const db::Account& a, const db::Account& b) { return a.vsysId < b.vsysId; });
    const auto open = m_session.sync().account();
    for (const db::Account& account : std::as_const(m_listed)) {
        addItem(itemTextFor(account, useOf(account)));
        if (open && sameId(*open, account)) {
            setCurrentIndex(count() - 1);
        }
    }
}

core::VsysIdUse AccountSwitcher::useOf(const db::Account& account) const
{
    QList<core::ApplicationRecord> venueApplications;
    if (const auto accounts = m_accounts.all()) {
        for (const db::Account& sibling : *accounts) {
            const auto stored = m_applications.all(sibling.id);
            if (sibling.venueId != account.venueId || !stored) {
                continue;
            }
            for (const db::LocalApplication& local : *stored) {
                venueApplications.append(local.record);
            }
        }
    }
    return core::VsysIdUses::of(account.vsysId, venueApplications);
}

std::optional<db::Account> AccountSwitcher::lastUsed() const
{
    const auto accounts = m_accounts.all();
    if (!accounts || accounts->isEmpty()) {
        return std::nullopt;
    }
    return accounts->constFirst();
}

std::optional<AccountSwitcher::IssuedId>
AccountSwitcher::issuedIdToOffer(const QList<db::LocalApplication>& applications) const
{
    const QStringList declined = QSettings().value(kDeclinedKey).toStringList();
    for (const db::LocalApplication& local : applications) {
        const QString issued = local.record.issuedVsysId;
        if (local.record.status != core::ApplicationStatus::Confirmed || issued.isEmpty()
            || declined.contains(issued)) {
            continue;
        }
        const bool listed = std::any_of(m_listed.cbegin(), m_listed.cend(),
                                        [&](const db::Account& account) { return account.vsysId == issued; });
        if (!listed) {
            return IssuedId{issued, local.record.number};
        }
    }
    return std::nullopt;
}

core::Result<void> AccountSwitcher::addIssuedId(const QString& vsysId)
{
    const auto open = m_session.sync().account();
    if (!open) {
        return core::Error{u"vsysId"_s, tr("Log in with a V-SYS ID of the venue first.")};
    }
    db::Account account;
    account.serverUrl = open->serverUrl;
    account.vsysId = vsysId;
    account.venueId = open->venueId;
    account.venueName = open->venueName;
    if (const auto saved = m_accounts.save(account); !saved) {
        return saved.error();
    }
    reload();
    return {};
}

void AccountSwitcher::declineIssuedId(const QString& vsysId)
{
    QSettings().setValue(kDeclinedKey, QSettings().value(kDeclinedKey).toStringList() << vsysId);
}

QString AccountSwitcher::itemTextFor(const db::Account& account, core::VsysIdUse idUse)
{
    const QString use = core::VsysIdUses::label(idUse);
    return use.isEmpty() ? u"%1 %2"_s.arg(account.vsysId, account.venueName)
                         : tr("%1 %2 (%3)").arg(account.vsysId, account.venueName, use);
}

bool AccountSwitcher::sameId(const db::Account& a, const db::Account& b) const
{
    return a.vsysId == b.vsysId
        && db::AccountRepository::canonicalServerUrl(m_session.accountServerUrl(a.serverUrl))
        == db::AccountRepository::canonicalServerUrl(m_session.accountServerUrl(b.serverUrl));
}

void AccountSwitcher::choose(int index)
{
    if (index < 0 || index >= m_listed.size()) {
        return;
    }
    const db::Account& chosen = m_listed.at(index);
    const auto open = m_session.sync().account();
    if (!open || !sameId(*open, chosen)) {
        emit switchRequested(chosen);
    }
}

} // namespace vsys::app
