// SPDX-License-Identifier: MIT
// 申込状況: the briefing's table columns, Japan-time dates, status words, and opening a row.
#include "app/applications/ApplicationsPage.h"
#include "app/common/MessageBanner.h"
#include "core/Translator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::app::ApplicationListModel;
using vsys::app::ApplicationRow;
using vsys::core::ApplicationStatus;

namespace {

ApplicationRow row(const QString& number,
                   ApplicationStatus status,
                   const QString& submitted,
                   const QString& reviewed,
                   const QString& comment)
{
    ApplicationRow r;
    r.record.id = u"6f1c3c52-8a4e-4f7e-9b8e-2c1d0e5a7b%1"_s.arg(number.right(2));
    r.record.number = number;
    r.record.status = status;
    r.record.submittedAt = QDateTime::fromString(submitted, Qt::ISODateWithMs);
    r.record.reviewedAt = QDateTime::fromString(reviewed, Qt::ISODateWithMs);
    r.record.reviewComment = comment;
    r.syncState = u"同期済み"_s;
    return r;
}

// The briefing's 申込状況 table; times stored in UTC (11:20 JST = 02:20 UTC).
QList<ApplicationRow> briefingRows()
{
    return {row(u"12345-1010101010-01"_s, ApplicationStatus::Confirmed, u"2021-12-20T02:20:00.000Z"_s,
                u"2021-12-24T02:05:00.000Z"_s,
                u"新規V-SYS IDを発行いたしますので、そちらを使用して3回目接種を開始してください。"_s),
            row(u"12345-1010101010-02"_s, ApplicationStatus::ResubmissionRequired, u"2022-01-07T04:05:00.000Z"_s,
                u"2022-01-08T06:05:00.000Z"_s,
                u"会場住所/郵便番号について見直しいただき、修正後再度の申込をお願いします。"_s),
            row(u"12345-1010101010-03"_s, ApplicationStatus::AwaitingReview, u"2022-01-11T05:45:00.000Z"_s, {}, {}),
            [] {
                ApplicationRow draft = row({}, ApplicationStatus::Draft, {}, {}, {});
                draft.updatedAt = QDateTime::fromString(u"2022-03-14T00:05:00.000Z"_s, Qt::ISODateWithMs);
                return draft;
            }()};
}

} // namespace

class TstApplicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void modelShowsTheBriefingsTable();
    void openingARowHandsOverItsRecord();
    void newApplicationAsksForAnEmptyForm();
    void aNewlyIssuedVsysIdIsOfferedForTheSwitcher();
};

void TstApplicationsPage::modelShowsTheBriefingsTable()
{
    ApplicationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(briefingRows());
    QCOMPARE(model.rowCount(), 4);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c) {
        headers << model.headerData(c, Qt::Horizontal).toString();
    }
    QCOMPARE(headers,
             (QStringList{u"申込番号"_s, u"ステータス"_s, u"申込日時"_s, u"内容確認日時"_s, u"内容確認コメント"_s,
                          u"更新日時"_s, u"同期状態"_s}));
    const auto cell = [&](int r, int c) { return model.index(r, c).data().toString(); };
    QCOMPARE(cell(0, ApplicationListModel::Status), u"確認済み"_s);
    QCOMPARE(cell(0, ApplicationListModel::SubmittedAt), u"2021/12/20 11:20"_s);
    QCOMPARE(cell(0, ApplicationListModel::ReviewedAt), u"2021/12/24 11:05"_s);
    QCOMPARE(cell(1, ApplicationListModel::Status), u"要再申込"_s);
    QCOMPARE(cell(2, ApplicationListModel::ReviewedAt), u"-"_s);
    QCOMPARE(cell(2, ApplicationListModel::ReviewComment), u"-"_s);
    // A draft has no number until it is applied for; the row says so, and when it was last edited here.
    QCOMPARE(cell(3, ApplicationListModel::Number), u"（未申込）"_s);
    QCOMPARE(cell(3, ApplicationListModel::UpdatedAt), u"2022/03/14 09:05"_s);
    QCOMPARE(cell(2, ApplicationListModel::UpdatedAt), u"-"_s);
    QCOMPARE(cell(3, ApplicationListModel::Status), u"一時保存中"_s);
    // Colour only supports the text: every status has its own tint.
    QSet<QRgb> tints;
    for (int r = 0; r < 4; ++r) {
        tints << model.index(r, ApplicationListModel::Status).data(Qt::BackgroundRole).value<QBrush>().color().rgb();
    }
    QCOMPARE(tints.size(), 4);
}

void TstApplicationsPage::openingARowHandsOverItsRecord()
{
    vsys::app::ApplicationsPage page;
    auto rows = briefingRows();
    rows[1].record.content = QJsonObject{{u"venue"_s, QJsonObject{{u"name"_s, u"サンプル職域接種会場"_s}}}};
    page.setRows(rows);
    QSignalSpy opened(&page, &vsys::app::ApplicationsPage::openRequested);
    auto* view = page.findChild<QTableView*>(u"applicationsTableView"_s);
    emit view->activated(view->model()->index(1, 0));
    QCOMPARE(opened.count(), 1);
    const auto openedRow = opened.at(0).at(0).value<ApplicationRow>();
    QCOMPARE(openedRow.record.number, u"12345-1010101010-02"_s);

    QCOMPARE(openedRow.record.content, rows[1].record.content);
}

void TstApplicationsPage::newApplicationAsksForAnEmptyForm()
{
    vsys::app::ApplicationsPage page;
    auto* button = page.findChild<QPushButton*>(u"newApplicationPushButton"_s);
    QCOMPARE(button->text(), u"+新規申込"_s);
    QVERIFY(button->isEnabled());
    QSignalSpy requested(&page, &vsys::app::ApplicationsPage::newApplicationRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TstApplicationsPage::aNewlyIssuedVsysIdIsOfferedForTheSwitcher()
{
    vsys::app::ApplicationsPage page;
    page.show();
    auto* frame = page.findChild<QFrame*>(u"newVsysIdFrame"_s);
    QVERIFY(!frame->isVisible());
    page.offerNewVsysId(u"1310000025"_s, u"12345-1310000017-01"_s);
    QVERIFY(frame->isVisible());
    QVERIFY(page.findChild<QLabel*>(u"newVsysIdLabel"_s)->text().contains(u"1310000025"_s));
    QSignalSpy add(&page, &vsys::app::ApplicationsPage::addVsysIdRequested);
    QTest::mouseClick(page.findChild<QPushButton*>(u"addNewVsysIdPushButton"_s), Qt::LeftButton);
    QCOMPARE(add.count(), 1);
    QCOMPARE(add.at(0).at(0).toString(), u"1310000025"_s);

    QSignalSpy dismissed(&page, &vsys::app::ApplicationsPage::newVsysIdDismissed);
    QTest::mouseClick(page.findChild<QPushButton*>(u"dismissNewVsysIdPushButton"_s), Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!frame->isVisible());
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstApplicationsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstApplicationsPage.moc"
