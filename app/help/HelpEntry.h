// SPDX-License-Identifier: MIT
// HelpEntry: the ways into the help page, kept out of the long MainWindow: the page in the window's stack, the
// menu ヘルプ → ヘルプとマニュアル with F1, the home screen's 「ヘルプ」 button, and the FAQ's 「この画面を開く」.
#pragma once

class QMenu;
class QStackedWidget;
class QWidget;

namespace vsys::app {

class HelpPage;
class HomePage;
class MainWindow;

/// Adds the help page to `pages` and its ways in (`menu`, the window's ヘルプ menu, and the home screen's button); the
/// back button returns to `homeScreen`.
HelpPage* installHelp(MainWindow& window, QMenu& menu, QStackedWidget& pages, HomePage& home, QWidget& homeScreen);

} // namespace vsys::app
