// SPDX-License-Identifier: MIT
#include "server/security/SessionToken.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using vsys::server::SessionToken;
using namespace Qt::StringLiterals;

TEST(SessionTokenTest, Is43UrlSafeCharactersOf32Bytes)
{
    const QString token = SessionToken::generate();
    EXPECT_EQ(token.size(), 43);
    EXPECT_TRUE(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(token).hasMatch()) << token.toStdString();
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded.decoded.size(), 32);
}

TEST(SessionTokenTest, TokensDiffer)
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        seen.insert(SessionToken::generate());
    }
    EXPECT_EQ(seen.size(), 1000);
}

TEST(SessionTokenTest, StorageHashIsHexSha256OfTheToken)
{
    const QString token = SessionToken::generate();
    const QString expected
        = QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(SessionToken::storageHash(token), expected);
    EXPECT_TRUE(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(SessionToken::storageHash(token)).hasMatch());
    EXPECT_NE(SessionToken::storageHash(token), SessionToken::storageHash(SessionToken::generate()));
}

TEST(SessionTokenTest, StorageHashKnownVector)
{
    // FIPS 180-2 test vector for "abc".
    EXPECT_EQ(SessionToken::storageHash(u"abc"_s),
              u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    EXPECT_EQ(SessionToken::storageHash(QString()),
              u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
}
