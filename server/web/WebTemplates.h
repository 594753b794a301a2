// SPDX-License-Identifier: MIT
// WebTemplates: the residents' HTML pages (server/web/templates/*.mustache) rendered with kainjow::mustache.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <kainjow/mustache.hpp>

namespace vsys::server {

using WebData = kainjow::mustache::data;

/// Every value lands in the page through {{name}}, which escapes & < > " ' (the library's html_escape);
/// a template with an unescaped tag ({{{…}}} or {{&…}}) is refused when loaded, so no input can ever
/// reach a page as markup. Templates are compiled in (:/server/web/templates/) and include the layout's
/// partials {{> header}} and {{> footer}}, which render with the page's own data (title, …).
class WebTemplates
{
public:
    /// The page `name` (file name without .mustache) with `data`; an error when the template is missing,
    /// malformed or unescaped (a programming error the caller answers with 500).
    static core::Result<QByteArray> render(const QString& name, const WebData& data);

    /// A template's text, or an empty string when there is none.
    static QString source(const QString& name);
    /// UTF-8 of a QString, for WebData values.
    static std::string text(const QString& value) { return value.toStdString(); }
};

} // namespace vsys::server
