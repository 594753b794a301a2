// SPDX-License-Identifier: MIT
// `vsysdesk-cli ledger claim`: a dose list and the venue's hours in, the claim JSON `billing` takes out, piped.
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct LedgerRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

LedgerRun cli(const QStringList& arguments, const QByteArray& stdinData = {})
{
    QProcess process;
    process.start(QStringLiteral(VSYSDESK_CLI), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(20000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString data(const QString& name)
{
    return QStringLiteral(VSYS_CLI_TEST_DATA) + u'/' + name;
}

QByteArray compact(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact) + '\n';
}

/// The message names line `line`, in the English source or in its Japanese translation.
bool namesLine(const QString& message, int line)
{
    return message.contains(u"Line %1:"_s.arg(line)) || message.contains(u"line %1"_s.arg(line))
        || message.contains(u"%1行目"_s.arg(line));
}

QStringList claimArguments(const QString& input, const QString& hours = data(u"ledger-hours.json"_s))
{
    return {u"ledger"_s, u"claim"_s, u"--input"_s, input, u"--hours"_s, hours, u"--claim-month"_s, u"2022-04"_s};
}

const QByteArray kHeader = "administered_at,ticket,kind,age\n";

} // namespace

// March 2022 by hand (tests/cli/data/ledger-march-2022.csv, hours Mon–Fri 9–12 and 13–17 but none on Wednesday,
// Sat 9–12, closed 2022-03-10; 新様式 unit prices tax included):
//   千代田区 131016: 予診のみ 通常 03-14 09:10 → 1 × 1,694; 予診のみ 休日 03-21 (春分の日) → 1 × 4,037;
//     接種 6歳未満 時間外 03-15 17:00 (an end) → 1 × 3,806; 接種 通常 03-14 09:00, 03-19 (Sat) 10:00 and the
//     旧様式 03-22 08:30 → 3 × 2,277 = 6,831; 接種 時間外 03-14 12:00 (an end) → 1 × 3,080;
//     接種 休日 03-16 (Wednesday without hours) and 03-10 (closed) → 2 × 4,620 = 9,240.  9 件 28,688円.
//   横浜市 141003: 接種 通常 03-17 14:00 → 2,277.
//   大阪市 271004 (北区 271276's tickets): 接種 通常 03-14 11:59 → 2,277; 接種 休日 03-21 → 4,620.  2 件 6,897円.
//   02-28 and 04-01 are other months. Total 12 件 37,862円.
const QByteArray kMarchStatement = R"({"format":"new","municipalities":[
    {"code":"131016","rows":[
      {"kind":"screening_only","age":"6plus","time":"regular","count":1,"unit_price":1694,"amount":1694},
      {"kind":"screening_only","age":"6plus","time":"holiday","count":1,"unit_price":4037,"amount":4037},
      {"kind":"vaccination","age":"under6","time":"after_hours","count":1,"unit_price":3806,"amount":3806},
      {"kind":"vaccination","age":"6plus","time":"regular","count":3,"unit_price":2277,"amount":6831},
      {"kind":"vaccination","age":"6plus","time":"after_hours","count":1,"unit_price":3080,"amount":3080},
      {"kind":"vaccination","age":"6plus","time":"holiday","count":2,"unit_price":4620,"amount":9240}],
     "total_count":9,"total_amount":28688},
    {"code":"141003","rows":[
      {"kind":"vaccination","age":"6plus","time":"regular","count":1,"unit_price":2277,"amount":2277}],
     "total_count":1,"total_amount":2277},
    {"code":"271004","rows":[
      {"kind":"vaccination","age":"6plus","time":"regular","count":1,"unit_price":2277,"amount":2277},
      {"kind":"vaccination","age":"6plus","time":"holiday","count":1,"unit_price":4620,"amount":4620}],
     "total_count":2,"total_amount":6897}],
  "total_count":12,"total_amount":37862})";

TEST(CliLedgerTest, pipedIntoBillingGivesTheHandComputedMonth)
{
    QProcess ledger;
    QProcess billing;
    ledger.setStandardOutputProcess(&billing);
    ledger.start(QStringLiteral(VSYSDESK_CLI), claimArguments(data(u"ledger-march-2022.csv"_s)));
    billing.start(QStringLiteral(VSYSDESK_CLI), {u"billing"_s, u"--input"_s, u"-"_s});
    ASSERT_TRUE(ledger.waitForFinished(20000));
    ASSERT_TRUE(billing.waitForFinished(20000));
    EXPECT_EQ(ledger.exitCode(), 0);
    EXPECT_EQ(billing.exitCode(), 0) << billing.readAllStandardError().toStdString();
    EXPECT_EQ(billing.readAllStandardOutput(), compact(kMarchStatement));
    // The 旧様式 dose at 08:30 is claimed as 通常; its 時間外 addition is named for the separate claim.
    const QString note = QString::fromUtf8(ledger.readAllStandardError());
    EXPECT_TRUE(note.contains(u"131016 千代田区"_s) && note.contains(u"時間外"_s)) << note.toStdString();
}

