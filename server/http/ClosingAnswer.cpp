// SPDX-License-Identifier: MIT
// ClosingAnswer: the connection ends by the library's own rule for a failed write, after a whole answer.
#include "server/http/ClosingAnswer.h"

#include <algorithm>
#include <memory>

namespace vsys::server {

void ClosingAnswer::mark(httplib::Response& response)
{
    if (!isMarked(response)) {
        response.set_header("Connection", "close");
    }
}

bool ClosingAnswer::isMarked(const httplib::Response& response)
{
    return response.get_header_value("Connection") == "close";
}

void ClosingAnswer::endConnectionAfter(const httplib::Request& request, httplib::Response& response)
{
    if (request.method == "HEAD") {
        const_cast<httplib::Request&>(request).method = "GET";
    }
    auto body = std::make_shared<const std::string>(std::move(response.body));
    response.body.clear();
    const std::string type = response.get_header_value("Content-Type");
    // The library sets both again for a provider; a second copy would be a malformed answer.
    response.headers.erase("Content-Type");
    response.headers.erase("Content-Length");
    response.set_content_provider(body->size(), type, [body](size_t offset, size_t length, httplib::DataSink& sink) {
        if (offset < body->size()) {
            sink.write(body->data() + offset, std::min(length, body->size() - offset));
        }
        return false;
    });
}

} // namespace vsys::server
