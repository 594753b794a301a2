// SPDX-License-Identifier: MIT
// RouteTable: what the routes install their handlers on; each handler's body runs on a database thread.
#pragma once

#include <httplib.h>
#include <string>

namespace vsys::server {

class DatabaseWorkers;

/// The Get/Post/Put/Patch/Delete of cpp-httplib's server, with the same signatures, so a route file
/// reads as before. Every handler is wrapped: the connection thread that parsed the request reads its
/// body (within RequestBody's limits, so a slow client holds only its own connection thread), then
/// waits while the handler runs on one of the DatabaseWorkers' threads, which own the database
/// connections. The gate's session travels with the request. When the queue in front of the database
/// threads is full the answer is 503 `unavailable` with Retry-After, at once. Without workers (the
/// HTTP fuzz target), handlers run in place.
class RouteTable
{
public:
    static constexpr int kRetryAfterSeconds = 1;

    RouteTable(httplib::Server& server, DatabaseWorkers* workers);

    RouteTable& Get(const std::string& pattern, httplib::Server::Handler handler);
    RouteTable& Post(const std::string& pattern, httplib::Server::Handler handler);
    RouteTable& Post(const std::string& pattern, httplib::Server::HandlerWithContentReader handler);
    RouteTable& Put(const std::string& pattern, httplib::Server::Handler handler);
    RouteTable& Put(const std::string& pattern, httplib::Server::HandlerWithContentReader handler);
    RouteTable& Patch(const std::string& pattern, httplib::Server::Handler handler);
    RouteTable& Patch(const std::string& pattern, httplib::Server::HandlerWithContentReader handler);
    RouteTable& Delete(const std::string& pattern, httplib::Server::Handler handler);
    RouteTable& Delete(const std::string& pattern, httplib::Server::HandlerWithContentReader handler);

    /// Runs `work` on a database thread (in place without workers); false, with the 503 answered into
    /// `response`, when the queue is full. The gate authenticates through this.
    static bool onDatabase(DatabaseWorkers* workers, httplib::Response& response, const std::function<void()>& work);

private:
    httplib::Server::Handler wrap(httplib::Server::Handler handler) const;
    httplib::Server::HandlerWithContentReader wrap(httplib::Server::HandlerWithContentReader handler) const;

    httplib::Server& m_server;
    DatabaseWorkers* m_workers;
};

} // namespace vsys::server
