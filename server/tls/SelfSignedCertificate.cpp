// SPDX-License-Identifier: MIT
// The embedded server's own certificate. Qt 6.4 cannot make certificates, so this uses OpenSSL 3
// directly. The client pins the certificate as its only CA (QSslConfiguration::setCaCertificates),
// which is why it is a CA certificate and why its fingerprint is shown to the administrator.
#include "server/tls/SelfSignedCertificate.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <array>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

template <auto FreeFunction> struct OpenSslDeleter
{
    template <typename T> void operator()(T* p) const { FreeFunction(p); }
};
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslDeleter<GENERAL_NAME_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES_free>>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, OpenSslDeleter<ASN1_STRING_free>>;

constexpr const char* kCommonName = "VSYS Desk embedded server";
/// Issued an hour in the past, so a client whose clock is a little behind accepts a fresh certificate.
constexpr long kBackdateSeconds = 60L * 60L;
/// Random serial: 159 bits with the top bit set, positive and within RFC 5280's 20 octets.
constexpr int kSerialBits = 159;

/// Everything OpenSSL queued on this thread since ERR_clear_error(), oldest first; the queue is emptied.
QString openSslErrors()
{
    QStringList texts;
    std::array<char, 256> buffer{};
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer.data(), buffer.size());
        texts << QString::fromUtf8(buffer.data());
    }
    return texts.isEmpty() ? SelfSignedCertificate::tr("OpenSSL gave no details") : texts.join(u"; "_s);
}

/// The error for a failure while building the certificate (`auto`: a qualified return type here confuses lupdate).
auto certificateError(const QString& path, const QString& detail)
{
    const QString message = SelfSignedCertificate::tr("Cannot create the server certificate %1: %2").arg(path, detail);
    return core::Error{u"certificatePath"_s, message};
}

/// True for text that can only be meant as an IP address: digits and dots, or anything with a colon.
bool looksLikeIpAddress(const QString& host)
{
    if (host.contains(u':')) {
        return true;
    }
    return std::all_of(host.cbegin(), host.cend(), [](QChar c) { return c.isDigit() || c == u'.'; });
}

/// One SAN entry: an IP address (IPv4 or IPv6) or a DNS name (an IDN becomes punycode); null if invalid.
GeneralNamePtr subjectAltName(const QString& host)
{
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!name) {
        return nullptr;
    }
    if (looksLikeIpAddress(host)) {
        Asn1StringPtr octets(a2i_IPADDRESS(host.toLatin1().constData()));
        if (!octets) {
            return nullptr;
        }
        GENERAL_NAME_set0_value(name.get(), GEN_IPADD, octets.release());
        return name;
    }
    const QByteArray ace = QUrl::toAce(host).toLower();
    const bool allowedCharacters = std::all_of(ace.cbegin(), ace.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
    if (ace.isEmpty() || !allowedCharacters || ace.startsWith('.') || ace.endsWith('.') || ace.contains("..")
        || ace.startsWith('-') || ace.contains(".-") || ace.contains("-.") || ace.endsWith('-')) {
        return nullptr;
    }
    Asn1StringPtr ia5(ASN1_IA5STRING_new());
    if (!ia5 || ASN1_STRING_set(ia5.get(), ace.constData(), static_cast<int>(ace.size())) != 1) {
        return nullptr;
    }
    GENERAL_NAME_set0_value(name.get(), GEN_DNS, ia5.release());
    return name;
}

bool addExtension(X509* certificate, X509V3_CTX* context, int nid, const char* value)
{
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

/// PEM text written by `write` into a memory BIO, or empty on failure.
template <typename Writer> QByteArray toPem(Writer write)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1) {
        return {};
    }
    QByteArray pem(static_cast<qsizetype>(BIO_ctrl_pending(bio.get())), Qt::Uninitialized);
    if (BIO_read(bio.get(), pem.data(), static_cast<int>(pem.size())) != static_cast<int>(pem.size())) {
        return {};
    }
    return pem;
}

/// Writes `contents` atomically (a temporary file renamed over `path`), with `permissions` when given.
core::Result<void> writeFile(const QString& path,
                             const QByteArray& contents,
                             const QString& field,
                             QFileDevice::Permissions permissions = {})
{
    const auto failed = [&](const QString& detail) {
        return core::Error{field, SelfSignedCertificate::tr("Cannot write the file %1: %2").arg(path, detail)};
    };
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        return failed(SelfSignedCertificate::tr("the folder %1 cannot be created").arg(directory));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file.errorString());
    }
    // The temporary file is still empty here, so nothing secret is readable before the mode is set.
    if (permissions && !file.setPermissions(permissions)) {
        file.cancelWriting();
        return failed(file.errorString());
    }
    if (file.write(contents) != contents.size() || !file.commit()) {
        return failed(file.errorString());
    }
    return {};
}

core::Result<X509Ptr> readCertificate(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{
            u"certificatePath"_s,
            SelfSignedCertificate::tr("Cannot read the certificate %1: %2").arg(path, file.errorString())};
    }
    const QByteArray pem = file.readAll();
    ERR_clear_error();
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate) {
        return core::Error{u"certificatePath"_s,
                           SelfSignedCertificate::tr("%1 is not a PEM certificate: %2").arg(path, openSslErrors())};
    }
    return certificate;
}

