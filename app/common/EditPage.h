// SPDX-License-Identifier: MIT
// EditPage: the frame every editing page is built on (the role of KeePassXC's EditWidget) — a header with the
// page's title and where its input stands (保存済み, 送信待ち, ...), one banner for results, states and errors,
// one autosave policy, and print preview and PDF export of the page's printout.
#pragma once

#include "app/common/MessageBanner.h"
#include "app/common/Printout.h"
#include "app/common/SaveStateLabel.h"
#include "core/Result.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <optional>

class QHBoxLayout;
class QLabel;
class QSpacerItem;
class QVBoxLayout;

namespace vsys::app {

class EditPage : public QWidget
{
    Q_OBJECT
public:
    /// Typing is saved this long after the first unsaved edit at the latest, so a crash or a kill loses
    /// less than a second. Later edits do not restart the timer, so steady typing cannot postpone the save.
    static constexpr std::chrono::milliseconds kAutosaveDelay{500};

    explicit EditPage(QWidget* parent = nullptr);
    ~EditPage() override;

    MessageBanner* messageBanner() const { return m_banner; }
    SaveStateLabel* saveStateLabel() const { return m_saveState; }
    SaveState saveState() const { return m_saveState->state(); }
    /// The page holds edits the autosave has not written yet.
    bool hasPendingSave() const { return m_saveTimer.isActive(); }
    /// Writes pending edits now (the window closes, the page is left); false when the save failed, with
    /// the reason in the banner.
    bool flushAutosave();

signals:
    void saveStateChanged(vsys::app::SaveState state);

protected:
    /// The page's own widgets, below the header and the banner. A page built from a .ui sets its ui up on a
    /// plain QWidget and passes that.
    void setContent(QWidget* content);
    void setTitle(const QString& title);
    /// Widgets that belong beside the title (the record's number and status, print buttons), so the page's
    /// content keeps the height they would take.
    void setHeaderWidget(QWidget* widget);

    /// The user changed something: it is saved within kAutosaveDelay, and a result shown with showResult()
    /// goes, since it no longer describes what is on the screen.
    void markEdited();
    /// The page shows another record, or the user discarded the edits: nothing is pending any more, and
    /// the header shows `state` for what is now loaded.
    void resetEdits(SaveState state = SaveState::Unchanged);
    /// The state of what is loaded changed outside an edit (the outbox sent it, the server refused it).
    void setSaveState(SaveState state);

    /// Writes the input where the page keeps it (working copy, draft, claim); called by the autosave.
    virtual core::Result<void> saveInput() = 0;
    /// Where input stands after saveInput() succeeded: Saved, or Pending when it waits in the outbox.
    virtual SaveState savedState() const { return SaveState::Saved; }

    /// The outcome of an action (登録しました, a PDF saved): shown until the next edit or the next message.
    void showResult(const QString& text, MessageBanner::Kind kind = MessageBanner::Kind::Success);
    /// A standing state of what is shown (a draft not registered, errors to fix, a returned application):
    /// shown whenever no result is, until clearState(). The page clears it when the state goes.
    void showState(const QString& text, MessageBanner::Kind kind, const QList<QAction*>& actions = {});
    void clearState();
    /// An action failed: the message as a result, and the field it names focused (focusField()). A
    /// cancelled action is reported as information, not as an error.
    void showError(const core::Error& error);
    /// Moves the keyboard to the input named by `field` (an Error's field); the default does nothing.
    virtual void focusField(const QString& field);

    /// Shows the print preview of `printout`; what went wrong goes to the banner. The pages printed.
    int previewPrintout(const Printout& printout);
    /// Saves `printout` as a PDF where the user chooses; the banner names the file. The file, or empty.
    QString exportPdf(const Printout& printout);

    void hideEvent(QHideEvent* event) override;
    /// A page calls this first in its destructor: once the page's own part is gone, the frame can no longer
    /// save it, and Qt hiding a window in ~QWidget would have the page's views read freed models.
    void closeBeforeDestruction();

private:
    struct Message
    {
        QString text;
        MessageBanner::Kind kind = MessageBanner::Kind::Information;
        QList<QAction*> actions;
    };

    void autosave();
    void showBanner();

    QVBoxLayout* m_layout;
    QHBoxLayout* m_header;
    QSpacerItem* m_headerStretch;
    QLabel* m_title;
    SaveStateLabel* m_saveState;
    MessageBanner* m_banner;
    QWidget* m_content = nullptr;
    QTimer m_saveTimer;
    std::optional<Message> m_result;
    std::optional<Message> m_state;
};

} // namespace vsys::app
