// SPDX-License-Identifier: MIT
// The day's rows of the 接種台帳 screen: a ticket used for a 接種 at two desks (as a sync brings the other
// desk's row) is flagged on both rows with the other row named, unsent and corrected rows say so, another day's
// rows and withdrawn rows are not listed, and each row's 時間帯 follows the 診療時間.
#include "app/ledger/LedgerTableModel.h"
#include "core/billing/BillingText.h"

#include <QBrush>
#include <QGuiApplication>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using vsys::app::LedgerTableModel;
using vsys::core::DoseEntry;

namespace {

DoseEntry dose(const QString& id, QTime time, const QString& ticket, const QString& desk)
{
    DoseEntry entry;
    entry.id = id;
    entry.date = QDate(2022, 3, 1);
    entry.time = time;
    entry.ticket = ticket;
    entry.vaccine = u"moderna_workplace"_s;
    entry.desk = desk;
    entry.enteredBy = u"1310000025"_s;
    entry.enteredAt = QDateTime(entry.date, time, QTimeZone(9 * 3600)).toUTC();
    return entry;
}

} // namespace

class TstLedgerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void aTicketUsedAtTwoDesksIsFlaggedOnBoth();
};

void TstLedgerTableModel::aTicketUsedAtTwoDesksIsFlaggedOnBoth()
{
    const DoseEntry a
        = dose(u"00000000-0000-4000-8000-00000000000a"_s, QTime(9, 5), u"131310160000000001"_s, u"受付1"_s);
    const DoseEntry b
        = dose(u"00000000-0000-4000-8000-00000000000b"_s, QTime(12, 0), u"131310160000000001"_s, u"受付2"_s);
    DoseEntry other = dose(u"00000000-0000-4000-8000-00000000000c"_s, QTime(9, 6), u"132712760000000042"_s, u"受付1"_s);
    DoseEntry corrected = other;
    corrected.id = u"00000000-0000-4000-8000-00000000000d"_s;
    corrected.supersedes = other.id;
    corrected.reason = u"年齢の誤り"_s;
    corrected.age = vsys::core::AgeBand::UnderSix;
    DoseEntry withdrawn
        = dose(u"00000000-0000-4000-8000-00000000000e"_s, QTime(9, 7), u"131310160000000009"_s, u"受付1"_s);
    DoseEntry voiding = withdrawn;
    voiding.id = u"00000000-0000-4000-8000-00000000000f"_s;
    voiding.supersedes = withdrawn.id;
    voiding.voided = true;
    voiding.reason = u"二重入力"_s;
    DoseEntry yesterday
        = dose(u"00000000-0000-4000-8000-000000000010"_s, QTime(9, 0), u"131310160000000010"_s, u"受付1"_s);
    yesterday.date = QDate(2022, 2, 28);

    LedgerTableModel model;
    model.show(vsys::core::DoseLedger({b, a, other, corrected, withdrawn, voiding, yesterday}), QDate(2022, 3, 1),
               vsys::core::ClinicHours::standard(), {b.id});
    QCOMPARE(model.rowCount(), 3);
    auto cell
        = [&model](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    // By time: 09:05 (desk 1), 09:06 (corrected), 12:00 (desk 2, exactly at the end of the morning: 時間外).
    QCOMPARE(cell(0, LedgerTableModel::Desk).toString(), u"受付1"_s);
    QCOMPARE(cell(1, LedgerTableModel::Age).toString(), vsys::core::BillingText::label(vsys::core::AgeBand::UnderSix));
    QCOMPARE(cell(1, LedgerTableModel::State).toString(), LedgerTableModel::tr("Corrected"));
    QCOMPARE(cell(2, LedgerTableModel::Desk).toString(), u"受付2"_s);
    QCOMPARE(cell(0, LedgerTableModel::Band).toString(), vsys::core::BillingText::label(vsys::core::TimeBand::Regular));
    QCOMPARE(cell(2, LedgerTableModel::Band).toString(),
             vsys::core::BillingText::label(vsys::core::TimeBand::AfterHours));

    QVERIFY(model.isDuplicate(0));
    QVERIFY(!model.isDuplicate(1));
    QVERIFY(model.isDuplicate(2));
    QCOMPARE(cell(0, LedgerTableModel::State).toString(), LedgerTableModel::tr("Duplicate ticket"));
    QCOMPARE(cell(2, LedgerTableModel::State).toString(),
             LedgerTableModel::tr("Duplicate ticket") + u" / "_s + LedgerTableModel::tr("Not sent"));
    QCOMPARE(cell(0, LedgerTableModel::Time, Qt::ToolTipRole).toString(),
             LedgerTableModel::tr("This ticket was also used for a vaccination on %1 at %2 (desk %3).")
                 .arg(u"2022/03/01"_s, u"12:00"_s, u"受付2"_s));
    QCOMPARE(cell(2, LedgerTableModel::Ticket, Qt::ToolTipRole).toString(),
             LedgerTableModel::tr("This ticket was also used for a vaccination on %1 at %2 (desk %3).")
                 .arg(u"2022/03/01"_s, u"09:05"_s, u"受付1"_s));
    QVERIFY(cell(0, LedgerTableModel::Kind, Qt::BackgroundRole).value<QBrush>() != QBrush());
    QVERIFY(!cell(1, LedgerTableModel::Kind, Qt::BackgroundRole).isValid());
    QCOMPARE(model.rowOf(other.id), 1);
    QCOMPARE(model.rowOf(withdrawn.id), -1);
}

QTEST_MAIN(TstLedgerTableModel)
#include "TstLedgerTableModel.moc"
