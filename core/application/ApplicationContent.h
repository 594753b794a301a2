// SPDX-License-Identifier: MIT
// ApplicationContent: reading and writing fields of an application's `content` by path, and what the
// 申込 says once the form's switches are applied (既存登録情報 kept, 上記担当者と同一 copied, 未定 and
// sections that do not apply dropped). The client submits effective() and the server checks it, so
// both sides agree on what an unchanged section means.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace vsys::core {

class ApplicationContent
{
public:
    /// The value at a dotted path (`company.address.street`); undefined when absent.
    static QJsonValue value(const QJsonObject& content, const QString& path);
    /// Sets the value at a dotted path, creating the objects on the way; an undefined value removes it.
    static void setValue(QJsonObject& content, const QString& path, const QJsonValue& value);

    /// The venue's 既存登録情報 has something for the section (so the form shows it and its switch).
    static bool hasExisting(const QJsonObject& existing, const QString& sectionKey);
    /// The section takes the user's values: its 「右記の既存登録情報から変更する」 switch is on, or there
    /// is no existing registration to keep.
    static bool isChanged(const QJsonObject& content, const QJsonObject& existing, const QString& sectionKey);
    static void setChanged(QJsonObject& content, const QString& sectionKey, bool changed);

    /// The 実施医療機関の情報 applies: the 接種体制分類 in `content` is one that needs it (02, 03).
    static bool needsInstitution(const QJsonObject& content);
    /// Whether the section is part of this application: every section is, except the 実施医療機関の情報
    /// when the arrangement does not need one. The form hides, the validator skips, effective() drops
    /// and the printout leaves out a section that does not apply.
    static bool sectionApplies(const QJsonObject& content, const QString& sectionKey);

    /// The application as submitted: each unchanged section replaced by the existing registration,
    /// the institution removed when the arrangement does not need it, receivers 「上記担当者と同一」
    /// filled in from their contact, 未定 groups reduced to their flag, and fields turned off by a flag
    /// (メールアドレス登録を希望しない) removed. The switches themselves stay, so the record says which
    /// sections were changed.
    static QJsonObject effective(const QJsonObject& content, const QJsonObject& existing);

    /// The application asks for nothing: every section with an existing registration submits exactly
    /// its values, and the bank account is not to be changed. Such a 申込 is refused (there is nothing
    /// to review); without an existing registration every application asks for something.
    static bool changesNothing(const QJsonObject& content, const QJsonObject& existing);
};

} // namespace vsys::core
