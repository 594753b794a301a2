// SPDX-License-Identifier: MIT
// Doctor (接種担当医師): a doctor who vaccinates at the venue, with the vaccines they give (取扱ワクチン(医師個人)),
// and the rule that a venue with a V-SYS ID newly issued for the 追加接種 registers at least one
// (「医師情報は…新規 ID の場合は、必須」).
#pragma once

#include "core/Result.h"
#include "core/application/ApplicationRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vsys::core {

struct Doctor // 接種担当医師
{
    QString id; ///< a lower-case UUID the client makes
    QString name; ///< (医師)氏名
    QString nameKana; ///< (医師)氏名ふりがな, ひらがな
    QString phone; ///< digits only; may be empty
    QString email; ///< may be empty
    QStringList vaccines; ///< DoctorVaccines::keys() the doctor gives, in that order
    int version = 0; ///< 0 = not on the server yet
    QDateTime updatedAt;

    bool operator==(const Doctor&) const = default;
    /// The same person and vaccines, whatever the version.
    bool sameContent(const Doctor& other) const;
};

/// 取扱ワクチン: the wire keys and their labels as V-SYS shows them.
class DoctorVaccines
{
    Q_DECLARE_TR_FUNCTIONS(DoctorVaccines)
public:
    /// "pfizer_12" ファイザー社(12歳以上), "pfizer_5_11" ファイザー社(5歳以上11歳以下), "astrazeneca" アストラゼネカ社,
    /// "moderna" 武田(モデルナ)社.
    static const QStringList& keys();
    static QString label(const QString& key);
};

class DoctorJson
{
    Q_DECLARE_TR_FUNCTIONS(DoctorJson)
public:
    static constexpr int kMaxNameLength = 50;
    static constexpr int kMaxEmailLength = 254;

    /// {"id","name","name_kana","phone","email","vaccines":[...],"version","updated_at"}.
    static QJsonObject toJson(const Doctor& doctor);
    /// The content the venue sends (name, name_kana, phone, email, vaccines), checked and normalised
    /// (ふりがな in ひらがな, phone digits); errors name the field. id, version and updated_at are not read.
    static Result<Doctor> contentFromJson(const QJsonObject& json);
    /// A stored or delivered doctor: the content plus id, version and updated_at.
    static Result<Doctor> fromJson(const QJsonObject& json);
    /// The tombstone GET /changes delivers for a deleted doctor: {"id":…,"deleted":true}.
    static QJsonObject deletedJson(const QString& id);
    static bool isDeleted(const QJsonObject& json);
};

class DoctorRequirement
{
    Q_DECLARE_TR_FUNCTIONS(DoctorRequirement)
public:
    /// True when one of the venue's applications is 確認済み with a V-SYS ID issued for the 追加接種
    /// (新規IDの発行): the venue then registers at least one 接種担当医師.
    static bool required(const QList<ApplicationRecord>& venueApplications);
    /// The standing notice while none is registered.
    static QString notice();
    /// Why the last doctor of such a venue cannot be deleted.
    static QString lastDoctorMessage();
};

} // namespace vsys::core
