// SPDX-License-Identifier: MIT
// RequestGate: what every request passes before routing — body framing, bearer token, declared size,
// content encoding.
#pragma once

#include "server/service/SessionService.h"

#include <httplib.h>
#include <optional>

namespace vsys::server {

class Storage;

/// Installed as cpp-httplib's pre-routing handler (and consulted by the Expect: 100-continue handler,
/// so that a client that asks first never uploads a body that would be refused). A refused request's
/// body is not read. The session of an accepted request is kept for the handlers on the same worker
/// thread, which run right after the gate for that request.
class RequestGate
{
public:
    explicit RequestGate(Storage& storage);

    /// True when the gate answered the request itself (400, 401, 413, 415, 500).
    bool refuse(const httplib::Request& request, httplib::Response& response);

    /// The session the gate accepted `request` with; nothing for POST /session, the web pages under /navi/
    /// or another request.
    static std::optional<VenueSession> session(const httplib::Request& request);

private:
    static bool isPublic(const httplib::Request& request);

    Storage& m_storage;
};

} // namespace vsys::server
