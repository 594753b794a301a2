// SPDX-License-Identifier: MIT
// PlanChange (計画の登録・変更): what the venue's 接種計画 is, and whether a requested plan may replace
// it: rows of locked クール unchanged, needle/syringe boxes never above the fill, and a total above the
// 初回登録時 total only through the 国's confirmation (要国確認). The server refuses with these rules;
// the client shows the same verdicts before anything is sent.
#pragma once

#include "core/Result.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/VaccinationPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::core {

/// One クール's row as registered: vaccine boxes and the needle/syringe boxes ordered with them.
struct PlanRow
{
    int coolId = 0;
    int vaccineBoxes = 0;
    int needleBoxes = 0;

    bool operator==(const PlanRow&) const = default;
};

/// The 国's confirmation of a change above the 初回登録時 total.
struct PlanApproval
{
    enum class State {
        Pending, ///< 要国確認: sent, waiting for the reviewer
        Approved, ///< the requested rows became the plan
        Denied, ///< the plan stayed as it was; `comment` says why
    };

    State state = State::Pending;
    QList<PlanRow> requestedRows; ///< the whole plan as requested
    int requestedTotalBoxes = 0;
    QString comment; ///< the reviewer's comment (承認/否認の理由)
    QDateTime requestedAt;
    QDateTime decidedAt;

    bool operator==(const PlanApproval&) const = default;

    /// "pending", "approved", "denied".
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString& key);
};

/// The venue's 接種計画 as the server keeps it (docs/api.md "接種計画").
struct VenuePlan
{
    int version = 0; ///< 0 = never registered
    std::optional<int> initialTotalBoxes; ///< 初回登録時 total; set by the first registration
    QList<PlanRow> rows; ///< by クール id; a クール without a row has 0 boxes
    std::optional<PlanApproval> approval; ///< the latest confirmation asked for, if any
    QDateTime updatedAt;

    bool operator==(const VenuePlan&) const = default;

    /// The row of a クール (a zero row when there is none).
    PlanRow row(int coolId) const;
    int totalBoxes() const;
};

class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
public:
    static QJsonObject toJson(const VenuePlan& plan);
    /// Errors name the field ("rows[2].needle_boxes", "approval.state", ...).
    static Result<VenuePlan> fromJson(const QJsonObject& json);
    static QJsonObject rowToJson(const PlanRow& row);
    static Result<PlanRow> rowFromJson(const QJsonObject& json, const QString& field);
    /// The "rows" list; errors name the row ("rows[2].cool_id" for `field` "rows").
    static QJsonArray rowsToJson(const QList<PlanRow>& rows);
    static Result<QList<PlanRow>> rowsFromJson(const QJsonValue& json, const QString& field);
    /// The "approval" object; errors name its member ("approval.state" for `field` "approval").
    static QJsonObject approvalToJson(const PlanApproval& approval);
    static Result<PlanApproval> approvalFromJson(const QJsonObject& json, const QString& field);
};

/// Why a requested plan is refused; the server maps each to its HTTP answer (docs/api.md).
enum class PlanRefusal {
    InvalidRow, ///< 400 invalid_field: a count out of range, needles above the fill, an unknown クール
    CoolLocked, ///< 409 cool_locked: a changed row of a クール past its deadline or allocated
    PlanLocked, ///< 409 plan_locked: a 分配作業期間 is under way
    ApprovalRequired, ///< 409 approval_required: above the 初回登録時 total without asking the 国
};

/// What accepting a requested plan does.
enum class PlanOutcome {
    FirstRegistration, ///< becomes the plan and sets the 初回登録時 total
    Apply, ///< becomes the plan
    RequestApproval, ///< kept as a pending request (要国確認); the plan stays as it is
};

struct PlanVerdict
{
    PlanOutcome outcome = PlanOutcome::Apply;
    std::optional<PlanRefusal> refusal;
    Error error; ///< while refused: `field` (rows[i].needle_boxes, rows[i].vaccine_boxes, ...) and the message

    bool accepted() const { return !refusal.has_value(); }
};

class PlanChange
{
    Q_DECLARE_TR_FUNCTIONS(PlanChange)
public:
    /// Checks `requested` (rows of any クール; a クール left out keeps its stored row) against the
    /// stored plan at `now` (server time). `requestApproval` is the user's 「国の確認を依頼する」.
    /// A request that changes no row is no 計画変更: it is Apply even above the 初回登録時 total
    /// (after an approved increase, re-sending the plan as it is needs no second confirmation).
    static PlanVerdict check(const VenuePlan& stored,
                             const QList<PlanRow>& requested,
                             const QList<CoolPeriod>& cools,
                             const QDateTime& now,
                             bool requestApproval,
                             const VaccinationPlan& rules = VaccinationPlan());

    /// `stored` with the requested rows laid over it (what the plan becomes when accepted), by クール id.
    static QList<PlanRow> merged(const VenuePlan& stored, const QList<PlanRow>& requested);

    /// True when a requested row differs from the stored row of its クール. The one test of "does this
    /// change anything" for the server, the page, the draft and the printout.
    static bool changes(const VenuePlan& stored, const QList<PlanRow>& requested);

    /// 要国確認 (初期登録時の総ワクチン箱数を超過する計画変更を行う場合には、国の確認が必要です): the
    /// requested rows change a registered plan to above its 初回登録時 total. Re-sending the plan as it
    /// is needs no confirmation, even above the first total after an approved increase.
    static bool needsNationalApproval(const VenuePlan& stored, const QList<PlanRow>& requested);
};

} // namespace vsys::core
