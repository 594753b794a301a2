// SPDX-License-Identifier: MIT
// SessionService: the same work for a wrong ID as for a wrong password, so timing tells nothing.
#include "server/service/SessionService.h"

#include "core/validation/Validators.h"
#include "server/Logging.h"
#include "server/security/LoginThrottle.h"
#include "server/security/PasswordHasher.h"
#include "server/security/SessionToken.h"
#include "server/storage/SessionRepository.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <mutex>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

/// A real hash of a random password, verified when the ID is unknown so that the answer takes as
/// long as for a known ID.
const QString& decoyHash()
{
    static QString hash;
    static std::once_flag once;
    std::call_once(once, [] {
        const auto made = PasswordHasher::hash(SessionToken::generate());
        hash = made ? *made : QString();
    });
    return hash;
}

std::chrono::seconds secondsUntil(const QDateTime& from, const QDateTime& to)
{
    // Rounded up, so that a client waiting Retry-After seconds is never early.
    const qint64 ms = from.msecsTo(to);
    return std::chrono::seconds(std::max<qint64>(1, (ms + 999) / 1000));
}

} // namespace

SessionService::SessionService(Storage& storage)
    : m_storage(storage)
{}

QString SessionService::wrongCredentialsMessage()
{
    return tr("The V-SYS ID or the password is not correct. Please check both and try again.");
}

Outcome<Login> SessionService::login(const QString& vsysId, const QString& password)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Made before any slot is taken: the first call hashes, and hash() waits for a slot itself.
    const QString& decoy = decoyHash();
    // Only a well-formed ID can exist; others fail without a row, which tells an attacker nothing new.
    if (!core::VsysId::isWellFormed(vsysId)) {
        const auto permit = PasswordHasher::hashingSlots().acquire(PasswordHasher::kMaxSlotWait);
        if (!permit) {
            return busy();
        }
        (void)PasswordHasher::verify(*permit, decoy, password);
        return ServiceError{core::Error{{}, wrongCredentialsMessage(), core::ErrorCode::Unauthorized}};
    }
    // The attempt is taken before the password is checked, so that concurrent logins cannot all pass
    // a lock that the failures among them are about to set.
    if (auto taken = takeAttempt(vsysId); !taken) {
        return taken.error();
    }

    VenueRepository venues(m_storage);
    const auto account = venues.findAccount(vsysId);
    if (!account) {
        return account.error();
    }
    const auto permit = PasswordHasher::hashingSlots().acquire(PasswordHasher::kMaxSlotWait);
    if (!permit) {
        return busy();
    }
    const QString hash = *account ? (*account)->passwordHash : decoy;
    if (!PasswordHasher::verify(*permit, hash, password) || !*account) {
        // The attempt taken above stays counted as the failure.
        return ServiceError{core::Error{{}, wrongCredentialsMessage(), core::ErrorCode::Unauthorized}};
    }
    const auto venue = venues.find((*account)->venueId);
    if (!venue) {
        return venue.error();
    }
    if (!*venue) {
        return m_storage.failure(u"account %1 has no venue"_s.arg(vsysId));
    }

    Login login{SessionToken::generate(), now.addSecs(kSessionHours * 3600), vsysId, (*venue)->id, (*venue)->name};
    SessionRepository sessions(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto cleared = sessions.clearFailures(vsysId); !cleared) {
        return cleared.error();
    }
    if (auto purged = sessions.removeExpired(now); !purged) {
        return purged.error();
    }
    if (auto saved
        = sessions.insert({SessionToken::storageHash(login.token), vsysId, login.venueId, login.expiresAt}, now);
        !saved) {
        return saved.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcServerHttp) << "Login of V-SYS ID" << vsysId;
    return login;
}

Outcome<std::monostate> SessionService::takeAttempt(const QString& vsysId)
{
    SessionRepository sessions(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Read after SQLite's BEGIN IMMEDIATE has waited for the other logins' transactions; PostgreSQL
    // waits in reserveAttempt(), so the Retry-After below reads the time again. Either way a lock
    // another login just set never seems to last longer than its lockout.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto attempt = sessions.reserveAttempt(vsysId, now);
    if (!attempt) {
        return attempt.error();
    }
    if (!*attempt) {
        const auto lockedUntil = sessions.lockedUntil(vsysId);
        if (!lockedUntil) {
            return lockedUntil.error();
        }
        const std::chrono::seconds wait = secondsUntil(QDateTime::currentDateTimeUtc(), *lockedUntil);
        return ServiceError{
            core::Error{{},
                        tr("Too many failed logins for this V-SYS ID. Please wait a while and try again "
                           "(about %n minute(s)).",
                           nullptr, int((wait.count() + 59) / 60)),
                        core::ErrorCode::TooManyAttempts},
            std::nullopt, wait};
    }
    // The attempt whose failure calls for a lockout sets it now, before its password is checked, so
    // that no later attempt gets in meanwhile; a right password lifts the lock again.
    const std::chrono::seconds lockout = LoginThrottle::lockoutAfter(**attempt);
    if (lockout.count() > 0) {
        if (auto locked = sessions.lock(vsysId, now.addSecs(lockout.count())); !locked) {
            return locked.error();
        }
        qCWarning(lcServerHttp) << "V-SYS ID" << vsysId << "locked for" << lockout.count() << "s after" << **attempt
                                << "login attempts without success";
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return std::monostate();
}

ServiceError SessionService::busy()
{
    return ServiceError{core::Error{{},
                                    tr("The server is busy checking other logins. Please try again in a few seconds."),
                                    core::ErrorCode::TooManyAttempts},
                        std::nullopt, kBusyRetryAfter};
}

Outcome<std::monostate> SessionService::logout(const VenueSession& session)
{
    if (auto removed = SessionRepository(m_storage).remove(session.tokenHash); !removed) {
        return removed.error();
    }
    return std::monostate();
}

core::Result<std::optional<VenueSession>> SessionService::authenticate(const QString& token)
{
    const QString hash = SessionToken::storageHash(token);
    const auto found = SessionRepository(m_storage).findValid(hash, QDateTime::currentDateTimeUtc());
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return std::optional<VenueSession>();
    }
    return std::optional(VenueSession{hash, (*found)->vsysId, (*found)->venueId});
}

} // namespace vsys::server
