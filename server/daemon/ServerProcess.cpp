// SPDX-License-Identifier: MIT
// ServerProcess: every start-up problem is one Japanese line on stderr and exit code 1.
#include "server/daemon/ServerProcess.h"

#include "core/JapaneseFormat.h"
#include "server/admin/NaviAdmin.h"
#include "server/demo/DemoData.h"
#include "server/http/HttpsServer.h"
#include "server/storage/Storage.h"
#include "server/tls/SelfSignedCertificate.h"
#include "server/web/ClientAddress.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QTextStream>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <pthread.h>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

sigset_t stopSignals()
{
    sigset_t stopSet;
    sigemptyset(&stopSet);
    sigaddset(&stopSet, SIGINT);
    sigaddset(&stopSet, SIGTERM);
    return stopSet;
}

int fail(const QString& message)
{
    QTextStream(stderr) << "vsysdesk-server: " << message << Qt::endl;
    return 1;
}

bool isIpAddress(const QString& text)
{
    unsigned char buffer[sizeof(in6_addr)];
    const QByteArray latin1 = text.toLatin1();
    return inet_pton(AF_INET, latin1.constData(), buffer) == 1 || inet_pton(AF_INET6, latin1.constData(), buffer) == 1;
}

/// The names a client may use for a server bound to `bindAddress`, besides localhost and 127.0.0.1
/// (which the certificate always has).
QStringList certificateHosts(const QString& bindAddress)
{
    const bool loopback = bindAddress.startsWith(u"127."_s) || bindAddress == u"::1"_s;
    const bool any = bindAddress == u"0.0.0.0"_s || bindAddress == u"::"_s;
    QStringList hosts;
    if (!loopback && !any) {
        hosts.append(bindAddress);
    }
    if (!loopback) {
        hosts.append(QSysInfo::machineHostName());
    }
    return hosts;
}

} // namespace

void ServerProcess::blockStopSignals()
{
    const sigset_t stopSet = stopSignals();
    pthread_sigmask(SIG_BLOCK, &stopSet, nullptr);
}

