// SPDX-License-Identifier: MIT
// The certificate files: what Qt reads from them, file modes, ensure() and the fingerprint.
#include "server/tls/SelfSignedCertificate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>
#include <sys/stat.h>

using vsys::server::SelfSignedCertificate;
using namespace Qt::StringLiterals;

namespace {

class SelfSignedCertificateTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString certificatePath() const { return path(u"server.crt"_s); }
    QString keyPath() const { return path(u"private/server.key"_s); }

    static QByteArray read(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QSslCertificate certificate(const QString& file)
    {
        const auto list = QSslCertificate::fromData(read(file), QSsl::Pem);
        return list.size() == 1 ? list.first() : QSslCertificate();
    }
    static unsigned mode(const QString& file)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? (st.st_mode & 07777U) : 0U;
    }
    /// `openssl x509 -noout -fingerprint -sha256`, the part after '='.
    static QString opensslFingerprint(const QString& file)
    {
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, file});
        if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0) {
            return {};
        }
        const QString out = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
        return out.section(u'=', 1);
    }

    QTemporaryDir m_dir;
};

TEST_F(SelfSignedCertificateTest, CreatesAPairQtCanLoad)
{
    ASSERT_TRUE(m_dir.isValid());
    const auto created = SelfSignedCertificate::create(certificatePath(), keyPath());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();

    const QSslCertificate cert = certificate(certificatePath());
    ASSERT_FALSE(cert.isNull());
    EXPECT_TRUE(cert.isSelfSigned());
    EXPECT_EQ(cert.version(), "3");
    EXPECT_EQ(cert.subjectInfo(QSslCertificate::CommonName), QStringList{u"VSYS Desk embedded server"_s});
    EXPECT_EQ(cert.issuerInfo(QSslCertificate::CommonName), QStringList{u"VSYS Desk embedded server"_s});
    EXPECT_EQ(cert.publicKey().algorithm(), QSsl::Ec);
    EXPECT_EQ(cert.publicKey().length(), 256);
    EXPECT_TRUE(cert.toText().contains(u"ecdsa-with-SHA256"_s)) << cert.toText().toStdString();

    const QByteArray keyPem = read(keyPath());
    EXPECT_TRUE(keyPem.startsWith("-----BEGIN PRIVATE KEY-----\n")) << "PKCS#8 expected";
    const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    ASSERT_FALSE(key.isNull());
    EXPECT_EQ(key.length(), 256);
}

TEST_F(SelfSignedCertificateTest, SubjectAltNamesAndCaConstraint)
{
    const auto created = SelfSignedCertificate::create(
        certificatePath(), keyPath(),
        {u"vsys.example.lan"_s, u"192.168.10.5"_s, u"::1"_s, u" LOCALHOST "_s, u"127.0.0.1"_s});
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const QSslCertificate cert = certificate(certificatePath());
    ASSERT_FALSE(cert.isNull());

    const auto names = cert.subjectAlternativeNames();
    QStringList dns = names.values(QSsl::DnsEntry);
    dns.sort();
    EXPECT_EQ(dns.join(u' ').toStdString(), "localhost vsys.example.lan");
    const QStringList ips = names.values(QSsl::IpAddressEntry);
    EXPECT_EQ(ips.size(), 3) << ips.join(u", "_s).toStdString();
    EXPECT_TRUE(ips.contains(u"127.0.0.1"_s));
    EXPECT_TRUE(ips.contains(u"192.168.10.5"_s));
    EXPECT_TRUE(ips.contains(u"::1"_s) || ips.contains(u"0:0:0:0:0:0:0:1"_s)) << ips.join(u", "_s).toStdString();

    bool sawBasicConstraints = false;
    for (const QSslCertificateExtension& extension : cert.extensions()) {
        if (extension.name() == u"basicConstraints"_s) {
            sawBasicConstraints = true;
            EXPECT_TRUE(extension.isCritical());
            EXPECT_TRUE(extension.value().toMap().value(u"ca"_s).toBool());
        }
    }
    EXPECT_TRUE(sawBasicConstraints);
}

TEST_F(SelfSignedCertificateTest, JapaneseHostNameBecomesPunycode)
{
    const auto created = SelfSignedCertificate::create(certificatePath(), keyPath(), {u"接種会場.example"_s});
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const QStringList dns = certificate(certificatePath()).subjectAlternativeNames().values(QSsl::DnsEntry);
    EXPECT_TRUE(dns.contains(QString::fromLatin1(QUrl::toAce(u"接種会場.example"_s))))
        << dns.join(u", "_s).toStdString();
}

