// SPDX-License-Identifier: MIT
// print::BundledFonts: the IPA fonts shipped beside the program on Windows reach Qt's font database; a missing
// folder (Debian, where fonts-ipafont installs them for everyone) or a broken file adds nothing.
#include "print/BundledFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using vsys::print::BundledFonts;

class TstBundledFonts : public QObject
{
    Q_OBJECT

private slots:
    void theFolderIsBesideTheProgram();
    void theFontsOfTheFolderAreAdded();
    void aMissingFolderAddsNothing();
    void aFileThatIsNoFontIsSkipped();
};

void TstBundledFonts::theFolderIsBesideTheProgram()
{
    QCOMPARE(BundledFonts::folder(), QCoreApplication::applicationDirPath() + u"/fonts"_s);
}

void TstBundledFonts::theFontsOfTheFolderAreAdded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY2(QFile::copy(QString::fromUtf8(VSYS_IPA_GOTHIC), dir.filePath(u"ipag.ttf"_s)), VSYS_IPA_GOTHIC);
    QVERIFY(QFile::copy(QString::fromUtf8(VSYS_IPA_MINCHO), dir.filePath(u"ipam.ttf"_s)));
    QCOMPARE(BundledFonts::load(dir.path()), QStringList({u"IPAGothic"_s, u"IPAMincho"_s}));
}

void TstBundledFonts::aMissingFolderAddsNothing()
{
    QTemporaryDir dir;
    QCOMPARE(BundledFonts::load(dir.filePath(u"fonts"_s)), QStringList());
}

void TstBundledFonts::aFileThatIsNoFontIsSkipped()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"broken.ttf"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a font");
    broken.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Could not load the bundled font .*broken\\.ttf\"$"_s));
    QCOMPARE(BundledFonts::load(dir.path()), QStringList());
}

QTEST_MAIN(TstBundledFonts)
#include "TstBundledFonts.moc"
