// SPDX-License-Identifier: MIT
// AllocationPage (分配量の確認 / 配送予定日の確認): per クール, the venue's registered plan beside the allocation the
// ministry set (vaccine, needle and syringe boxes) and the 配送予定日, read-only, from the copy the last sync
// left on this computer; with how fresh that copy is, and its printout. The two home jobs open the same page:
// 配送予定日の確認 titles it so and puts the keyboard on the next delivery date.
#pragma once

#include "app/common/EditPage.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "db/AccountRepository.h"

#include <QDateTime>
#include <QList>

#include <memory>

class QTextDocument;

namespace Ui {
class AllocationPage;
}

namespace vsys::app {

class AllocationTableModel;

class AllocationPage : public EditPage
{
    Q_OBJECT
public:
    /// Which home job opened the page.
    enum class View {
        Allocation, ///< 分配量の確認
        Delivery, ///< 配送予定日の確認
    };
    Q_ENUM(View)

    explicit AllocationPage(QWidget* parent = nullptr);
    ~AllocationPage() override;

    /// The V-SYS ID whose venue is shown and printed.
    void setAccount(const db::Account& account);
    /// The cached calendar with the venue's allocation, the registered plan, the server's time and when the
    /// copy last came from the server (invalid: never).
    void setData(const QList<core::CoolPeriod>& cools,
                 const core::VenuePlan& plan,
                 const QDateTime& serverNow,
                 const QDateTime& lastSync);
    /// Titles the page for `view`; Delivery selects the next delivery date (or the first row's).
    void setView(View view);
    View view() const { return m_view; }

    AllocationTableModel* model() const { return m_model; }
    /// 分配量・配送予定日（控） of what the page shows, printed at `printedAt`.
    std::unique_ptr<QTextDocument> printout(const QDateTime& printedAt) const;

signals:
    void backRequested();

protected:
    /// Nothing is typed here: the page only shows the server's figures.
    core::Result<void> saveInput() override;

private:
    void updateLabels();
    void focusNextDelivery();
    Printout allocationPrintout() const;

    const std::unique_ptr<Ui::AllocationPage> m_ui;
    AllocationTableModel* m_model;
    db::Account m_account;
    QDateTime m_lastSync;
    View m_view = View::Allocation;
};

} // namespace vsys::app
