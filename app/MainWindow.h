// SPDX-License-Identifier: MIT
// The main window: hosts the home screen and, later, one page per job; remembers its geometry.
#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace vsys::db {
class VenueRepository;
}

namespace vsys::app {

class HomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(db::VenueRepository& venues, QWidget* parent = nullptr);

    /// Shows the venue that logs in with `vsysId` (the first registered one when empty).
    void showVenue(const QString& vsysId);
    HomePage* homePage() const { return m_home; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    db::VenueRepository& m_venues;
    QStackedWidget* m_pages;
    HomePage* m_home;
    QLabel* m_venueStatus;
};

} // namespace vsys::app
