// SPDX-License-Identifier: MIT
// 競合: both copies side by side, local kept by default, and the user's per-field choice merged.
#include "app/conflict/ConflictDialog.h"
#include "app/conflict/ConflictModel.h"
#include "core/Translator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::app::ConflictDialog;
using vsys::app::ConflictModel;

namespace {

const QJsonObject kLocal{{u"company"_s, QJsonObject{{u"name"_s, u"厚生商事株式会社"_s}, {u"phone"_s, u"0312345678"_s}}},
                         {u"venue"_s, QJsonObject{{u"name"_s, u"本社診療所"_s}}}};
const QJsonObject kServer{
    {u"company"_s, QJsonObject{{u"name"_s, u"厚生ホールディングス株式会社"_s}, {u"phone"_s, u"0312345678"_s}}},
    {u"venue"_s, QJsonObject{{u"name"_s, u"本社ビル診療所"_s}, {u"fax"_s, u"0312345679"_s}}}};

} // namespace

class TstConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsOnlyTheDifferingFields();
    void keepsLocalUntilTheUserChooses();
    void perFieldChoiceIsMerged();
    void takeAllButtons();
};

void TstConflictDialog::listsOnlyTheDifferingFields()
{
    ConflictModel model(kLocal, kServer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ConflictModel::Field).data().toString(), u"company.name"_s);
    QCOMPARE(model.index(1, ConflictModel::Field).data().toString(), u"venue.fax"_s);
    QCOMPARE(model.index(1, ConflictModel::Local).data().toString(), u"（空欄）"_s);
    QCOMPARE(model.index(1, ConflictModel::Server).data().toString(), u"0312345679"_s);
    QCOMPARE(model.headerData(ConflictModel::Local, Qt::Horizontal).toString(), u"このパソコンの内容"_s);
    QCOMPARE(model.headerData(ConflictModel::Server, Qt::Horizontal).toString(), u"サーバーの内容"_s);
}

void TstConflictDialog::keepsLocalUntilTheUserChooses()
{
    ConflictDialog dialog(u"申込 12345-1310000017-04"_s, kLocal, kServer);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(dialog.model()->index(row, ConflictModel::Local).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
    }
    QCOMPARE(dialog.merged(), kLocal);
    QVERIFY(dialog.findChild<QPushButton*>(u"laterPushButton"_s)->isDefault());
}

void TstConflictDialog::perFieldChoiceIsMerged()
{
    ConflictDialog dialog(u"申込"_s, kLocal, kServer);
    ConflictModel* model = dialog.model();
    QVERIFY(model->setData(model->index(0, ConflictModel::Server), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->index(0, ConflictModel::Local).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    const QJsonObject merged = dialog.merged();
    QCOMPARE(merged.value(u"company"_s)[u"name"_s].toString(), u"厚生ホールディングス株式会社"_s);
    QCOMPARE(merged.value(u"venue"_s)[u"name"_s].toString(), u"本社診療所"_s);
    QVERIFY(!merged.value(u"venue"_s).toObject().contains(u"fax"_s));

    QVERIFY(model->setData(model->index(0, ConflictModel::Local), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(dialog.merged(), kLocal);
}

void TstConflictDialog::takeAllButtons()
{
    ConflictDialog dialog(u"申込"_s, kLocal, kServer);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"allServerPushButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.merged(), kServer);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"allLocalPushButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.merged(), kLocal);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstConflictDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstConflictDialog.moc"
