// SPDX-License-Identifier: MIT
// ApplicationValidator: every rule of the 申込 form, checked on the effective content
// (ApplicationContent::effective). The client runs it field by field as the user leaves a field and all
// together on 申込; the server runs it again on submit, so a 申込 with errors never reaches review.
#pragma once

#include "core/address/PostalDirectory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vsys::core {

/// One problem. `message` is translated and starts with the field's qualifiedLabel().
struct FieldIssue
{
    QString path;
    QString message;
    bool warning = false; ///< accepted, but worth a second look (an e-mail with unusual dots)

    bool operator==(const FieldIssue&) const = default;
};

class ApplicationValidator
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationValidator)
public:
    /// Longest text accepted in a name or address field (V-SYS's text inputs).
    static constexpr int kMaxTextLength = 100;

    explicit ApplicationValidator(const PostalDirectory& postal = PostalDirectory::builtIn());

    /// Every problem, in form order. Fields that do not apply (an institution the arrangement does
    /// not need, a 未定 group, an unused optional group, a field turned off by a flag, a receiver copied
    /// from its contact) are not checked.
    QList<FieldIssue> validate(const QJsonObject& effective) const;
    static bool hasErrors(const QList<FieldIssue>& issues);

    /// What to store for `input` typed into the field: 全角 digits and hyphens made ASCII, the postal
    /// and municipality codes as digits, furigana in ひらがな, text trimmed. Input that breaks a rule is
    /// only trimmed and made ASCII where NFKC does it, so nothing the user typed is lost.
    static QString normalized(const QString& path, const QString& input);

private:
    void checkField(const QJsonObject& effective, const QString& path, QList<FieldIssue>& issues) const;
    QList<AddressCandidate> candidates(const QJsonObject& effective, const QString& groupPath) const;

    const PostalDirectory& m_postal;
};

} // namespace vsys::core
