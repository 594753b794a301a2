// SPDX-License-Identifier: MIT
// AdminTool: vsysdesk-admin, the ministry reviewer's and operator's commands on the server database.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace vsys::server {

/// Works on the database directly (--database, like vsysdesk-server's), so it needs no running
/// server; every change goes through the same services and change log as the API, so venues see it
/// on their next GET /changes. JSON on stdout, Japanese messages on stderr. Exit codes: 0 done,
/// 1 refused or failed, 2 bad arguments.
class AdminTool
{
    Q_DECLARE_TR_FUNCTIONS(AdminTool)
public:
    enum ExitCode { Done = 0, Failed = 1, BadArguments = 2 };

    /// `arguments` as QCoreApplication::arguments() gives them (program name first). Passwords are
    /// read from `in` (--password-stdin), one line.
    static int run(const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err);
};

} // namespace vsys::server