core::Result<KeyPtr> readPrivateKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{
            u"keyPath"_s,
            SelfSignedCertificate::tr("Cannot read the private key %1: %2").arg(path, file.errorString())};
    }
    const QByteArray pem = file.readAll();
    ERR_clear_error();
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    // A callback that gives no passphrase, so an encrypted key fails instead of prompting on a terminal.
    pem_password_cb* noPassphrase = [](char*, int, int, void*) { return 0; };
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        return core::Error{
            u"keyPath"_s,
            SelfSignedCertificate::tr("%1 is not an unencrypted PEM private key: %2").arg(path, openSslErrors())};
    }
    return key;
}

} // namespace

core::Result<void> SelfSignedCertificate::create(const QString& certificatePath,
                                                 const QString& keyPath,
                                                 const QStringList& extraHosts,
                                                 int days)
{
    if (days < 1) {
        return core::Error{u"days"_s, tr("A certificate must be valid for at least one day, not %1.").arg(days)};
    }
    ERR_clear_error();

    // Subject alternative names first: a bad host name is the caller's mistake, found before any work.
    const GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names) {
        return certificateError(certificatePath, openSslErrors());
    }
    QStringList hosts{u"localhost"_s, u"127.0.0.1"_s};
    for (const QString& extra : extraHosts) {
        const QString host = extra.trimmed();
        if (!hosts.contains(host, Qt::CaseInsensitive)) {
            hosts << host;
        }
    }
    for (const QString& host : hosts) {
        GeneralNamePtr name = host.isEmpty() ? nullptr : subjectAltName(host);
        if (!name) {
            return core::Error{u"extraHosts"_s,
                               tr("Cannot put \"%1\" into the server certificate: it is neither an IP address nor a "
                                  "host name.")
                                   .arg(host)};
        }
        GENERAL_NAME* entry = name.release(); // owned by `names` once pushed
        if (sk_GENERAL_NAME_push(names.get(), entry) <= 0) {
            GENERAL_NAME_free(entry);
            return certificateError(certificatePath, openSslErrors());
        }
    }

    const KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        return core::Error{u"keyPath"_s, tr("Cannot create the private key %1: %2").arg(keyPath, openSslErrors())};
    }

    const X509Ptr certificate(X509_new());
    const BignumPtr serial(BN_new());
    if (!certificate || !serial || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || BN_rand(serial.get(), kSerialBits, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kBackdateSeconds)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), days, 0, nullptr)
        || X509_set_pubkey(certificate.get(), key.get()) != 1) {
        return certificateError(certificatePath, openSslErrors());
    }
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(kCommonName),
                                   -1, -1, 0)
            != 1
        || X509_set_issuer_name(certificate.get(), subject) != 1) {
        return certificateError(certificatePath, openSslErrors());
    }

    // Self-signed: the certificate is its own issuer, so the key identifiers come from its own key.
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    if (!addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(certificate.get(), &context, NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(certificate.get(), &context, NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always")
        || X509_add1_ext_i2d(certificate.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1) {
        return certificateError(certificatePath, openSslErrors());
    }
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0) {
        return certificateError(certificatePath, openSslErrors());
    }

    // PEM_write_bio_PrivateKey writes PKCS#8 ("BEGIN PRIVATE KEY"), unencrypted: the server starts unattended.
    const QByteArray keyPem = toPem(
        [&](BIO* bio) { return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr); });
    const QByteArray certificatePem = toPem([&](BIO* bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    if (keyPem.isEmpty()) {
        return core::Error{u"keyPath"_s, tr("Cannot create the private key %1: %2").arg(keyPath, openSslErrors())};
    }
    if (certificatePem.isEmpty()) {
        return certificateError(certificatePath, openSslErrors());
    }
    if (auto written = writeFile(keyPath, keyPem, u"keyPath"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !written) {
        return written;
    }
    auto written = writeFile(certificatePath, certificatePem, u"certificatePath"_s);
    if (!written) {
        // Without its certificate the new key is useless, and next to an old certificate it would make a
        // mismatched pair; without it, ensure() sees a missing file and starts over.
        QFile::remove(keyPath);
    }
    return written;
}

core::Result<void> SelfSignedCertificate::ensure(const QString& certificatePath, const QString& keyPath)
{
    if (!QFileInfo::exists(certificatePath) || !QFileInfo::exists(keyPath)) {
        return create(certificatePath, keyPath);
    }
    // Never replace an existing pair silently: clients have pinned that certificate. A broken pair is
    // reported so that the administrator decides.
    auto certificate = readCertificate(certificatePath);
    if (!certificate) {
        return certificate.error();
    }
    auto key = readPrivateKey(keyPath);
    if (!key) {
        return key.error();
    }
    ERR_clear_error();
    if (X509_check_private_key(certificate->get(), key->get()) != 1) {
        ERR_clear_error();
        return core::Error{u"keyPath"_s,
                           tr("The private key %1 does not belong to the certificate %2. Delete both files to "
                              "create a new pair (clients must then accept the new certificate).")
                               .arg(keyPath, certificatePath)};
    }
    return {};
}

core::Result<QString> SelfSignedCertificate::fingerprint(const QString& certificatePath)
{
    auto certificate = readCertificate(certificatePath);
    if (!certificate) {
        return certificate.error();
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (X509_digest(certificate->get(), EVP_sha256(), digest.data(), &length) != 1) {
        return core::Error{u"certificatePath"_s,
                           tr("Cannot read the certificate %1: %2").arg(certificatePath, openSslErrors())};
    }
    const QByteArray bytes(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(length));
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace vsys::server
