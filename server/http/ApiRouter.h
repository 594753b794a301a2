// SPDX-License-Identifier: MIT
// ApiRouter: everything the sync API installs on a cpp-httplib server, whatever carries it.
#pragma once

#include "server/ServerClock.h"

#include <httplib.h>

namespace vsys::server {

class DatabaseWorkers;
class RequestGate;
class Storage;

/// Installs the API of docs/api.md on `server`: the RequestGate before routing (and for Expect:
/// 100-continue), the JSON error of every refusal and the end of the connection after one that leaves
/// bytes unread (ClosingAnswer), the exception handler, X-Request-Id, the log, every route, and the
/// fallbacks that read a body within the limit before answering 404. HttpsServer adds the transport
/// (TLS, threads, timeouts); the HTTP fuzz target runs the same API without a socket. Every route's
/// handler runs on one of `workers`' threads (RouteTable; in place when null). `storage`, `gate` and
/// `workers` must outlive the server.
class ApiRouter
{
public:
    static void install(httplib::Server& server,
                        Storage& storage,
                        RequestGate& gate,
                        const ServerClock& clock,
                        DatabaseWorkers* workers);
};

} // namespace vsys::server
