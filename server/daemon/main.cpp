// SPDX-License-Identifier: MIT
// vsysdesk-server: the central server (HTTPS sync API) on SQLite or PostgreSQL.
#include "core/Translator.h"
#include "server/daemon/ServerProcess.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    // Before any thread exists, so that every thread inherits the mask and only sigwait() sees the signals.
    vsys::server::ServerProcess::blockStopSignals();
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"vsysdesk-server"_s);
    app.setApplicationVersion(QStringLiteral(VSYS_VERSION));
    vsys::core::installTranslators(app, u"ja"_s);
    return vsys::server::ServerProcess::run(app);
}
