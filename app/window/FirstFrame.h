// SPDX-License-Identifier: MIT
// FirstFrame: calls back when a top-level window's first frame has been painted — the moment the user can see and
// use it — and prints `shown: <ms>` for StartupBench. vsysdesk sends its demo login then (the home screen first,
// the rest after it) and reports with `--report-first-frame`; the bench's floor, a bare QMainWindow
// (StartupFloor), reports the same way. Header-only, so that the floor links nothing of the application.
#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <utility>

namespace vsys::app {

class FirstFrame : public QObject
{
public:
    /// Calls `then` with the milliseconds since this call once the first frame of `window` is on screen. The
    /// window must have been shown (so that it has its QWindow); one that is never exposed never calls back.
    static void whenPainted(QWidget& window, std::function<void(qint64 ms)> then)
    {
        new FirstFrame(window, std::move(then));
    }

    /// The line StartupBench times, flushed at once.
    static void report(qint64 ms)
    {
        std::printf("shown: %lld\n", static_cast<long long>(ms));
        std::fflush(stdout);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Qt paints the widgets and flushes the backing store while it handles the expose event, so a call
        // queued from here runs once the frame is on screen.
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            callAfterThisEvent();
        }
        return false;
    }

private:
    FirstFrame(QWidget& window, std::function<void(qint64 ms)> then)
        : QObject(&window)
        , m_then(std::move(then))
    {
        m_timer.start();
        QWindow* handle = window.windowHandle();
        if (handle && handle->isExposed()) {
            callAfterThisEvent();
        } else if (handle) {
            handle->installEventFilter(this);
        }
    }

    void callAfterThisEvent()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_then(m_timer.elapsed());
                deleteLater();
            },
            Qt::QueuedConnection);
    }

    QElapsedTimer m_timer;
    std::function<void(qint64 ms)> m_then;
};

} // namespace vsys::app
