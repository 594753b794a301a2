// SPDX-License-Identifier: MIT
// AdminCommand: what a vsysdesk-admin command gets and gives back, shared by AdminTool and the files that
// add their own commands (NaviAdmin), so each group of commands lives in its own file.
#pragma once

#include "server/service/Outcome.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace vsys::server {

class Storage;

namespace admin {

struct Context
{
    QCommandLineParser& parser;
    Storage& storage;
    QTextStream& in;
    QTextStream& out;
    QTextStream& err;
};

/// Why a command did not do its job, and the exit code that says so (AdminTool::ExitCode).
struct Refusal
{
    int code = 1;
    QString message;
};

using Command = std::function<std::optional<Refusal>(Context&)>;

/// One JSON object on one line.
void printJson(QTextStream& out, const QJsonObject& object);
/// The service's message, exit code 1.
Refusal refused(const ServiceError& error);
/// A usage mistake, exit code 2.
Refusal usage(const QString& message);
/// A usage refusal naming the first of `names` that is not given.
std::optional<Refusal> requireOptions(Context& context, const QStringList& names);

} // namespace admin
} // namespace vsys::server
