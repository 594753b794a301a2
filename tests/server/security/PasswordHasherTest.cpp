// SPDX-License-Identifier: MIT
#include "server/security/PasswordHasher.h"

#include <QString>

#include <gtest/gtest.h>
#include <thread>
#include <vector>

using vsys::server::PasswordHasher;
using namespace Qt::StringLiterals;

namespace {

bool verifyInSlot(const QString& storedHash, const QString& password)
{
    const auto permit = PasswordHasher::hashingSlots().acquire(PasswordHasher::kMaxSlotWait);
    return permit && PasswordHasher::verify(*permit, storedHash, password);
}

} // namespace

TEST(PasswordHasherTest, Initializes)
{
    EXPECT_TRUE(PasswordHasher::initialize());
    EXPECT_TRUE(PasswordHasher::initialize()); // a second call is harmless
}

TEST(PasswordHasherTest, HashIsArgon2idAndVerifies)
{
    const auto hash = PasswordHasher::hash(u"correct horse battery staple"_s);
    ASSERT_TRUE(hash.ok()) << hash.error().message.toStdString();
    EXPECT_TRUE(hash->startsWith(u"$argon2id$"_s)) << hash->toStdString();
    EXPECT_FALSE(hash->contains(u"correct"_s));
    EXPECT_TRUE(verifyInSlot(*hash, u"correct horse battery staple"_s));
}

TEST(PasswordHasherTest, WrongPasswordFails)
{
    const auto hash = PasswordHasher::hash(u"s3cret-Passw0rd"_s);
    ASSERT_TRUE(hash.ok());
    EXPECT_FALSE(verifyInSlot(*hash, u"s3cret-passw0rd"_s));
    EXPECT_FALSE(verifyInSlot(*hash, u"s3cret-Passw0rd "_s));
    EXPECT_FALSE(verifyInSlot(*hash, QString()));
}

TEST(PasswordHasherTest, SaltMakesEveryHashDifferent)
{
    const auto first = PasswordHasher::hash(u"same password"_s);
    const auto second = PasswordHasher::hash(u"same password"_s);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(*first, *second);
    EXPECT_TRUE(verifyInSlot(*first, u"same password"_s));
    EXPECT_TRUE(verifyInSlot(*second, u"same password"_s));
}

TEST(PasswordHasherTest, JapaneseAndEmptyPasswords)
{
    const auto japanese = PasswordHasher::hash(u"職域接種パスワード２０２２"_s);
    ASSERT_TRUE(japanese.ok());
    EXPECT_TRUE(verifyInSlot(*japanese, u"職域接種パスワード２０２２"_s));
    EXPECT_FALSE(verifyInSlot(*japanese, u"職域接種パスワード2022"_s));

    const auto empty = PasswordHasher::hash(QString());
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(verifyInSlot(*empty, QString()));
    EXPECT_FALSE(verifyInSlot(*empty, u"x"_s));
}

TEST(PasswordHasherTest, MalformedHashIsRejected)
{
    const auto good = PasswordHasher::hash(u"pw"_s);
    ASSERT_TRUE(good.ok());
    const QStringList malformed{
        QString(),
        u"pw"_s,
        u"$argon2id$"_s,
        u"$argon2id$v=19$m=65536,t=2,p=1$garbage"_s,
        good->left(good->size() - 5), // truncated
        *good + u"AAAA"_s, // extended
        QString(good->size(), u'$'), // right length, nonsense
        QString(1000, u'a'), // longer than any hash
        good->left(20) + u"ハッシュ"_s, // not ASCII
        QString(*good).replace(0, 9, u"$2y$10$abc"_s), // bcrypt-like prefix
    };
    for (const QString& hash : malformed) {
        EXPECT_FALSE(verifyInSlot(hash, u"pw"_s)) << hash.toStdString();
    }
}

TEST(PasswordHasherTest, HashingWaitsForAFreeSlot)
{
    auto& cap = PasswordHasher::hashingSlots();
    ASSERT_EQ(cap.capacity(), PasswordHasher::kConcurrentHashes);
    std::vector<vsys::server::HashingSlots::Permit> held;
    for (int i = 0; i < PasswordHasher::kConcurrentHashes; ++i) {
        auto permit = cap.acquire(PasswordHasher::kMaxSlotWait);
        ASSERT_TRUE(permit);
        held.push_back(std::move(*permit));
    }
    const quint64 grantedBefore = cap.statistics().granted;

    std::thread hashing([] { EXPECT_TRUE(PasswordHasher::hash(u"pw"_s).ok()); });
    // Until the hashing thread waits for a slot, or (wrongly) got one.
    while (cap.statistics().waiting == 0 && cap.statistics().granted == grantedBefore) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_EQ(cap.statistics().granted, grantedBefore); // no Argon2id run while every slot is held
    held.clear();
    hashing.join();
    EXPECT_EQ(cap.statistics().granted, grantedBefore + 1);
    EXPECT_EQ(cap.statistics().inUse, 0);
}
