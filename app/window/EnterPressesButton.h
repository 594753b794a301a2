// SPDX-License-Identifier: MIT
// EnterPressesButton: Enter (or the keypad's Enter) on a focused push button presses it, everywhere in the
// app. Qt does this only in dialogs (autoDefault buttons); a clerk who tabs to 更新 or a job button on a page
// expects Enter to work there as well, as it does in a browser.
#pragma once

#include <QObject>

namespace vsys::app {

class EnterPressesButton : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Filters the whole application's key presses for as long as `owner` lives.
    static void install(QObject* owner);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace vsys::app
