// SPDX-License-Identifier: MIT
// Tests of the 接種券発行申請 commands of vsysdesk-admin: one municipality never sees or ships another's
// applications, the CSV export byte for byte (BOM, CRLF, Japanese header, a formula kept as text) in a new 0600
// file, the municipalities that accept, and the retention purge at its exact boundaries; on SQLite and PostgreSQL.
#include "ServerTestSupport.h"
#include "server/service/NaviAdminService.h"
#include "server/service/NaviApplicationService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

const QString kMinato = u"131032"_s; // 港区
const QString kShinjuku = u"131041"_s; // 新宿区

class NaviAdminTest : public ApiTest
{
protected:
    /// Stores an application to `municipality` at `at`; its 受付番号.
    QString submit(const QString& municipality, const QDateTime& at, const QString& address = u"港区芝公園1-1-1"_s)
    {
        core::TicketApplication application;
        application.municipalityCode = municipality;
        application.familyName = u"厚生"_s;
        application.givenName = u"太郎"_s;
        application.familyKana = u"コウセイ"_s;
        application.givenKana = u"タロウ"_s;
        application.birthDate = QDate(1980, 4, 2);
        application.phone = u"0312345678"_s;
        application.postalCode = u"1050011"_s;
        application.address = address;
        application.reason = u"moved_in"_s;
        application.first = {QDate(2021, 7, 1), u"pfizer"_s, u"domestic"_s, u"東京都 港区"_s};
        application.second = {QDate(2021, 7, 22), u"pfizer"_s, u"domestic"_s, u"東京都 港区"_s};
        application.secondSameVaccine = true;
        application.secondSameMethod = true;
        const auto submitted = NaviApplicationService(storage()).submit(
            application, u"token-%1"_s.arg(++m_tokens, 16, 10, QChar(u'0')), at);
        EXPECT_TRUE(submitted.ok());
        return submitted.ok() ? submitted->receipt.format() : QString();
    }

