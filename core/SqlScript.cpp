// SPDX-License-Identifier: MIT
#include "core/SqlScript.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

QStringList splitSqlStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    const auto finishStatement = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty()) {
            statements.append(statement);
        }
        current.clear();
    };

    const qsizetype size = sql.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < size ? sql.at(i + 1) : QChar();
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            // Copied whole: a doubled quote inside is an escaped quote, not the end.
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype end = i + 1;
            while (end < size) {
                if (sql.at(end) == close) {
                    if (close != u']' && end + 1 < size && sql.at(end + 1) == close) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current += sql.mid(i, end - i + 1);
            i = end + 1;
        } else if (c == u'-' && next == u'-') {
            // The space keeps the tokens on either side of the comment apart.
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? size : end;
            current += u' ';
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? size : end + 2;
            current += u' ';
        } else if (c == u';') {
            finishStatement();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    finishStatement();
    return statements;
}

} // namespace vsys::core
