// SPDX-License-Identifier: MIT
// HeaderState: a table's column widths (and order) remembered across restarts, as the window's size is: saved
// with QHeaderView::saveState under one key per table in the user's settings, restored when the table is made.
#pragma once

#include <QString>

class QTableView;

namespace vsys::app::HeaderState {

/// The settings key of `table` ("columns/<table>").
QString settingsKey(const QString& table);

/// Makes `view`'s columns that fit their contents (ResizeToContents) widths the user can drag, remembered under
/// `table`. Until the user drags one, the columns keep fitting their contents as the rows change; after that, or when
/// a saved state is found, they keep the user's widths. Stretched columns keep filling the rest. Call after the view
/// has its model and its resize modes.
void remember(QTableView& view, const QString& table);

} // namespace vsys::app::HeaderState
