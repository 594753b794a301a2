// SPDX-License-Identifier: MIT
// FirstFrameReport: prints `shown: <ms>` on standard output, flushed at once, when a top-level window's first
// frame has been painted — the moment the user can see and use it. StartupBench times vsysdesk
// (`--report-first-frame`) and its floor, a bare QMainWindow (StartupFloor), to this line; header-only so that
// both programs report the same way without the floor linking anything of the application.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <utility>

namespace vsys::app {

class FirstFrameReport : public QObject
{
public:
    /// Reports the first frame of `window`, which must have been shown (so that it has its QWindow), then calls
    /// `then` (a screenshot that exits must come after the line). The milliseconds printed count from this call;
    /// the bench measures from the process's start itself.
    static void install(QWidget& window, std::function<void()> then = {})
    {
        new FirstFrameReport(window, std::move(then));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Qt paints the widgets and flushes the backing store while it handles the expose event, so a call
        // queued from here runs once the frame is on screen.
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            reportAfterThisEvent();
        }
        return false;
    }

private:
    FirstFrameReport(QWidget& window, std::function<void()> then)
        : QObject(&window)
        , m_then(std::move(then))
    {
        m_timer.start();
        QWindow* handle = window.windowHandle();
        if (handle && handle->isExposed()) {
            reportAfterThisEvent();
        } else if (handle) {
            handle->installEventFilter(this);
        }
    }

    void reportAfterThisEvent()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                std::printf("shown: %lld\n", static_cast<long long>(m_timer.elapsed()));
                std::fflush(stdout);
                if (m_then) {
                    m_then();
                }
            },
            Qt::QueuedConnection);
    }

    QElapsedTimer m_timer;
    std::function<void()> m_then;
};

} // namespace vsys::app
