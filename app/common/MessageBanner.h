// SPDX-License-Identifier: MIT
// An inline banner at the top of a screen for results and errors, instead of modal boxes, with buttons
// for what the user can do about it (after KeePassXC's MessageWidget; ui-guidelines.md "Feedback").
#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;

namespace vsys::app {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget* parent = nullptr);

    /// Shows `text` with a button per action (the actions stay owned by the caller). Replaces what was shown.
    void showMessage(const QString& text, Kind kind, const QList<QAction*>& actions = {});
    /// Hides the banner and forgets its actions.
    void clear();

    /// The text shown; empty after clear().
    QString text() const;
    Kind kind() const { return m_kind; }
    /// The buttons of the actions shown, for keyboard users and tests.
    QList<QAction*> actions() const { return m_actions; }

private:
    void removeButtons();

    QLabel* m_label;
    QHBoxLayout* m_buttons;
    QList<QAction*> m_actions;
    Kind m_kind = Kind::Information;
};

} // namespace vsys::app