TEST(CliLedgerTest, printsTheClaimJsonForTheMonthBefore)
{
    const LedgerRun run = cli(claimArguments(u"-"_s),
                              kHeader
                                  + "2022-03-14T09:00,131310160000000001,vaccination,6plus\n"
                                    "2022-03-14T09:01,132712760000000002,vaccination,under6\n"
                                    "2022-03-14T09:02,132712760000000003,vaccination,under6\n"
                                    "2022-04-14T09:02,132712760000000004,vaccination,under6\n");
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, compact(R"({"claim_month":"2022-04","vaccination_month":"2022-03","counts":[
        {"municipality":"131016","kind":"vaccination","age":"6plus","time":"regular","count":1},
        {"municipality":"271004","kind":"vaccination","age":"under6","time":"regular","count":2}]})"));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliLedgerTest, aBadRowNamesItsLineAndField)
{
    const LedgerRun run = cli(claimArguments(u"-"_s),
                              kHeader
                                  + "2022-03-14T09:00,131310160000000001,vaccination,6plus\n"
                                    "2022-03-14T09:01,131310170000000002,vaccination,6plus\n"
                                    "2022-03-14T09:02,131310160000000003,vaccination,old\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    const QStringList lines = run.err.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << run.err.toStdString();
    EXPECT_TRUE(namesLine(lines.at(0), 3) && lines.at(0).contains(u"131016"_s)) << lines.at(0).toStdString();
    EXPECT_TRUE(namesLine(lines.at(1), 4) && lines.at(1).contains(u"age"_s)) << lines.at(1).toStdString();
}

TEST(CliLedgerTest, aTicketVaccinatedTwiceIsRefused)
{
    const LedgerRun run = cli(claimArguments(u"-"_s),
                              kHeader
                                  + "2022-03-14T09:00,131310160000000001,vaccination,6plus\n"
                                    "2022-03-14T09:05,131310160000000001,screening_only,6plus\n"
                                    "2022-03-15T09:00,1-3-131016-0000000001,vaccination,6plus\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(namesLine(run.err, 4) && namesLine(run.err, 2) && run.err.contains(u"1-3-131016-0000000001"_s))
        << run.err.toStdString();
    EXPECT_FALSE(namesLine(run.err, 3)) << run.err.toStdString();
}

TEST(CliLedgerTest, aBadHoursFileNamesTheKey)
{
    QTemporaryDir dir;
    const QString hours = dir.filePath(u"hours.json"_s);
    QFile file(hours);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"mon":[["09:00","12:00"]],"tue":[["09:00","12:00"],["13:00","17:60"]]})");
    file.close();
    const LedgerRun run = cli(claimArguments(data(u"ledger-march-2022.csv"_s), hours));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(u"tue[1]"_s)) << run.err.toStdString();

    const LedgerRun missing = cli(claimArguments(data(u"ledger-march-2022.csv"_s), dir.filePath(u"none.json"_s)));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.out.isEmpty());
}

TEST(CliLedgerTest, usageErrors)
{
    const QString csv = data(u"ledger-march-2022.csv"_s);
    const QString hours = data(u"ledger-hours.json"_s);
    for (const QStringList& arguments : QList<QStringList>{
             {u"ledger"_s},
             {u"ledger"_s, u"totals"_s},
             {u"ledger"_s, u"claim"_s, u"--input"_s, csv, u"--hours"_s, hours},
             {u"ledger"_s, u"claim"_s, u"--input"_s, csv, u"--hours"_s, hours, u"--claim-month"_s, u"2022-4"_s},
             {u"ledger"_s, u"claim"_s, u"--input"_s, u"-"_s, u"--hours"_s, u"-"_s, u"--claim-month"_s, u"2022-04"_s},
             {u"ledger"_s, u"claim"_s, u"--input"_s, csv, u"--hours"_s, hours, u"--claim-month"_s, u"2022-04"_s,
              u"extra"_s},
         }) {
        const LedgerRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_FALSE(run.err.isEmpty());
    }
}
