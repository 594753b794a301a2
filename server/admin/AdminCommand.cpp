// SPDX-License-Identifier: MIT
#include "server/admin/AdminCommand.h"

#include "server/admin/AdminTool.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server::admin {

void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

Refusal refused(const ServiceError& error)
{
    return {AdminTool::Failed, error.error.message};
}

Refusal usage(const QString& message)
{
    return {AdminTool::BadArguments, message};
}

std::optional<Refusal> requireOptions(Context& context, const QStringList& names)
{
    for (const QString& name : names) {
        if (!context.parser.isSet(name)) {
            return usage(AdminTool::tr("--%1 is missing. See vsysdesk-admin --help.").arg(name));
        }
    }
    return std::nullopt;
}

} // namespace vsys::server::admin