    QJsonObject json(const AdminRun& run)
    {
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QStringList receipts(const QJsonObject& listing)
    {
        QStringList receipts;
        for (const QJsonValue& application : listing.value(u"applications"_s).toArray()) {
            receipts.append(application.toObject().value(u"receipt"_s).toString());
        }
        return receipts;
    }

    QString status(const QString& receipt)
    {
        return scalar(u"SELECT status FROM navi_application WHERE receipt = :r"_s, {{u"r"_s, receipt}}).toString();
    }

    int m_tokens = 0;
    QTemporaryDir m_files;
    const QDateTime m_now = QDateTime(QDate(2022, 3, 14), QTime(1, 5), Qt::UTC);
};

TEST_P(NaviAdminTest, AMunicipalitySeesAndShipsOnlyItsOwnApplications)
{
    const QString minato = submit(kMinato, m_now);
    const QString shinjuku = submit(kShinjuku, m_now);

    const QJsonObject listed = json(admin({u"navi-applications"_s, u"--municipality"_s, kMinato}));
    EXPECT_EQ(receipts(listed), QStringList{minato});
    EXPECT_EQ(listed.value(u"pages"_s).toInt(), 1);
    const QJsonObject first = listed.value(u"applications"_s).toArray().first().toObject();
    EXPECT_EQ(first.value(u"status"_s).toString(), u"received"_s);
    EXPECT_EQ(first.value(u"application"_s).toObject().value(u"family_name"_s).toString(), u"厚生"_s);
    EXPECT_EQ(receipts(json(admin({u"navi-applications"_s, u"--municipality"_s, kShinjuku}))), QStringList{shinjuku});

    // Shinjuku's receipt given to Minato: refused by name, and Minato's own beside it is not shipped either.
    const AdminRun crossed = admin({u"navi-ship"_s, u"--municipality"_s, kMinato, minato, shinjuku});
    EXPECT_EQ(crossed.exitCode, 1);
    EXPECT_TRUE(crossed.err.contains(shinjuku)) << qPrintable(crossed.err);
    EXPECT_EQ(status(minato), u"received"_s);
    EXPECT_EQ(status(shinjuku), u"received"_s);
    EXPECT_EQ(admin({u"navi-ship"_s, u"--municipality"_s, kMinato, u"3-131032-20220314-9999999"_s}).exitCode, 1);

    EXPECT_EQ(json(admin({u"navi-ship"_s, u"--municipality"_s, kMinato, minato})),
              (QJsonObject{{u"shipped"_s, QJsonArray{minato}}, {u"already_shipped"_s, QJsonArray{}}}));
    EXPECT_EQ(status(minato), u"shipped"_s);
    EXPECT_EQ(status(shinjuku), u"received"_s);
    EXPECT_EQ(json(admin({u"navi-ship"_s, u"--municipality"_s, kMinato, minato})),
              (QJsonObject{{u"shipped"_s, QJsonArray{}}, {u"already_shipped"_s, QJsonArray{minato}}}));

    EXPECT_EQ(
        receipts(json(admin({u"navi-applications"_s, u"--municipality"_s, kMinato, u"--status"_s, u"received"_s}))),
        QStringList());
    EXPECT_EQ(
        receipts(json(admin({u"navi-applications"_s, u"--municipality"_s, kMinato, u"--status"_s, u"shipped"_s}))),
        QStringList{minato});
    // A code with a wrong check digit, and a bad status, are usage errors.
    EXPECT_EQ(admin({u"navi-applications"_s, u"--municipality"_s, u"131031"_s}).exitCode, 2);
    EXPECT_EQ(admin({u"navi-applications"_s, u"--municipality"_s, kMinato, u"--status"_s, u"done"_s}).exitCode, 2);
    EXPECT_EQ(admin({u"navi-applications"_s, u"--municipality"_s, kMinato, u"--page"_s, u"2"_s}).exitCode, 1);
}

TEST_P(NaviAdminTest, TheExportIsExactCsvInANewFileOnlyTheOwnerReads)
{
    const QString receipt = submit(kMinato, m_now, u"=HYPERLINK(\"http://x\"),港区"_s);
    submit(kShinjuku, m_now);
    const QString path = m_files.filePath(u"港区.csv"_s);
    EXPECT_EQ(json(admin({u"navi-export"_s, u"--municipality"_s, kMinato, u"--out"_s, path})),
              (QJsonObject{{u"out"_s, path}, {u"applications"_s, 1}}));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray expected
        = "\xEF\xBB\xBF"
          "受付番号,申請受付日時,状態,発送日時,氏名（姓）,氏名（名）,フリガナ（姓）,フリガナ（名）,生年月日,電話番号,"
          "郵便番号,送付先住所,申請理由,1回目 接種日,1回目 ワクチン種類,1回目 接種の方法,"
          "1回目 接種券を送ってきた市町村名,2回目 接種日,2回目 ワクチン種類,2回目 接種の方法,"
          "2回目 接種券を送ってきた市町村名\r\n"
        + receipt.toUtf8()
        + ",2022/03/14 10:05,受付済み,,厚生,太郎,コウセイ,タロウ,1980/04/02,0312345678,1050011,"
          "\"'=HYPERLINK(\"\"http://x\"\"),港区\","
          "[3回目接種券の発行] 2回目接種後に転入した（国内の他の市町村で2回目を接種）,"
          "2021/07/01,ファイザー,市町村の会場や医療機関、職域会場での接種,東京都 港区,"
          "2021/07/22,ファイザー,市町村の会場や医療機関、職域会場での接種,東京都 港区\r\n";
    EXPECT_EQ(file.readAll(), expected);
    struct stat info
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);

    // An existing file is never overwritten (it could be readable by others, or a link).
    const AdminRun again = admin({u"navi-export"_s, u"--municipality"_s, kMinato, u"--out"_s, path});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(path));
}

