// SPDX-License-Identifier: MIT
// KeychainSecretStore: QtKeychain jobs delete themselves after finished(), so they are created
// without a parent and never outlive their answer.
#include "sync/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace vsys::sync {

namespace {

template <typename Job> Job* makeJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadHandler done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound) {
            done(std::optional<QString>());
        } else if (job->error() != QKeychain::NoError) {
            done(core::Error{{}, tr("Could not read from the keychain: %1").arg(job->errorString())});
        } else {
            done(std::optional<QString>(job->textData()));
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, WriteHandler done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(core::Error{{}, tr("Could not save to the keychain: %1").arg(job->errorString())});
        } else {
            done({});
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteHandler done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(core::Error{{}, tr("Could not remove from the keychain: %1").arg(job->errorString())});
        } else {
            done({});
        }
    });
    job->start();
}

} // namespace vsys::sync
