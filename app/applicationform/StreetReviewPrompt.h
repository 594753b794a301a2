// SPDX-License-Identifier: MIT
// StreetReviewPrompt: the inline notice under 番地 after 住所自動入力 moved an address to another
// municipality. The 番地 typed for the old one no longer fits, so the form restarts it from the chosen
// 町域 and keeps the old text here, with an action that takes it back when it was right after all.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace vsys::app {

class StreetReviewPrompt : public QFrame
{
    Q_OBJECT
public:
    /// `streetPath` names the prompt and its button (`<path>.review`, `<path>.keep`) for tests.
    StreetReviewPrompt(const QString& streetPath, QWidget* parent = nullptr);

    /// Shows the notice for an address now in `municipality` whose 番地 was `previousStreet`.
    void ask(const QString& municipality, const QString& previousStreet);
    QPushButton* keepButton() const { return m_keep; }

signals:
    /// The user keeps the previous 番地.
    void keepRequested();

private:
    QLabel* m_text;
    QPushButton* m_keep;
};

} // namespace vsys::app
