// SPDX-License-Identifier: MIT
// DatabaseUrl: parsing is strict, so a typo in --database fails at start instead of creating a stray file.
#include "server/storage/DatabaseUrl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace vsys::server {

core::Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    if (text.startsWith(u"sqlite:"_s)) {
        const QString path = text.mid(7);
        // ":memory:" would give every worker thread its own empty database.
        if (path.isEmpty() || path == u":memory:"_s) {
            return core::Error{u"database"_s,
                               tr("--database: give the path of the SQLite file after \"sqlite:\", for example "
                                  "sqlite:./vsysdesk-server.sqlite.")};
        }
        return sqlite(path);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)) {
        return core::Error{u"database"_s,
                           tr("--database: \"%1\" is neither sqlite:PATH nor "
                              "postgresql://user:password@host:port/database.")
                               .arg(text.section(u'@', -1))};
    }
    DatabaseUrl result;
    result.driver = Driver::Postgres;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName();
    result.password = url.password();
    result.databaseName = url.path().mid(1);
    result.schema = QUrlQuery(url).queryItemValue(u"schema"_s);
    if (result.host.isEmpty() || result.databaseName.isEmpty() || result.databaseName.contains(u'/')) {
        return core::Error{u"database"_s,
                           tr("--database: the PostgreSQL URL needs a host and a database name, for example "
                              "postgresql://vsys:password@127.0.0.1:5432/vsysdesk.")};
    }
    // The schema is spliced into SET search_path, so only plain identifiers are allowed.
    static const QRegularExpression kIdentifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!result.schema.isEmpty() && !kIdentifier.match(result.schema).hasMatch()) {
        return core::Error{u"database"_s,
                           tr("--database: the schema name \"%1\" may only contain lower-case letters, digits and "
                              "underscores.")
                               .arg(result.schema)};
    }
    return result;
}

DatabaseUrl DatabaseUrl::sqlite(const QString& path)
{
    DatabaseUrl result;
    result.driver = Driver::Sqlite;
    result.path = path;
    return result;
}

QString DatabaseUrl::redacted() const
{
    if (driver == Driver::Sqlite) {
        return u"sqlite:"_s + path;
    }
    QString text = u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
    if (!schema.isEmpty()) {
        text += u"?schema="_s + schema;
    }
    return text;
}

QString DatabaseUrl::qtDriver() const
{
    return driver == Driver::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

} // namespace vsys::server
