// SPDX-License-Identifier: MIT
// ClientAddress: an address from the header is taken only when it looks like one.
#include "server/web/ClientAddress.h"

#include <QRegularExpression>

#include <atomic>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

std::atomic<bool> g_behindProxy = false;

bool isLoopback(const QString& address)
{
    return address.startsWith(u"127."_s) || address == u"::1"_s || address.startsWith(u"::ffff:127."_s);
}

/// An IPv4 or IPv6 address in text (the server links no Qt Network); anything else is not used.
bool looksLikeAddress(const QString& text)
{
    static const QRegularExpression shape(u"^(?:[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]{2,45})$"_s);
    return shape.match(text).hasMatch() && (text.contains(u'.') || text.contains(u':'));
}

} // namespace

void ClientAddress::setBehindProxy(bool behind)
{
    g_behindProxy = behind;
}

QString ClientAddress::of(const httplib::Request& request)
{
    const QString peer = QString::fromStdString(request.remote_addr);
    if (!g_behindProxy || !isLoopback(peer) || !request.has_header("X-Forwarded-For")) {
        return peer;
    }
    const QString forwarded = QString::fromLatin1(request.get_header_value("X-Forwarded-For")).right(256);
    const QString last = forwarded.section(u',', -1).trimmed();
    return looksLikeAddress(last) ? last : peer;
}

} // namespace vsys::server
