// SPDX-License-Identifier: MIT
// ClientAddress: whom a request comes from, for the per-address limits of the public pages.
#pragma once

#include <QString>

#include <httplib.h>

namespace vsys::server {

/// The peer's address; behind nginx (vsysdesk-server --behind-proxy) every peer is nginx on loopback, so then,
/// and only for a loopback peer, the last X-Forwarded-For entry: the one nginx's $proxy_add_x_forwarded_for
/// appended (the ones before it are whatever the client sent). Without the option the header is ignored, so
/// a client cannot pick its own address.
class ClientAddress
{
public:
    /// Set once at start-up, before the server serves.
    static void setBehindProxy(bool behind);
    static QString of(const httplib::Request& request);
};

} // namespace vsys::server
