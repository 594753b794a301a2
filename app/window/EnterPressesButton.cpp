// SPDX-License-Identifier: MIT
#include "app/window/EnterPressesButton.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QPushButton>

namespace vsys::app {

void EnterPressesButton::install(QObject* owner)
{
    QCoreApplication::instance()->installEventFilter(new EnterPressesButton(owner));
}

bool EnterPressesButton::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    auto* button = qobject_cast<QPushButton*>(watched);
    // A dialog's buttons are autoDefault and handle Enter themselves (the dialog's default button included).
    if (!button || button->autoDefault()) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
        return false;
    }
    // A held key must not press 申込 or 更新 over and over.
    if (!key->isAutoRepeat()) {
        button->click();
    }
    return true;
}

} // namespace vsys::app
