// SPDX-License-Identifier: MIT
// WebTemplates: templates are small, so each render parses its own (no shared mutable state between workers).
#include "server/web/WebTemplates.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

bool hasUnescapedTag(const QString& text)
{
    return text.contains(u"{{{"_s) || text.contains(u"{{&"_s) || text.contains(u"{{="_s);
}

} // namespace

QString WebTemplates::source(const QString& name)
{
    QFile file(u":/server/web/templates/%1.mustache"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

core::Result<QByteArray> WebTemplates::render(const QString& name, const WebData& data)
{
    const QString page = source(name);
    if (page.isEmpty() || hasUnescapedTag(page)) {
        return core::Error{name, u"template %1 is missing or has an unescaped tag"_s.arg(name)};
    }
    WebData root = data;
    for (const QString& partial : {u"header"_s, u"footer"_s}) {
        const QString text = source(partial);
        if (text.isEmpty() || hasUnescapedTag(text)) {
            return core::Error{partial, u"template %1 is missing or has an unescaped tag"_s.arg(partial)};
        }
        const std::string utf8 = text.toStdString();
        root.set(partial.toStdString(), kainjow::mustache::partial([utf8]() { return utf8; }));
    }
    kainjow::mustache::mustache renderer(page.toStdString());
    if (!renderer.is_valid()) {
        return core::Error{name, QString::fromStdString(renderer.error_message())};
    }
    const std::string html = renderer.render(root);
    if (!renderer.is_valid()) {
        return core::Error{name, QString::fromStdString(renderer.error_message())};
    }
    return QByteArray::fromStdString(html);
}

} // namespace vsys::server
