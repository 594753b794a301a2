// SPDX-License-Identifier: MIT
// vsysdesk-cli: the domain rules of VSYS Desk for scripting and batch work by clinic IT staff.
// JSON in, JSON out on stdout; messages in Japanese on stderr.
#include "cli/AddressCommand.h"
#include "cli/BillingCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DeadlineCommand.h"
#include "cli/LedgerCommand.h"
#include "cli/PlanCommand.h"
#include "core/Translator.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// `billing --pdf` lays text out with QTextDocument and QPdfWriter, which need a QGuiApplication; every other
/// command stays a QCoreApplication, which needs no display or platform plugin.
bool needsGui(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "billing") != 0) {
        return false;
    }
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0) {
            return true;
        }
    }
    return false;
}

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    if (!needsGui(argc, argv)) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    // Headless, as on a server or over SSH: no display means the offscreen platform, unless the user chose one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

void printUsage(const std::vector<std::unique_ptr<vsys::cli::Command>>& commands, FILE* stream)
{
    std::fprintf(stream, "%s\n",
                 qUtf8Printable(QCoreApplication::translate("main", "usage: vsysdesk-cli COMMAND ...")));
    for (const auto& command : commands) {
        std::fprintf(stream, "  %s\n", qUtf8Printable(command->summary()));
    }
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(u"vsysdesk-cli"_s);
    vsys::core::installTranslators(*app, u"ja"_s);

    std::vector<std::unique_ptr<vsys::cli::Command>> commands;
    commands.push_back(std::make_unique<vsys::cli::CheckCommand>());
    commands.push_back(std::make_unique<vsys::cli::BillingCommand>());
    commands.push_back(std::make_unique<vsys::cli::PlanCommand>());
    commands.push_back(std::make_unique<vsys::cli::DeadlineCommand>());
    commands.push_back(std::make_unique<vsys::cli::AddressCommand>());
    commands.push_back(std::make_unique<vsys::cli::LedgerCommand>());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == u"--help"_s || arguments.first() == u"-h"_s) {
        printUsage(commands, arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? vsys::cli::kExitUsage : vsys::cli::kExitOk;
    }
    const QString name = arguments.takeFirst();
    for (const auto& command : commands) {
        if (command->name() == name) {
            return command->run(arguments);
        }
    }
    std::fprintf(
        stderr, "%s\n",
        qUtf8Printable(QCoreApplication::translate("main", "vsysdesk-cli: unknown command \"%1\".").arg(name)));
    printUsage(commands, stderr);
    return vsys::cli::kExitUsage;
}
