// SPDX-License-Identifier: MIT
// AccountSwitcher: the toolbar's V-SYS ID switcher. It lists the IDs this computer has used, each once and
// tagged with what it is for (1・2回目用 / 追加接種用, as a venue has two IDs once one was issued for the
// 追加接種), and adds an ID issued with a 確認済み application when the user accepts the offer.
#pragma once

#include "core/Result.h"
#include "core/application/VsysIdUse.h"
#include "db/AccountRepository.h"
#include "db/ApplicationRepository.h"

#include <QComboBox>

#include <optional>

namespace vsys::app {

class ClientSession;

class AccountSwitcher : public QComboBox
{
    Q_OBJECT
public:
    /// A new V-SYS ID (新規IDの発行) that came with a 確認済み application.
    struct IssuedId
    {
        QString vsysId;
        QString applicationNumber;
    };

    AccountSwitcher(db::Database& database, const ClientSession& session, QWidget* parent = nullptr);

    /// Lists the IDs again, the open one selected.
    void reload();
    /// What `account`'s ID is for, told by the applications of its venue, whichever of its IDs synced them
    /// (the local database keeps an application under one account only).
    core::VsysIdUse useOf(const db::Account& account) const;
    /// The ID used last, to open at start.
    std::optional<db::Account> lastUsed() const;
    /// The first ID issued with one of `applications` that is not listed yet and was not declined.
    std::optional<IssuedId> issuedIdToOffer(const QList<db::LocalApplication>& applications) const;
    /// Lists `vsysId`, issued to the open account's venue on its server. Its password comes by e-mail, so it
    /// is asked for when the user switches to it.
    core::Result<void> addIssuedId(const QString& vsysId);
    /// The user does not want `vsysId` offered again.
    static void declineIssuedId(const QString& vsysId);

signals:
    /// The user chose an ID other than the open one.
    void switchRequested(const vsys::db::Account& account);

private:
    /// "1310000017 (職域)サンプル職域接種会場（1・2回目用）": the ID, its venue and its use among the venue's IDs.
    static QString itemTextFor(const db::Account& account, core::VsysIdUse use);
    /// The accounts that reach the same server with the same ID are one ID to the user.
    bool sameId(const db::Account& a, const db::Account& b) const;
    void choose(int index);

    const ClientSession& m_session;
    db::AccountRepository m_accounts;
    db::ApplicationRepository m_applications;
    QList<db::Account> m_listed; ///< one per item, in the items' order
};

} // namespace vsys::app
