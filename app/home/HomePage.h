// SPDX-License-Identifier: MIT
// HomePage (ホーム画面): the venue, its 予約受付状態 and a button for each job, as on V-SYS's home.
#pragma once

#include "core/venue/Obligations.h"
#include "core/venue/ReservationStatus.h"
#include "core/venue/Venue.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QGridLayout;
class QGroupBox;
class QPushButton;

namespace Ui {
class HomePage;
}

namespace vsys::db {
class VenueRepository;
}

namespace vsys::sync {
class SyncService;
}

namespace vsys::app {

class SaveStateLabel;

/// The 予約受付状態 is the venue's and the server's: 更新 queues it through the SyncService, and the
/// page says 送信待ち until the server has it, then 更新しました (or the server's refusal).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    /// The jobs of V-SYS's home screen, in its order.
    enum class Job {
        Application, ///< 職域追加接種の申込
        Plan, ///< ワクチン接種計画の登録
        WastageReport, ///< 廃棄量等の報告
        Allocation, ///< 分配量の確認
        Delivery, ///< 配送予定日の確認
        Billing, ///< 請求総括書・市区町村別請求書の作成
        Delegation, ///< 委任状
        Institution, ///< 医療機関情報
        Ledger, ///< 接種台帳 (VSYS Desk's own: V-SYS has none)
    };
    Q_ENUM(Job)

    /// The jobs wait for setVenues() and an open account: the window's first frame shows the page before the local
    /// database is open.
    explicit HomePage(QWidget* parent = nullptr);
    ~HomePage() override;

    /// Where showVenue() reads the venue: the local database, once open.
    void setVenues(db::VenueRepository& venues);

    /// Where the venue's 予約受付状態 is read and sent; without one the choice is disabled.
    void setSyncService(sync::SyncService* service);
    /// Shows `vsysId`'s venue; an unknown ID shows that no venue is registered.
    void showVenue(const QString& vsysId);
    /// Jobs start disabled, with a tooltip saying they are not available yet; a screen that
    /// exists enables its job.
    void setJobAvailable(Job job, bool available);
    /// The available jobs wait for a V-SYS ID to be open, as they work for its venue.
    void setAccountOpen(bool open);
    /// A job that exists but is not for the open V-SYS ID: disabled, with `reason` as its tooltip. An empty
    /// reason opens it again.
    void setJobRefused(Job job, const QString& reason);
    QPushButton* jobButton(Job job) const;
    /// 対応が必要なこと: each obligation with its date and a button that opens its job's screen (core::Obligations).
    /// An empty list hides the box.
    void setObligations(const QList<core::Obligation>& obligations);
    /// The job that fulfils an obligation.
    static Job jobOf(core::Obligation::Kind kind);
    /// The 「開く」 button of an obligation shown, or nullptr.
    QPushButton* obligationButton(core::Obligation::Kind kind) const;

signals:
    void jobRequested(vsys::app::HomePage::Job job);
    /// 「ヘルプ」 near the bottom, as on V-SYS's home screen.
    void helpRequested();
    void venueChanged(const vsys::core::Venue& venue);

private:
    void updateJobButtons();
    void saveReservationStatus();
    /// Reads the status again (the sync service said it changed) and says what became of a choice
    /// sent from this page.
    void refreshReservationStatus();
    void updateReservationControls();
    core::ReservationStatus selectedReservationStatus() const;

    const std::unique_ptr<Ui::HomePage> m_ui;
    db::VenueRepository* m_venues = nullptr;
    sync::SyncService* m_sync = nullptr;
    QButtonGroup* m_reservationButtons;
    SaveStateLabel* m_reservationState;
    QHash<Job, QPushButton*> m_jobButtons;
    QSet<Job> m_availableJobs;
    bool m_accountOpen = false;
    QHash<Job, QString> m_refusedJobs;
    QGroupBox* m_obligationsBox;
    QGridLayout* m_obligationsLayout;
    QHash<core::Obligation::Kind, QPushButton*> m_obligationButtons;
    std::optional<core::Venue> m_venue;
    /// What the status is here: the choice waiting for the server, else the server's; nothing
    /// without an open account of the venue.
    std::optional<core::ReservationStatus> m_shownStatus;
    /// The choice sent from this page whose outcome the banner has yet to tell.
    std::optional<core::ReservationStatus> m_awaited;
};

} // namespace vsys::app
