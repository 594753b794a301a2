// SPDX-License-Identifier: MIT
#include "db/FaqIndex.h"

#include "core/help/FaqQuery.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

// bm25 weights of the columns question, keywords, answer: a candidate is listed for its question, so words of
// the question count ten times those of the answer.
constexpr auto rankedMatch
    = "SELECT rowid FROM faq WHERE faq MATCH ? ORDER BY bm25(faq, 10.0, 5.0, 1.0), rowid LIMIT ?";
// Under three characters the trigram index cannot match; fifty-odd rows are scanned instead, questions first.
constexpr auto substringMatch = "SELECT rowid FROM faq WHERE question LIKE ? OR keywords LIKE ? OR answer LIKE ? "
                                "ORDER BY question NOT LIKE ?, rowid LIMIT ?";

core::Error storageError(const QSqlError& error)
{
    return core::Error{
        {}, FaqIndex::tr("The FAQ could not be searched: %1").arg(error.text()), core::ErrorCode::Storage};
}

/// An FTS5 string: a term in double quotes, any quote inside doubled, so no query syntax survives.
QString quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

FaqIndex::FaqIndex(const core::Faq& faq, QString connectionName)
    : m_faq(faq)
    , m_connectionName(std::move(connectionName))
{}

FaqIndex::~FaqIndex()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

core::Result<std::unique_ptr<FaqIndex>> FaqIndex::build(const core::Faq& faq)
{
    static QAtomicInteger<int> serial;
    std::unique_ptr<FaqIndex> index(new FaqIndex(faq, u"vsys-faq-index-%1"_s.arg(serial.fetchAndAddRelaxed(1))));
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, index->m_connectionName);
    database.setDatabaseName(u":memory:"_s);
    if (!database.open()) {
        return storageError(database.lastError());
    }
    QSqlQuery create(database);
    if (!create.exec(u"CREATE VIRTUAL TABLE faq USING fts5(question, keywords, answer, tokenize='trigram')"_s)) {
        return storageError(create.lastError());
    }
    database.transaction();
    QSqlQuery insert(database);
    insert.prepare(u"INSERT INTO faq(rowid, question, keywords, answer) VALUES (?, ?, ?, ?)"_s);
    const QList<core::FaqEntry>& entries = faq.entries();
    for (qsizetype row = 0; row < entries.size(); ++row) {
        // Indexed as searched: the same folding of widths and punctuation on both sides.
        insert.addBindValue(row);
        insert.addBindValue(core::FaqQuery::normalise(entries.at(row).question));
        // Keywords stay apart: a trigram across two of them is no word anyone types.
        QStringList keywords;
        for (const QString& keyword : entries.at(row).keywords.split(u' ', Qt::SkipEmptyParts)) {
            keywords.append(core::FaqQuery::normalise(keyword));
        }
        insert.addBindValue(keywords.join(u' '));
        insert.addBindValue(core::FaqQuery::normalise(entries.at(row).answer));
        if (!insert.exec()) {
            return storageError(insert.lastError());
        }
    }
    if (!database.commit()) {
        return storageError(database.lastError());
    }
    return index;
}

core::Result<QList<core::FaqEntry>> FaqIndex::search(const QString& typed, int limit) const
{
    QList<core::FaqEntry> found;
    const QString text = core::FaqQuery::question(typed);
    if (text.isEmpty() || limit <= 0) {
        return found;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QStringList grams = core::FaqQuery::trigrams(typed);
    if (grams.isEmpty()) {
        query.prepare(QString::fromLatin1(substringMatch));
        // normalise() keeps letters and digits only, so there is no % or _ to escape.
        const QString pattern = u'%' + text + u'%';
        for (int column = 0; column < 4; ++column) {
            query.addBindValue(pattern);
        }
    } else {
        QStringList terms;
        for (const QString& gram : grams) {
            terms.append(quoted(gram));
        }
        query.prepare(QString::fromLatin1(rankedMatch));
        query.addBindValue(terms.join(u" OR "_s));
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return storageError(query.lastError());
    }
    while (query.next()) {
        found.append(m_faq.entries().at(query.value(0).toInt()));
    }
    return found;
}

} // namespace vsys::db
