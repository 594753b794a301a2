// SPDX-License-Identifier: MIT
#include "app/MainWindow.h"

#include "app/home/HomePage.h"
#include "db/VenueRepository.h"

#include <QCloseEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace vsys::app {

MainWindow::MainWindow(db::VenueRepository& venues, QWidget* parent)
    : QMainWindow(parent)
    , m_venues(venues)
    , m_pages(new QStackedWidget(this))
    , m_home(new HomePage(venues, this))
    , m_venueStatus(new QLabel(this))
{
    setWindowTitle(tr("VSYS Desk"));
    // A scroll area keeps every page usable at 1366×768 and at 150 % scaling.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_home);
    m_pages->addWidget(scroll);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_venueStatus);

    connect(m_home, &HomePage::venueChanged, this, [this](const core::Venue& venue) {
        setWindowTitle(tr("%1 - VSYS Desk").arg(venue.name));
        m_venueStatus->setText(tr("V-SYS ID %1  %2").arg(venue.vsysId, venue.name));
    });

    resize(1000, 640);
    restoreGeometry(QSettings().value(u"window/geometry"_s).toByteArray());
}

void MainWindow::showVenue(const QString& vsysId)
{
    QString id = vsysId;
    if (id.isEmpty()) {
        const auto all = m_venues.all();
        if (all.ok() && !all->isEmpty()) {
            id = all->constFirst().vsysId;
        }
    }
    m_home->showVenue(id);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace vsys::app
