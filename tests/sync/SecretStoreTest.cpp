// SPDX-License-Identifier: MIT
// Tests for the SecretStores: keys, the in-memory store, and the real OS keychain when a session bus is there.
#include "sync/KeychainSecretStore.h"
#include "sync/MemorySecretStore.h"

#include <QObject>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::sync::KeychainSecretStore;
using vsys::sync::MemorySecretStore;
using vsys::sync::SecretStore;

namespace {

std::optional<QString> readSecret(SecretStore& store, const QString& key, QObject& context)
{
    std::optional<QString> value;
    bool answered = false;
    store.read(key, &context, [&](const vsys::core::Result<std::optional<QString>>& read) {
        EXPECT_TRUE(read.ok()) << qPrintable(read.ok() ? QString() : read.error().message);
        value = read.ok() ? *read : std::nullopt;
        answered = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, 10000));
    return value;
}

bool writeSecret(SecretStore& store, const QString& key, const QString& secret, QObject& context)
{
    bool ok = false;
    bool answered = false;
    store.write(key, secret, &context, [&](const vsys::core::Result<void>& written) {
        EXPECT_TRUE(written.ok()) << qPrintable(written.ok() ? QString() : written.error().message);
        ok = written.ok();
        answered = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, 10000));
    return ok;
}

bool removeSecret(SecretStore& store, const QString& key, QObject& context)
{
    bool ok = false;
    bool answered = false;
    store.remove(key, &context, [&](const vsys::core::Result<void>& removed) {
        EXPECT_TRUE(removed.ok()) << qPrintable(removed.ok() ? QString() : removed.error().message);
        ok = removed.ok();
        answered = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, 10000));
    return ok;
}

/// Write, read back, overwrite, delete, read nothing, delete again: every store must behave alike.
void roundTrip(SecretStore& store)
{
    QObject context;
    const QString key
        = u"https://vsys.test/%1/password"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(10));
    EXPECT_EQ(readSecret(store, key, context), std::nullopt);
    ASSERT_TRUE(writeSecret(store, key, u"パスワード-1"_s, context));
    EXPECT_EQ(readSecret(store, key, context), u"パスワード-1"_s);
    ASSERT_TRUE(writeSecret(store, key, u"password-2"_s, context));
    EXPECT_EQ(readSecret(store, key, context), u"password-2"_s);
    ASSERT_TRUE(removeSecret(store, key, context));
    EXPECT_EQ(readSecret(store, key, context), std::nullopt);
    EXPECT_TRUE(removeSecret(store, key, context));
}

TEST(SecretStoreTest, KeysNameServerVsysIdAndSecret)
{
    EXPECT_EQ(SecretStore::key(QUrl(u"https://vsys.example.jp/"_s), u"1310000017"_s, SecretStore::Secret::Password),
              u"https://vsys.example.jp/1310000017/password"_s);
    EXPECT_EQ(SecretStore::key(QUrl(u"https://127.0.0.1:8443"_s), u"1310000017"_s, SecretStore::Secret::Token),
              u"https://127.0.0.1:8443/1310000017/token"_s);
}

TEST(SecretStoreTest, MemoryStoreRoundTrip)
{
    MemorySecretStore store;
    roundTrip(store);
}

TEST(SecretStoreTest, AnswersNeverReachADeadContext)
{
    MemorySecretStore store;
    bool called = false;
    {
        QObject context;
        store.write(u"k"_s, u"v"_s, &context, [&](const vsys::core::Result<void>&) { called = true; });
    }
    QTest::qWait(20);
    EXPECT_FALSE(called);
}

TEST(SecretStoreTest, KeychainRoundTrip)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        GTEST_SKIP() << "No D-Bus session bus: run under dbus-run-session with an unlocked gnome-keyring "
                        "(platform-notes.md §2d; scripts/run-tests.sh does this).";
    }
    KeychainSecretStore store(u"VSYS Desk (tests)"_s);
    roundTrip(store);
}

} // namespace
