// SPDX-License-Identifier: MIT
#include "app/common/PrintoutWorker.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace vsys::app {

core::Result<int>
PrintoutWorker::run(QWidget* parent, const QString& title, const QString& label, int sheets, const Job& job)
{
    QProgressDialog dialog(label, tr("Stop"), 0, sheets, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(kShowAfterMs);
    // Starts the dialog's clock: it shows itself after kShowAfterMs unless the job is done by then.
    dialog.setValue(0);
    std::atomic<bool> stopped = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&stopped] { stopped = true; });

    std::optional<core::Result<int>> result;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        result = job([&](int done, int total) {
            // Blocking: the sheet is shown (and a click on 中止 seen) before the worker draws the next one. The
            // dialog outlives the thread, which is joined below.
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, done, total] {
                    if (!dialog.wasCanceled()) {
                        dialog.setMaximum(total);
                        dialog.setValue(done);
                    }
                },
                Qt::BlockingQueuedConnection);
            return !stopped;
        });
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return *result;
}

} // namespace vsys::app
