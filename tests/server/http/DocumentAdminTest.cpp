// SPDX-License-Identifier: MIT
// Tests of the 委任状 as the ministry sees it: vsysdesk-admin list-documents shows each document of a venue with
// its size, upload time and the downloads the venue made through the API (a HEAD counts nothing), and the
// upload and every download reach the venue's changes feed; on SQLite and PostgreSQL.
#include "ServerTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server::test {

namespace {

const QByteArray kPdf = "%PDF-1.4\n% 委任状 for the admin test\n%%EOF\n";

class DocumentAdminTest : public ApiTest
{
protected:
    /// Uploads kPdf as `filename` for venue A; the document id.
    QString upload(const QString& filename)
    {
        const QString path = m_files.filePath(filename);
        QFile pdf(path);
        EXPECT_TRUE(pdf.open(QIODevice::WriteOnly));
        pdf.write(kPdf);
        pdf.close();
        const AdminRun uploaded = admin({u"upload-delegation"_s, u"--venue"_s, m_venueA, path});
        EXPECT_EQ(uploaded.exitCode, 0) << qPrintable(uploaded.err);
        return QJsonDocument::fromJson(uploaded.out.toUtf8()).object().value(u"id"_s).toString();
    }

    /// list-documents of `venue`, one object a line.
    QList<QJsonObject> listed(const QString& venue)
    {
        const AdminRun run = admin({u"list-documents"_s, u"--venue"_s, venue});
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        QList<QJsonObject> documents;
        for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
            documents.append(QJsonDocument::fromJson(line.toUtf8()).object());
        }
        return documents;
    }

    /// The `document` entries of the venue's feed after `since`.
    QJsonArray documentChanges(const std::string& token, qint64 since)
    {
        QJsonArray documents;
        const QJsonObject feed = get("/api/v1/changes?since=" + std::to_string(since), token).json();
        for (const QJsonValue& change : feed.value(u"changes"_s).toArray()) {
            if (change.toObject().value(u"kind"_s).toString() == u"document"_s) {
                documents.append(change);
            }
        }
        return documents;
    }

    QTemporaryDir m_files;
};

TEST_P(DocumentAdminTest, ListDocumentsShowsTheVenuesDownloads)
{
    EXPECT_TRUE(listed(m_venueA).isEmpty());
    const QString id = upload(u"委任状ファイル.pdf"_s);
    QList<QJsonObject> documents = listed(m_venueA);
    ASSERT_EQ(documents.size(), 1);
    const QJsonObject document = documents.constFirst();
    EXPECT_EQ(document.value(u"id"_s).toString(), id);
    EXPECT_EQ(document.value(u"kind"_s).toString(), u"delegation"_s);
    EXPECT_EQ(document.value(u"filename"_s).toString(), u"委任状ファイル.pdf"_s);
    EXPECT_EQ(document.value(u"size"_s).toInt(), kPdf.size());
    EXPECT_EQ(document.value(u"download_count"_s).toInt(), 0);
    const QDateTime created = QDateTime::fromString(document.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    EXPECT_TRUE(created.isValid());
    EXPECT_LE(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())), 60);

    const std::string token = login(kVsysIdA);
    const std::string path = "/api/v1/documents/" + id.toStdString() + "/content";
    ASSERT_EQ(get(path, token).status, 200);
    ASSERT_EQ(get(path, token).status, 200);
    const auto head = client()->Head(path.c_str(), {{"Authorization", "Bearer " + token}});
    ASSERT_TRUE(head);
    ASSERT_EQ(head->status, 200);
    documents = listed(m_venueA);
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.constFirst().value(u"download_count"_s).toInt(), 2);

    // Venue B's list stays empty; an unknown venue and a missing --venue are refused.
    EXPECT_TRUE(listed(m_venueB).isEmpty());
    const AdminRun unknown = admin({u"list-documents"_s, u"--venue"_s, u"00000000-0000-4000-8000-000000000000"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(u"00000000-0000-4000-8000-000000000000"_s)) << qPrintable(unknown.err);
    EXPECT_EQ(admin({u"list-documents"_s}).exitCode, 2);
}

TEST_P(DocumentAdminTest, UploadAndDownloadsReachTheVenuesFeed)
{
    const std::string token = login(kVsysIdA);
    const qint64 start = qint64(get("/api/v1/changes?since=0", token).json().value(u"cursor"_s).toDouble());
    const QString id = upload(u"委任状ファイル.pdf"_s);
    QJsonArray changes = documentChanges(token, start);
    ASSERT_EQ(changes.size(), 1);
    QJsonObject data = changes.first().toObject().value(u"data"_s).toObject();
    EXPECT_EQ(changes.first().toObject().value(u"id"_s).toString(), id);
    EXPECT_EQ(data.value(u"filename"_s).toString(), u"委任状ファイル.pdf"_s);
    EXPECT_EQ(data.value(u"download_count"_s).toInt(), 0);

    const qint64 uploaded = qint64(get("/api/v1/changes?since=0", token).json().value(u"cursor"_s).toDouble());
    ASSERT_EQ(get("/api/v1/documents/" + id.toStdString() + "/content", token).status, 200);
    changes = documentChanges(token, uploaded);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().toObject().value(u"data"_s).toObject().value(u"download_count"_s).toInt(), 1);
    // Venue B hears nothing of it.
    EXPECT_TRUE(documentChanges(login(kVsysIdB), 0).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Databases,
                         DocumentAdminTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace

} // namespace vsys::server::test
