// SPDX-License-Identifier: MIT
// RequestGate: what every request passes before routing — body framing, bearer token, declared size,
// content encoding.
#pragma once

#include "server/service/SessionService.h"

#include <httplib.h>
#include <optional>

namespace vsys::server {

class DatabaseWorkers;
class Storage;

/// Installed as cpp-httplib's pre-routing handler (and consulted by the Expect: 100-continue handler,
/// so that a client that asks first never uploads a body that would be refused). A refused request's
/// body is not read. The session of an accepted request is kept for the handlers on the same connection
/// thread, which run right after the gate for that request; RouteTable carries it (Adopted) to the
/// database thread that runs the handler. The token is checked on a database thread too.
class RequestGate
{
public:
    /// Without `workers` (the HTTP fuzz target) the token is checked on the calling thread.
    explicit RequestGate(Storage& storage, DatabaseWorkers* workers = nullptr);

    /// True when the gate answered the request itself (400, 401, 413, 415, 500, 503).
    bool refuse(const httplib::Request& request, httplib::Response& response);

    /// While it lives, session(request) answers `session` on the calling thread (a database thread
    /// running the request's handler); afterwards nothing.
    class Adopted
    {
    public:
        Adopted(const httplib::Request& request, const std::optional<VenueSession>& session);
        ~Adopted();
        Adopted(const Adopted&) = delete;
        Adopted& operator=(const Adopted&) = delete;
    };

    /// The session the gate accepted `request` with; nothing for POST /session, the web pages under /navi/
    /// or another request.
    static std::optional<VenueSession> session(const httplib::Request& request);

private:
    static bool isPublic(const httplib::Request& request);

    Storage& m_storage;
    DatabaseWorkers* m_workers;
};

} // namespace vsys::server
