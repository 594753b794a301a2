// SPDX-License-Identifier: MIT
#include "app/help/HelpEntry.h"

#include "app/MainWindow.h"
#include "app/help/HelpPage.h"
#include "app/home/HomePage.h"
#include "app/ledger/LedgerPage.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace vsys::app {

HelpPage* installHelp(MainWindow& window, QMenu& menu, QStackedWidget& pages, HomePage& home, QWidget& homeScreen)
{
    auto* page = new HelpPage(&pages);
    page->setObjectName(u"helpPage"_s);
    pages.addWidget(page);
    const auto show = [&pages, page] { pages.setCurrentWidget(page); };

    menu.setObjectName(u"helpMenu"_s);
    QAction* open = menu.addAction(HelpPage::tr("Help and manuals"), page, show);
    open->setObjectName(u"helpAction"_s);
    open->setShortcut(QKeySequence::HelpContents);
    // F1 works on every page, whichever widget has the focus, except on 接種台帳: its keyboard-only entry takes F1–F8
    // (F1 is 接種), and two shortcuts on one key would leave both dead. The menu entry stays there.
    open->setShortcutContext(Qt::ApplicationShortcut);
    QObject::connect(&pages, &QStackedWidget::currentChanged, open, [&pages, open] {
        const bool ledger = qobject_cast<LedgerPage*>(pages.currentWidget()) != nullptr;
        open->setShortcut(ledger ? QKeySequence() : QKeySequence(QKeySequence::HelpContents));
    });

    QObject::connect(&home, &HomePage::helpRequested, page, show);
    QObject::connect(page, &HelpPage::backRequested, &pages,
                     [&pages, &homeScreen] { pages.setCurrentWidget(&homeScreen); });
    QObject::connect(page, &HelpPage::pageRequested, &window,
                     [&window](const QString& name) { window.openPage(name); });
    return page;
}

} // namespace vsys::app
