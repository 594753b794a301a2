// SPDX-License-Identifier: MIT
// SaveStateLabel: where the input of an editing page stands — 未保存, 保存済み, 送信待ち, 送信済み or
// 保存できませんでした — so the clerk never has to guess whether typing was kept (ui-guidelines.md "Feedback").
#pragma once

#include <QLabel>

namespace vsys::app {

enum class SaveState {
    Unchanged, ///< nothing typed since the page opened: no label
    Unsaved, ///< typed, to be saved within EditPage::kAutosaveDelay
    Saved, ///< kept on this PC (a claim, a plan draft)
    Pending, ///< kept on this PC and waiting in the outbox for the server
    Sent, ///< the server has it
    Failed, ///< the last save failed; the banner says why
};

class SaveStateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SaveStateLabel(QWidget* parent = nullptr);

    void setState(SaveState state);
    SaveState state() const { return m_state; }

    /// The label's text for `state`, translated.
    static QString textFor(SaveState state);

private:
    SaveState m_state = SaveState::Unchanged;
};

} // namespace vsys::app
