// SPDX-License-Identifier: MIT
// ServerProcess: vsysdesk-server's command line, start-up and orderly shutdown on SIGINT/SIGTERM.
#pragma once

#include <QCoreApplication>

namespace vsys::server {

class ServerProcess
{
    Q_DECLARE_TR_FUNCTIONS(ServerProcess)
public:
    static constexpr quint16 kDefaultPort = 8443;
    static constexpr int kDefaultThreads = 512;
    static constexpr int kDefaultDatabaseThreads = 8;
    static constexpr int kDefaultDatabaseQueue = 256;

    /// The whole process: parses the options, prepares database and certificate, serves until
    /// SIGINT or SIGTERM. Returns the exit code: 0 after a signal, 1 when it could not start.
    /// SIGINT and SIGTERM must already be blocked in every thread (blockStopSignals() first in main).
    static int run(QCoreApplication& app);

    /// Blocks SIGINT and SIGTERM for the calling thread and every thread it starts later, so that
    /// run() can take them with sigwait() instead of an async handler.
    static void blockStopSignals();
};

} // namespace vsys::server
