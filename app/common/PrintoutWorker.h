// SPDX-License-Identifier: MIT
// PrintoutWorker: runs a long printout (the claims' 一括出力, up to 1,747 sheets) on a worker thread while the
// window stays responsive, with a progress dialog and 中止. Painting a QPdfWriter or a QPrinter from a worker
// thread is supported by Qt; the job must touch nothing else that lives on the GUI thread.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace vsys::app {

class PrintoutWorker
{
    Q_DECLARE_TR_FUNCTIONS(PrintoutWorker)
public:
    /// Called after each sheet with the sheets done and the total; returning false stops the job.
    using Progress = std::function<bool(int done, int total)>;
    using Job = std::function<core::Result<int>(const Progress& progress)>;

    /// The dialog shows this long after the start at the latest, so a summary of one sheet never flashes one.
    static constexpr int kShowAfterMs = 300;

    /// Runs `job` on a worker thread and returns its result once it finished; meanwhile the events of the GUI
    /// thread go on and a window-modal progress dialog over `parent` (titled `title`, saying `label`) counts
    /// `sheets` with a 中止 button. Each sheet's progress is shown before the next sheet is drawn, so 中止
    /// stops the job at most one sheet after the one the dialog showed.
    static core::Result<int>
    run(QWidget* parent, const QString& title, const QString& label, int sheets, const Job& job);
};

} // namespace vsys::app