int ServerProcess::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("VSYS Desk central server: the HTTPS sync API for venues."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, tr("TCP port to listen on (default %1).").arg(kDefaultPort), u"PORT"_s,
                                  QString::number(kDefaultPort));
    const QCommandLineOption bind(u"bind"_s, tr("Address to listen on (default 127.0.0.1; 0.0.0.0 for all)."),
                                  u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption database(u"database"_s,
                                      tr("sqlite:PATH or postgresql://user:password@host:port/database "
                                         "(default sqlite:./vsysdesk-server.sqlite)."),
                                      u"URL"_s, u"sqlite:./vsysdesk-server.sqlite"_s);
    const QCommandLineOption cert(u"cert"_s,
                                  tr("Certificate (PEM). Without --cert and --key, a self-signed pair is made next to "
                                     "the database and its SHA-256 fingerprint printed."),
                                  u"FILE"_s);
    const QCommandLineOption key(u"key"_s, tr("Private key of the certificate (PEM)."), u"FILE"_s);
    const QCommandLineOption threads(
        u"threads"_s, tr("Connection threads, one per concurrent connection (default %1).").arg(kDefaultThreads),
        u"N"_s, QString::number(kDefaultThreads));
    const QCommandLineOption databaseThreads(
        u"db-threads"_s,
        tr("Database threads, each with one database connection: the number of connections this process holds "
           "(default %1).")
            .arg(kDefaultDatabaseThreads),
        u"N"_s, QString::number(kDefaultDatabaseThreads));
    const QCommandLineOption databaseQueue(
        u"db-queue"_s,
        tr("Requests that may wait for a database thread; more are answered 503 at once (default %1).")
            .arg(kDefaultDatabaseQueue),
        u"N"_s, QString::number(kDefaultDatabaseQueue));
    const QCommandLineOption demo(u"demo"_s,
                                  tr("Add the demo venues, V-SYS IDs and applications (once) and print "
                                     "the demo IDs and passwords."));
    const QCommandLineOption behindProxy(
        u"behind-proxy"_s,
        tr("Behind nginx on this computer: the web pages' per-address limits use the X-Forwarded-For address "
           "that nginx adds (only for connections from 127.0.0.1 or ::1)."));
    parser.addOptions({port, bind, database, cert, key, threads, databaseThreads, databaseQueue, demo, behindProxy});
    parser.addOptions(NaviAdmin::retentionOptions());
    if (!parser.parse(app.arguments())) {
        return fail(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << app.applicationName() << ' ' << app.applicationVersion() << Qt::endl;
        return 0;
    }

    bool ok = false;
    HttpsServer::Options options;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return fail(tr("--port: give a number from 1 to 65535 (0 lets the system choose)."));
    }
    options.port = quint16(portNumber);
    ClientAddress::setBehindProxy(parser.isSet(behindProxy));
    options.bindAddress = parser.value(bind);
    if (!isIpAddress(options.bindAddress)) {
        return fail(tr("--bind: give an IP address of this computer, such as 127.0.0.1 or 0.0.0.0."));
    }
    options.threads = parser.value(threads).toInt(&ok);
    if (!ok || options.threads < 1 || options.threads > 4096) {
        return fail(tr("--threads: give a number from 1 to 4096."));
    }
    options.databaseThreads = parser.value(databaseThreads).toInt(&ok);
    if (!ok || options.databaseThreads < 1 || options.databaseThreads > 256) {
        return fail(tr("--db-threads: give a number from 1 to 256."));
    }
    options.databaseQueue = parser.value(databaseQueue).toInt(&ok);
    if (!ok || options.databaseQueue < 0 || options.databaseQueue > 65536) {
        return fail(tr("--db-queue: give a number from 0 to 65536."));
    }
    QString retentionError;
    const auto retention = NaviAdmin::retention(parser, retentionError);
    if (!retention) {
        return fail(retentionError);
    }
    const auto url = DatabaseUrl::parse(parser.value(database));
    if (!url) {
        return fail(url.error().message);
    }
    if (parser.isSet(cert) != parser.isSet(key)) {
        return fail(tr("--cert and --key: give both, or neither for a self-signed certificate."));
    }
    if (parser.isSet(cert)) {
        options.certificatePath = parser.value(cert);
        options.keyPath = parser.value(key);
        for (const QString& file : {options.certificatePath, options.keyPath}) {
            if (!QFileInfo(file).isReadable()) {
                return fail(tr("--cert/--key: could not read %1.").arg(QDir::toNativeSeparators(file)));
            }
        }
    } else {
        const QDir folder
            = url->driver == DatabaseUrl::Driver::Sqlite ? QFileInfo(url->path).absoluteDir() : QDir::current();
        options.certificatePath = folder.filePath(u"vsysdesk-server-certificate.pem"_s);
        options.keyPath = folder.filePath(u"vsysdesk-server-key.pem"_s);
        if (!QFileInfo::exists(options.certificatePath) || !QFileInfo::exists(options.keyPath)) {
            if (auto made = SelfSignedCertificate::create(options.certificatePath, options.keyPath,
                                                          certificateHosts(options.bindAddress));
                !made) {
                return fail(made.error().message);
            }
        }
        const auto fingerprint = SelfSignedCertificate::fingerprint(options.certificatePath);
        if (!fingerprint) {
            return fail(fingerprint.error().message);
        }
        QTextStream(stdout) << tr("Self-signed certificate %1\nSHA-256 fingerprint: %2")
                                   .arg(QDir::toNativeSeparators(options.certificatePath), *fingerprint)
                            << Qt::endl;
    }

    auto storage = Storage::open(*url);
    if (!storage) {
        return fail(storage.error().message);
    }
    if (parser.isSet(demo)) {
        if (auto seeded = DemoData::seed(**storage); !seeded) {
            return fail(seeded.error().message);
        }
        QTextStream out(stdout);
        out << tr("Demo data (fake; never use it in production):") << Qt::endl;
        for (const DemoAccount& account : DemoData::accounts()) {
            out << tr("  V-SYS ID %1  password %2  %3 (%4)")
                       .arg(account.vsysId, account.password, account.venueName, account.use)
                << Qt::endl;
        }
        options.clock = ServerClock::startingAt(DemoData::demoNow());
        out << tr("Demo clock: the server's time starts at %1 (Japan time) and runs on from there.")
                   .arg(core::JapaneseFormat::dateTime(DemoData::demoNow()))
            << Qt::endl;
    }
    // The applications were stamped with the server's clock, so their retention runs on it too.
    NaviAdmin::purgeExpired(**storage, *retention, options.clock.now());
    // From here on only the database threads use the database (docs/server.md "Sizing").
    (*storage)->releaseConnection();
    auto server = HttpsServer::start(**storage, options);
    if (!server) {
        return fail(server.error().message);
    }
    QTextStream(stdout) << tr("Listening on https://%1:%2 (database %3). Stop with Ctrl+C.")
                               .arg(options.bindAddress)
                               .arg((*server)->port())
                               .arg((*storage)->url().redacted())
                        << Qt::endl;

    const sigset_t stopSet = stopSignals();
    // Once a day, the 接種券発行申請 past their retention are deleted (the first time was above).
    int received = -1;
    while (received < 0) {
        const timespec day{24 * 60 * 60, 0};
        received = sigtimedwait(&stopSet, nullptr, &day);
        if (received < 0 && errno == EAGAIN) {
            // On a database thread, as a request would be; with the queue full it waits for the next day.
            (*server)->databaseWorkers().run(
                [&] { NaviAdmin::purgeExpired(**storage, *retention, options.clock.now()); });
        }
    }
    QTextStream(stdout) << tr("Stopping (signal %1)...").arg(received) << Qt::endl;
    (*server)->stop();
    return 0;
}

} // namespace vsys::server
