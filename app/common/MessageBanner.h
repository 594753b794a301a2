// SPDX-License-Identifier: MIT
// An inline banner at the top of a screen for results and errors, instead of modal boxes
// (after KeePassXC's MessageWidget; ui-guidelines.md "Feedback").
#pragma once

#include <QLabel>

namespace vsys::app {

class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Information, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
};

} // namespace vsys::app
