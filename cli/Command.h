// SPDX-License-Identifier: MIT
// One vsysdesk-cli subcommand (after KeePassXC's cli/: one class per command).
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace vsys::cli {

/// Exit codes shared by every command, for scripts.
enum ExitCode {
    kExitOk = 0,
    kExitInvalid = 1, ///< the value was checked and is invalid (check), or not found
    kExitUsage = 2, ///< bad arguments or bad input: nothing was printed on stdout
    kExitWarning = 3, ///< valid, with a warning on stderr
};

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for `vsysdesk-cli --help`.
    virtual QString summary() const = 0;
    /// Runs with the arguments after the command name; JSON answers go to stdout, messages to stderr.
    virtual int run(const QStringList& arguments) = 0;

protected:
    /// Prints one compact JSON document and a newline on stdout.
    static void printJson(const QJsonObject& object);
    /// Prints a translated message on stderr.
    static void printMessage(const QString& message);
    /// Prints a usage error naming the command and returns kExitUsage.
    int usageError(const QString& message) const;
};

} // namespace vsys::cli