TEST_P(NaviAdminTest, MunicipalitiesAreAcceptedAndRefusedByCheckedCode)
{
    const auto codes = [this] {
        QStringList listed;
        for (const QJsonValue& row : json(admin({u"navi-municipalities"_s})).value(u"municipalities"_s).toArray()) {
            listed.append(row.toObject().value(u"code"_s).toString());
        }
        return listed;
    };
    const QStringList initial = codes();
    EXPECT_TRUE(initial.contains(kMinato));
    EXPECT_TRUE(initial.contains(u"399019"_s)); // 中芸広域連合
    EXPECT_EQ(json(admin({u"navi-municipality"_s, u"refuse"_s, kMinato})),
              (QJsonObject{{u"code"_s, kMinato}, {u"name"_s, u"東京都港区"_s}, {u"accepting"_s, false}}));
    EXPECT_FALSE(codes().contains(kMinato));
    EXPECT_EQ(admin({u"navi-municipality"_s, u"accept"_s, kMinato}).exitCode, 0);
    EXPECT_EQ(codes(), initial);

    const AdminRun wrongDigit = admin({u"navi-municipality"_s, u"accept"_s, u"131031"_s});
    EXPECT_EQ(wrongDigit.exitCode, 2);
    EXPECT_TRUE(wrongDigit.err.contains(u"131032"_s)) << qPrintable(wrongDigit.err); // the code it meant
    EXPECT_EQ(admin({u"navi-municipality"_s, u"allow"_s, kMinato}).exitCode, 2);
    EXPECT_EQ(admin({u"navi-municipalities"_s, u"--page"_s, u"2"_s}).exitCode, 1);
}

TEST_P(NaviAdminTest, ThePurgeKeepsShippedForNinetyDaysAndUnshippedForAYearToTheMillisecond)
{
    const qint64 day = 24 * 3600 * 1000LL;
    const QString receivedKept = submit(kMinato, m_now.addMSecs(-365 * day));
    const QString receivedGone = submit(kMinato, m_now.addMSecs(-365 * day - 1));
    const QString shippedKept = submit(kMinato, m_now.addMSecs(-400 * day));
    const QString shippedGone = submit(kShinjuku, m_now.addMSecs(-100 * day));
    NaviApplicationService applications(storage());
    ASSERT_EQ(*applications.markShipped(kMinato, {shippedKept}, m_now.addMSecs(-90 * day)), 1);
    ASSERT_EQ(*applications.markShipped(kShinjuku, {shippedGone}, m_now.addMSecs(-90 * day - 1)), 1);

    NaviAdminService service(storage());
    EXPECT_EQ(*service.purge({}, m_now, true), 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM navi_application"_s).toInt(), 4);
    EXPECT_EQ(*service.purge({}, m_now, false), 2);
    QStringList left;
    for (const QString& receipt : {receivedKept, receivedGone, shippedKept, shippedGone}) {
        if (scalar(u"SELECT COUNT(*) FROM navi_application WHERE receipt = :r"_s, {{u"r"_s, receipt}}).toInt() == 1) {
            left.append(receipt);
        }
    }
    EXPECT_EQ(left, (QStringList{receivedKept, shippedKept}));
    // Other periods, through the admin tool on the real clock (2022 is long past).
    EXPECT_EQ(json(admin({u"navi-purge"_s, u"--dry-run"_s})),
              (QJsonObject{{u"would_delete"_s, 2}, {u"keep_shipped_days"_s, 90}, {u"keep_received_days"_s, 365}}));
    EXPECT_EQ(admin({u"navi-purge"_s, u"--navi-keep-shipped-days"_s, u"0"_s}).exitCode, 2);
    EXPECT_EQ(json(admin({u"navi-purge"_s, u"--navi-keep-shipped-days"_s, u"3650"_s, u"--navi-keep-received-days"_s,
                          u"3650"_s})),
              (QJsonObject{{u"deleted"_s, 0}, {u"keep_shipped_days"_s, 3650}, {u"keep_received_days"_s, 3650}}));
    EXPECT_EQ(json(admin({u"navi-purge"_s})).value(u"deleted"_s).toInt(), 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM navi_application"_s).toInt(), 0);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Databases, NaviAdminTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace vsys::server::test
