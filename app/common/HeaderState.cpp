// SPDX-License-Identifier: MIT
#include "app/common/HeaderState.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vsys::app::HeaderState {

namespace {

/// A drag resizes a column many times a second: the settings file is written once it stops.
constexpr int kSaveDelayMs = 300;

/// One table's remembered header; a child of the header, so it goes with the table.
class HeaderMemory : public QObject
{
public:
    HeaderMemory(QTableView& view, const QString& key)
        : QObject(view.horizontalHeader())
        , m_view(view)
        , m_header(*view.horizontalHeader())
        , m_key(key)
    {
        // ResizeToContents leaves no handle to drag: such columns become Interactive and are fitted here instead.
        for (int column = 0; column < m_header.count(); ++column) {
            if (m_header.sectionResizeMode(column) == QHeaderView::ResizeToContents) {
                m_header.setSectionResizeMode(column, QHeaderView::Interactive);
            }
        }
        // restoreState refuses a state of another column count, so a table that gained a column fits afresh.
        m_fitting = !m_header.restoreState(QSettings().value(m_key).toByteArray());
        fit();

        m_save.setSingleShot(true);
        m_save.setInterval(kSaveDelayMs);
        connect(&m_save, &QTimer::timeout, this, &HeaderMemory::save);
        // A drag just before 終了 is kept too: the event loop ends before the window and its tables go.
        connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
            if (m_save.isActive()) {
                m_save.stop();
                save();
            }
        });
        connect(&m_header, &QHeaderView::sectionResized, this, &HeaderMemory::resized);
        connect(&m_header, &QHeaderView::sectionMoved, &m_save, qOverload<>(&QTimer::start));
        if (QAbstractItemModel* model = view.model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &HeaderMemory::fit);
            connect(model, &QAbstractItemModel::layoutChanged, this, &HeaderMemory::fit);
            connect(model, &QAbstractItemModel::rowsInserted, this, &HeaderMemory::fit);
            connect(model, &QAbstractItemModel::dataChanged, this, &HeaderMemory::fit);
        }
    }

private:
    void save() { QSettings().setValue(m_key, m_header.saveState()); }

    void fit()
    {
        if (!m_fitting) {
            return;
        }
        m_resizingHere = true;
        for (int column = 0; column < m_header.count(); ++column) {
            if (m_header.sectionResizeMode(column) == QHeaderView::Interactive && !isStretchedLast(column)) {
                m_view.resizeColumnToContents(column);
            }
        }
        m_resizingHere = false;
    }

    /// A column the user (not the fitting, nor a stretch following the window's width) resized ends the fitting.
    void resized(int column)
    {
        if (m_resizingHere || m_header.sectionResizeMode(column) != QHeaderView::Interactive
            || isStretchedLast(column)) {
            return;
        }
        m_fitting = false;
        m_save.start();
    }

    bool isStretchedLast(int column) const
    {
        return m_header.stretchLastSection() && m_header.visualIndex(column) == m_header.count() - 1;
    }

    QTableView& m_view;
    QHeaderView& m_header;
    const QString m_key;
    QTimer m_save;
    bool m_fitting = true;
    bool m_resizingHere = false;
};

} // namespace

QString settingsKey(const QString& table)
{
    return u"columns/"_s + table;
}

void remember(QTableView& view, const QString& table)
{
    new HeaderMemory(view, settingsKey(table));
}

} // namespace vsys::app::HeaderState