TEST_F(SelfSignedCertificateTest, ValidityIsTheGivenDays)
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto created = SelfSignedCertificate::create(certificatePath(), keyPath(), {}, 30);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const QSslCertificate cert = certificate(certificatePath());
    EXPECT_LE(cert.effectiveDate(), before);
    EXPECT_GE(cert.effectiveDate(), before.addSecs(-2LL * 3600));
    EXPECT_GE(cert.expiryDate(), before.addDays(30).addSecs(-5));
    EXPECT_LE(cert.expiryDate(), before.addDays(30).addSecs(60));

    ASSERT_TRUE(SelfSignedCertificate::create(certificatePath(), keyPath()).ok());
    EXPECT_GE(certificate(certificatePath()).expiryDate(), before.addDays(3650).addSecs(-5));
}

TEST_F(SelfSignedCertificateTest, KeyFileIsPrivate)
{
    ASSERT_TRUE(SelfSignedCertificate::create(certificatePath(), keyPath()).ok());
    EXPECT_EQ(mode(keyPath()), 0600U);

    // Replacing a key that someone made world-readable still leaves a private file.
    ASSERT_TRUE(QFile::setPermissions(
        keyPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_EQ(mode(keyPath()), 0644U);
    ASSERT_TRUE(SelfSignedCertificate::create(certificatePath(), keyPath()).ok());
    EXPECT_EQ(mode(keyPath()), 0600U);
}

TEST_F(SelfSignedCertificateTest, EachCreateMakesANewPair)
{
    ASSERT_TRUE(SelfSignedCertificate::create(certificatePath(), keyPath()).ok());
    const QByteArray firstKey = read(keyPath());
    const auto first = SelfSignedCertificate::fingerprint(certificatePath());
    ASSERT_TRUE(SelfSignedCertificate::create(certificatePath(), keyPath()).ok());
    const auto second = SelfSignedCertificate::fingerprint(certificatePath());
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(*first, *second);
    EXPECT_NE(read(keyPath()), firstKey);
}

TEST_F(SelfSignedCertificateTest, FingerprintMatchesOpensslCli)
{
    ASSERT_TRUE(SelfSignedCertificate::create(certificatePath(), keyPath()).ok());
    const auto fingerprint = SelfSignedCertificate::fingerprint(certificatePath());
    ASSERT_TRUE(fingerprint.ok()) << fingerprint.error().message.toStdString();
    EXPECT_EQ(fingerprint->size(), 32 * 3 - 1);
    EXPECT_EQ(*fingerprint, opensslFingerprint(certificatePath()));
    // The same as Qt's digest of the DER.
    const QString qtDigest
        = QString::fromLatin1(certificate(certificatePath()).digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    EXPECT_EQ(*fingerprint, qtDigest);
}

TEST_F(SelfSignedCertificateTest, EnsureKeepsAnExistingPair)
{
    ASSERT_TRUE(SelfSignedCertificate::ensure(certificatePath(), keyPath()).ok());
    const auto created = SelfSignedCertificate::fingerprint(certificatePath());
    ASSERT_TRUE(created.ok());
    const QByteArray key = read(keyPath());

    ASSERT_TRUE(SelfSignedCertificate::ensure(certificatePath(), keyPath()).ok());
    const auto kept = SelfSignedCertificate::fingerprint(certificatePath());
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(*kept, *created);
    EXPECT_EQ(read(keyPath()), key);
}

TEST_F(SelfSignedCertificateTest, EnsureReplacesAPairWithAMissingFile)
{
    ASSERT_TRUE(SelfSignedCertificate::ensure(certificatePath(), keyPath()).ok());
    const auto first = SelfSignedCertificate::fingerprint(certificatePath());
    ASSERT_TRUE(QFile::remove(keyPath()));
    ASSERT_TRUE(SelfSignedCertificate::ensure(certificatePath(), keyPath()).ok());
    const auto second = SelfSignedCertificate::fingerprint(certificatePath());
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(*first, *second);
    EXPECT_TRUE(QFileInfo::exists(keyPath()));

    ASSERT_TRUE(QFile::remove(certificatePath()));
    ASSERT_TRUE(SelfSignedCertificate::ensure(certificatePath(), keyPath()).ok());
    EXPECT_FALSE(QSslCertificate::fromPath(certificatePath()).isEmpty());
}

TEST_F(SelfSignedCertificateTest, EnsureRefusesAMismatchedPair)
{
    ASSERT_TRUE(SelfSignedCertificate::create(certificatePath(), keyPath()).ok());
    ASSERT_TRUE(SelfSignedCertificate::create(path(u"other.crt"_s), path(u"other.key"_s)).ok());
    const auto fingerprint = SelfSignedCertificate::fingerprint(certificatePath());

    const auto mismatched = SelfSignedCertificate::ensure(certificatePath(), path(u"other.key"_s));
    ASSERT_FALSE(mismatched.ok());
    EXPECT_EQ(mismatched.error().field, u"keyPath"_s);
    EXPECT_TRUE(mismatched.error().message.contains(path(u"other.key"_s)));
    // Nothing was replaced.
    EXPECT_EQ(*SelfSignedCertificate::fingerprint(certificatePath()), *fingerprint);

    QFile garbage(keyPath());
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbage.write("not a key\n");
    garbage.close();
    const auto unreadable = SelfSignedCertificate::ensure(certificatePath(), keyPath());
    ASSERT_FALSE(unreadable.ok());
    EXPECT_TRUE(unreadable.error().message.contains(keyPath()));
}

TEST_F(SelfSignedCertificateTest, BadArgumentsWriteNothing)
{
    const auto badHost = SelfSignedCertificate::create(certificatePath(), keyPath(), {u"bad host,DNS:evil"_s});
    ASSERT_FALSE(badHost.ok());
    EXPECT_EQ(badHost.error().field, u"extraHosts"_s);
    EXPECT_TRUE(badHost.error().message.contains(u"bad host,DNS:evil"_s));

    const auto empty = SelfSignedCertificate::create(certificatePath(), keyPath(), {u"  "_s});
    EXPECT_FALSE(empty.ok());

    const auto noDays = SelfSignedCertificate::create(certificatePath(), keyPath(), {}, 0);
    ASSERT_FALSE(noDays.ok());
    EXPECT_EQ(noDays.error().field, u"days"_s);

    EXPECT_FALSE(QFileInfo::exists(certificatePath()));
    EXPECT_FALSE(QFileInfo::exists(keyPath()));
}

TEST_F(SelfSignedCertificateTest, ErrorsNameTheFileInJapanese)
{
    const auto missing = SelfSignedCertificate::fingerprint(path(u"missing.crt"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, u"certificatePath"_s);
    EXPECT_TRUE(missing.error().message.contains(path(u"missing.crt"_s)));
    EXPECT_TRUE(missing.error().message.contains(u"証明書"_s)) << missing.error().message.toStdString();

    QFile notPem(path(u"not.crt"_s));
    ASSERT_TRUE(notPem.open(QIODevice::WriteOnly));
    notPem.write("hello\n");
    notPem.close();
    const auto garbage = SelfSignedCertificate::fingerprint(path(u"not.crt"_s));
    ASSERT_FALSE(garbage.ok());
    EXPECT_TRUE(garbage.error().message.contains(path(u"not.crt"_s)));
    // The OpenSSL reason is appended for the administrator.
    EXPECT_TRUE(garbage.error().message.contains(u"PEM"_s)) << garbage.error().message.toStdString();

    // A folder where the key file should be cannot be written.
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(u"blocked.key"_s));
    const auto unwritable = SelfSignedCertificate::create(certificatePath(), path(u"blocked.key"_s));
    ASSERT_FALSE(unwritable.ok());
    EXPECT_EQ(unwritable.error().field, u"keyPath"_s);
    EXPECT_TRUE(unwritable.error().message.contains(path(u"blocked.key"_s)));

    // When the certificate cannot be written, the new key is not left behind.
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(u"blocked.crt"_s));
    const auto noCertificate = SelfSignedCertificate::create(path(u"blocked.crt"_s), keyPath());
    ASSERT_FALSE(noCertificate.ok());
    EXPECT_EQ(noCertificate.error().field, u"certificatePath"_s);
    EXPECT_FALSE(QFileInfo::exists(keyPath()));
}

} // namespace
