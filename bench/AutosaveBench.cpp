// SPDX-License-Identifier: MIT
// AutosaveBench: the autosave write of the 実績・廃棄の報告 page (ReportPage::saveInput → db::PageDraftStore::save:
// the input as compact JSON, upserted in the app's local database) against the floor of a bare SQLite write of
// the same bytes: the sqlite3 C API, the same pragmas (WAL, synchronous=NORMAL, foreign_keys=ON), the same
// table and upsert, prepared once, in autocommit as the app writes. Both in one run, in alternating blocks.
#include "bench/BenchTiming.h"
#include "core/report/PerformanceReport.h"
#include "db/AccountRepository.h"
#include "db/Database.h"
#include "db/PageDraftStore.h"
#include "db/StoredTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

/// The input ReportPage autosaves after each keystroke, with its figures typed in.
QJsonObject reportInput(int keystroke)
{
    QJsonObject input{
        {u"vaccine"_s, u"moderna"_s}, {u"correction_reason"_s, u"前回報告の入力誤りのため"_s}, {u"expanded"_s, true}};
    int value = 1200 + keystroke;
    for (const vsys::core::ReportFigure figure : vsys::core::kReportFigures) {
        input.insert(vsys::core::ReportJson::key(figure), QString::number(value));
        value /= 3;
    }
    return input;
}

bool exec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s: %s\n", sql, error);
        sqlite3_free(error);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(u"--smoke"_s);
    const int blocks = smoke ? 3 : 15;
    const int callsPerBlock = smoke ? 50 : 500;

    const QTemporaryDir dir;
    auto database = vsys::db::Database::open(dir.filePath(u"vsysdesk.sqlite"_s));
    if (!database) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(database.error().message));
        return 1;
    }
    vsys::db::Account account;
    account.serverUrl = QUrl(u"https://127.0.0.1:4443"_s);
    account.vsysId = u"1310000017"_s;
    account.venueId = u"venue"_s;
    account.venueName = u"(職域)サンプル職域接種会場"_s;
    const auto accountId = vsys::db::AccountRepository(**database).save(account);
    if (!accountId) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(accountId.error().message));
        return 1;
    }
    vsys::db::PageDraftStore drafts(**database, vsys::db::PageDraftStore::Page::Report);

    // The floor's database: the same pragmas as db::Database::applyPragmas, the same tables as the migrations.
    sqlite3* bare = nullptr;
    if (sqlite3_open(qUtf8Printable(dir.filePath(u"bare.sqlite"_s)), &bare) != SQLITE_OK
        || !exec(bare,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                 "CREATE TABLE account (id INTEGER PRIMARY KEY);"
                 "INSERT INTO account (id) VALUES (1);"
                 "CREATE TABLE report_draft (account_id INTEGER PRIMARY KEY REFERENCES account (id) "
                 "ON DELETE CASCADE, input TEXT NOT NULL CHECK (json_type(input) = 'object'), "
                 "saved_at TEXT NOT NULL);")) {
        return 1;
    }
    sqlite3_stmt* upsert = nullptr;
    if (sqlite3_prepare_v2(bare,
                           "INSERT INTO report_draft (account_id, input, saved_at) VALUES (?1, ?2, ?3) ON CONFLICT "
                           "(account_id) DO UPDATE SET input = excluded.input, saved_at = excluded.saved_at",
                           -1, &upsert, nullptr)
        != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(bare));
        return 1;
    }
    // The same bytes as the app writes: its compact JSON and its stored time. Bound with a null destructor
    // (SQLITE_STATIC, whose macro is an old-style cast): both arrays outlive the statement.
    const QByteArray json = QJsonDocument(reportInput(0)).toJson(QJsonDocument::Compact);
    const QByteArray savedAt = vsys::db::toStoredTime(QDateTime::currentDateTimeUtc()).toString().toUtf8();

    const QJsonObject input = reportInput(0);
    bool failed = false;
    const vsys::bench::Timing timing = vsys::bench::timeAlternating(
        blocks, callsPerBlock,
        [&](int) {
            if (const auto saved = drafts.save(*accountId, input, QDateTime::currentDateTimeUtc()); !saved) {
                std::fprintf(stderr, "%s\n", qUtf8Printable(saved.error().message));
                failed = true;
            }
        },
        [&](int) {
            sqlite3_bind_int64(upsert, 1, 1);
            sqlite3_bind_text(upsert, 2, json.constData(), int(json.size()), nullptr);
            sqlite3_bind_text(upsert, 3, savedAt.constData(), int(savedAt.size()), nullptr);
            if (sqlite3_step(upsert) != SQLITE_DONE) {
                std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(bare));
                failed = true;
            }
            sqlite3_reset(upsert);
        });
    sqlite3_finalize(upsert);
    sqlite3_close(bare);
    if (failed) {
        return 1;
    }
    std::printf("(%d bytes of JSON a write; %d blocks of %d writes each, medians)\n", int(json.size()), blocks,
                callsPerBlock);
    vsys::bench::printTiming("autosave write (PageDraftStore::save, 実績・廃棄の報告)", "write",
                             "bare sqlite3 upsert of the same bytes, same pragmas", timing);
    return 0;
}
