// SPDX-License-Identifier: MIT
// ClosingAnswer: an answer after which the server reads nothing more from its connection.
#pragma once

#include <httplib.h>

namespace vsys::server {

/// cpp-httplib 0.11.4 keeps serving a connection after any answer it writes successfully, whatever the
/// answer's Connection header says: only the client's `Connection: close` (or HTTP/1.0) or a failed
/// write ends it. After a request it could not parse (a second `?` in the query, an unknown method, a
/// header line over its limit) or one whose body was left unread, the bytes that follow on the
/// connection are not the start of a request, and reading them as one answers requests nobody sent
/// (behind nginx's upstream keep-alive: answers other users receive). Such an answer says
/// `Connection: close` and is written through a content provider that reports failure once the whole
/// body is out, which is the library's only way to stop serving the connection; it then closes it.
/// Installed in the server's error handler, which cpp-httplib calls for every answer of 400 or more,
/// including those to requests it could not parse.
class ClosingAnswer
{
public:
    /// Marks `response` (a refusal, status 400 or more) as the connection's last answer.
    static void mark(httplib::Response& response);
    static bool isMarked(const httplib::Response& response);

    /// Makes a marked answer end its connection once written: its body (never empty: every refusal
    /// carries the JSON error) moves into a content provider that writes it and then reports failure. `request` is the
    /// library's own, non-const object (cpp-httplib passes it to the error handler as const); for HEAD it is answered
    /// as GET, since the library writes no body for HEAD and so would never reach the provider.
    static void endConnectionAfter(const httplib::Request& request, httplib::Response& response);
};

} // namespace vsys::server
