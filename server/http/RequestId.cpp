// SPDX-License-Identifier: MIT
#include "server/http/RequestId.h"

#include <algorithm>

namespace vsys::server {

namespace {

constexpr size_t kMaxLength = 64;

bool isTokenCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '-';
}

} // namespace

std::string RequestId::of(const httplib::Request& request)
{
    if (request.get_header_value_count("X-Request-Id") != 1) {
        return {};
    }
    std::string id = request.get_header_value("X-Request-Id");
    if (id.empty() || id.size() > kMaxLength || !std::all_of(id.begin(), id.end(), isTokenCharacter)) {
        return {};
    }
    return id;
}

void RequestId::echo(const httplib::Request& request, httplib::Response& response)
{
    if (const std::string id = of(request); !id.empty()) {
        response.set_header("X-Request-Id", id);
    }
}

} // namespace vsys::server
