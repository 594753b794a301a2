// SPDX-License-Identifier: MIT
#include "app/common/SaveStateLabel.h"

using namespace Qt::StringLiterals;

namespace vsys::app {

SaveStateLabel::SaveStateLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"saveStateLabel"_s);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The same width for every state, so the header does not shift as the state changes.
    setMinimumWidth(fontMetrics().horizontalAdvance(textFor(SaveState::Failed)) + 8);
}

void SaveStateLabel::setState(SaveState state)
{
    m_state = state;
    const QString shown = textFor(state);
    setText(shown);
    setAccessibleName(shown);
    // A failure is the one state that needs attention; the others stay quiet.
    setStyleSheet(state == SaveState::Failed ? u"color: #b3261e; font-weight: bold;"_s : u"color: #4a4a4a;"_s);
}

QString SaveStateLabel::textFor(SaveState state)
{
    switch (state) {
    case SaveState::Unchanged:
        return {};
    case SaveState::Unsaved:
        return tr("Not saved yet");
    case SaveState::Saved:
        return tr("Saved");
    case SaveState::Pending:
        return tr("Waiting to be sent");
    case SaveState::Sent:
        return tr("Sent");
    case SaveState::Failed:
        return tr("Could not be saved");
    }
    return {};
}

} // namespace vsys::app
