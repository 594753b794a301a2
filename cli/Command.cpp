// SPDX-License-Identifier: MIT
#include "cli/Command.h"

#include <QJsonDocument>

namespace vsys::cli {

void Command::printJson(const QJsonObject& object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Command::printMessage(const QString& message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

int Command::usageError(const QString& message) const
{
    printMessage(tr("vsysdesk-cli %1: %2").arg(name(), message));
    return kExitUsage;
}

} // namespace vsys::cli
