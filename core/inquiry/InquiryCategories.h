// SPDX-License-Identifier: MIT
// InquiryCategories // お問い合わせ分類 and お問い合わせ詳細: the two levels of choices of the 問い合わせフォーム, as
// data (resources/inquiry/categories.json) so the list can follow the support desk without a code change.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::core {

/// One お問い合わせ詳細 of a 分類.
struct InquiryDetail
{
    QString key; ///< stable on the wire and in storage, unique within its 分類
    QString name; ///< as the form lists it: ログインできない
};

/// One お問い合わせ分類 with its details.
struct InquiryCategory
{
    QString key;
    QString name;
    QList<InquiryDetail> details;

    const InquiryDetail* find(const QString& detailKey) const;
};

class InquiryCategories
{
    Q_DECLARE_TR_FUNCTIONS(InquiryCategories)
public:
    static constexpr qsizetype kMaxKeyLength = 40;
    static constexpr qsizetype kMaxNameLength = 40;
    static constexpr qsizetype kMaxDetails = 10;

    /// Parses categories.json; errors name the offending entry.
    static Result<InquiryCategories> fromJson(const QByteArray& json);
    /// The shipped list (:/data/inquiry/categories.json), parsed once.
    static const InquiryCategories& builtIn();

    /// In the file's order.
    const QList<InquiryCategory>& categories() const { return m_categories; }
    const InquiryCategory* find(const QString& key) const;
    /// "V-SYSの操作 / ログインできない"; the keys themselves when they are not (or no longer) in the list.
    QString label(const QString& categoryKey, const QString& detailKey) const;

private:
    explicit InquiryCategories(QList<InquiryCategory> categories);

    QList<InquiryCategory> m_categories;
};

} // namespace vsys::core
