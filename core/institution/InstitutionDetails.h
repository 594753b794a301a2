// SPDX-License-Identifier: MIT
// InstitutionDetails (医療機関・接種会場の詳細): what V-SYS keeps of the venue as a medical institution, the
// fields of it that change only once the municipality approves them (市町村承認), and the record the server
// keeps: the approved values, the request waiting for the municipality and its last decision.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::core {

struct InstitutionDetails // 医療機関・接種会場の詳細
{
    QString facilityCategory; ///< 施設分類 (InstitutionApproval::facilityCategories())
    QString homepage; ///< ホームページ (http or https)
    int freezersMinus75 = 0; ///< ディープフリーザー(-75℃)(台)
    int freezersMinus20 = 0; ///< (-20℃)(台)
    int freezersMinus10 = 0; ///< (-10℃)(台)
    QString representative; ///< 代表者氏名, printed on the claim forms
    QString address; ///< 所在地, printed on the claim forms
    QString phone; ///< 電話番号, digits only
    QString insuranceCode; ///< 請求用保険医療機関コード (10 digits), the code the 国保連 pays to

    bool operator==(const InstitutionDetails&) const = default;
};

/// The wire names of the fields ("facility_category", "homepage", "freezers_minus75", ...), in the
/// order the page shows them.
class InstitutionFields
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionFields)
public:
    static const QStringList& keys();
    /// The field's label as the screen and the messages name it (施設分類, 代表者氏名, ...).
    static QString label(const QString& key);
    static QJsonValue value(const InstitutionDetails& details, const QString& key);
    /// `details` with `key` set to `value` (already checked by InstitutionJson).
    static void setValue(InstitutionDetails& details, const QString& key, const QJsonValue& value);
    /// The keys whose values differ.
    static QStringList changed(const InstitutionDetails& from, const InstitutionDetails& to);
};

class InstitutionJson
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionJson)
public:
    static constexpr int kMaxFreezers = 99;
    static constexpr int kMaxTextLength = 200;

    static QJsonObject toJson(const InstitutionDetails& details);
    /// Every field must be there with its type; the text is checked and normalised (phone digits, the
    /// code's 10 digits, ひらがな is not asked here). Errors name the field as `prefix` + key
    /// ("fields.phone"), with the field's label in the message.
    static Result<InstitutionDetails> fromJson(const QJsonObject& json, const QString& prefix = {});
    /// The fields of `json` (a subset, as a pending request holds) checked one by one.
    static Result<QJsonObject> fieldsFromJson(const QJsonObject& json, const QString& prefix = {});
    /// Warnings for accepted values (a 請求用保険医療機関コード whose check digit does not match, §8.5).
    static QStringList warnings(const InstitutionDetails& details);
};

/// Which fields wait for the municipality (resources/institution/approval-fields.json).
class InstitutionApproval
{
public:
    static const InstitutionApproval& builtIn();
    /// Parses the shipped file's content; nullopt when it is malformed (an unknown field, no list).
    static std::optional<InstitutionApproval> fromJson(const QJsonObject& json);

    bool needsApproval(const QString& key) const { return m_fields.contains(key); }
    const QStringList& fields() const { return m_fields; }
    const QStringList& facilityCategories() const { return m_categories; }

private:
    QStringList m_fields;
    QStringList m_categories;
};

/// The change the venue asked for that waits for the municipality (市町村承認待ち).
struct InstitutionRequest
{
    QJsonObject fields; ///< only fields that need approval, with their requested values
    QDateTime requestedAt;
    QString requestedBy; ///< the V-SYS ID that asked

    bool operator==(const InstitutionRequest&) const = default;
};

/// The municipality's last answer.
struct InstitutionDecision
{
    bool approved = false; ///< false: rejected, the approved values stayed
    QJsonObject fields; ///< what had been asked for
    QString comment;
    QDateTime decidedAt;

    bool operator==(const InstitutionDecision&) const = default;
};

/// The venue's 医療機関情報 as the server keeps it (docs/api.md "医療機関情報").
struct InstitutionRecord
{
    int version = 0; ///< 0 = never saved
    InstitutionDetails approved;
    std::optional<InstitutionRequest> pending;
    std::optional<InstitutionDecision> decision;
    QDateTime updatedAt;

    bool operator==(const InstitutionRecord&) const = default;

    /// What the venue sees as its wish: the approved values with the pending ones laid over them.
    InstitutionDetails requested() const;
};

class InstitutionRecordJson
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRecordJson)
public:
    static QJsonObject toJson(const InstitutionRecord& record);
    static Result<InstitutionRecord> fromJson(const QJsonObject& json);
    static QJsonObject requestToJson(const InstitutionRequest& request);
    static Result<InstitutionRequest> requestFromJson(const QJsonObject& json, const QString& field);
    static QJsonObject decisionToJson(const InstitutionDecision& decision);
    static Result<InstitutionDecision> decisionFromJson(const QJsonObject& json, const QString& field);
};

/// What saving requested details over a stored record does: the fields that need no approval change at
/// once; the others, where they differ from the approved ones, become the pending request (replacing one
/// waiting); asking again for the approved values withdraws the request.
class InstitutionChange
{
public:
    static InstitutionRecord applied(const InstitutionRecord& stored,
                                     const InstitutionDetails& requested,
                                     const QDateTime& now,
                                     const QString& vsysId,
                                     const InstitutionApproval& approval = InstitutionApproval::builtIn());
    /// The municipality's answer to the pending request (there must be one).
    static InstitutionRecord
    decided(const InstitutionRecord& stored, bool approved, const QString& comment, const QDateTime& now);
};

} // namespace vsys::core
