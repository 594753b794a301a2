// SPDX-License-Identifier: MIT
// RequestId: the X-Request-Id of a request, echoed in its answer.
#pragma once

#include <httplib.h>
#include <string>

namespace vsys::server {

/// nginx gives every request an id (its $request_id, or the client's own X-Request-Id) and the server
/// echoes it in the answer and its log, so that an answer, a log line and an nginx log line can be
/// matched, and a client can check that an answer is the one to its own request.
class RequestId
{
public:
    /// The request's id when it is a plain token (1 to 64 of A-Z a-z 0-9 . _ -); empty otherwise, so
    /// that nothing a client sends is copied into a header or the log as it is.
    static std::string of(const httplib::Request& request);
    /// cpp-httplib's post-routing handler: runs for every answer, refusals included.
    static void echo(const httplib::Request& request, httplib::Response& response);
};

} // namespace vsys::server
