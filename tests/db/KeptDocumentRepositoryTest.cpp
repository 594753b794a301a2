// SPDX-License-Identifier: MIT
// Tests for db::KeptDocumentRepository: the 委任状 PDFs downloaded on this computer, per account.
#include "db/KeptDocumentRepository.h"

#include "db/AccountRepository.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::Database;
using vsys::db::KeptDocument;
using vsys::db::KeptDocumentRepository;

namespace {

class KeptDocumentRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto database = Database::open(m_dir.filePath(u"vsysdesk.sqlite"_s));
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        m_database = std::move(database).value();
        m_accountId = account(u"1310000025"_s);
    }

    qint64 account(const QString& vsysId)
    {
        vsys::db::Account account;
        account.serverUrl = QUrl(u"https://vsys.example.jp"_s);
        account.vsysId = vsysId;
        return vsys::db::AccountRepository(*m_database).save(account).value();
    }

    KeptDocument kept(qint64 accountId, const QString& id, const QDateTime& at) const
    {
        return {
            accountId,         id, u"委任状ファイル.pdf"_s, u"/data/documents/%1/委任状ファイル.pdf"_s.arg(id), 1234,
            QString(64, u'a'), at};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_accountId = 0;
};

TEST_F(KeptDocumentRepositoryTest, ADownloadIsRecordedAndALaterOneReplacesIt)
{
    KeptDocumentRepository repository(*m_database);
    EXPECT_FALSE(repository.find(m_accountId, u"d1"_s)->has_value());
    const QDateTime first(QDate(2022, 3, 1), QTime(1, 2, 3, 456), Qt::UTC);
    ASSERT_TRUE(repository.save(kept(m_accountId, u"d1"_s, first)).ok());
    EXPECT_EQ(repository.find(m_accountId, u"d1"_s)->value(), kept(m_accountId, u"d1"_s, first));

    KeptDocument again = kept(m_accountId, u"d1"_s, first.addDays(1));
    again.size = 2000;
    again.sha256 = QString(64, u'b');
    ASSERT_TRUE(repository.save(again).ok());
    EXPECT_EQ(repository.find(m_accountId, u"d1"_s)->value(), again);
    EXPECT_EQ(repository.all(m_accountId)->size(), 1);
}

TEST_F(KeptDocumentRepositoryTest, EachAccountHasItsOwnAndLosesThemWithTheAccount)
{
    KeptDocumentRepository repository(*m_database);
    const qint64 other = account(u"1310000017"_s);
    const QDateTime at(QDate(2022, 3, 1), QTime(1, 0), Qt::UTC);
    ASSERT_TRUE(repository.save(kept(m_accountId, u"d2"_s, at.addSecs(60))).ok());
    ASSERT_TRUE(repository.save(kept(m_accountId, u"d1"_s, at)).ok());
    ASSERT_TRUE(repository.save(kept(other, u"d3"_s, at)).ok());
    EXPECT_EQ(*repository.all(m_accountId),
              (QList<KeptDocument>{kept(m_accountId, u"d1"_s, at), kept(m_accountId, u"d2"_s, at.addSecs(60))}));
    EXPECT_FALSE(repository.find(other, u"d1"_s)->has_value());

    QSqlQuery remove(m_database->connection());
    ASSERT_TRUE(remove.exec(u"DELETE FROM account WHERE id = %1"_s.arg(m_accountId)));
    EXPECT_TRUE(repository.all(m_accountId)->isEmpty());
    EXPECT_EQ(repository.all(other)->size(), 1);
}

TEST_F(KeptDocumentRepositoryTest, TheTableRefusesAWrongHash)
{
    KeptDocument bad = kept(m_accountId, u"d1"_s, QDateTime::currentDateTimeUtc());
    bad.sha256 = u"abc"_s;
    const auto saved = KeptDocumentRepository(*m_database).save(bad);
    ASSERT_FALSE(saved.ok());
    EXPECT_FALSE(saved.error().message.isEmpty());
}

} // namespace
