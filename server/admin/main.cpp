// SPDX-License-Identifier: MIT
// vsysdesk-admin: the reviewer's and operator's commands on the server database.
#include "core/Translator.h"
#include "server/admin/AdminTool.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"vsysdesk-admin"_s);
    // stderr is for the operator's messages; QT_LOGGING_RULES still turns the server's log back on.
    QLoggingCategory::setFilterRules(u"vsys.server.*.info=false"_s);
    vsys::core::installTranslators(app, u"ja"_s);
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return vsys::server::AdminTool::run(app.arguments(), in, out, err);
}
