// SPDX-License-Identifier: MIT
#include "core/inquiry/InquiryCategories.h"

#include "core/ShippedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

const QString kResource = u":/data/inquiry/categories.json"_s;

bool isKey(const QString& key)
{
    return !key.isEmpty() && key.size() <= InquiryCategories::kMaxKeyLength;
}

bool isName(const QString& name)
{
    return !name.isEmpty() && name.size() <= InquiryCategories::kMaxNameLength;
}

} // namespace

const InquiryDetail* InquiryCategory::find(const QString& detailKey) const
{
    const auto found = std::find_if(details.cbegin(), details.cend(),
                                    [&detailKey](const InquiryDetail& detail) { return detail.key == detailKey; });
    return found == details.cend() ? nullptr : &*found;
}

InquiryCategories::InquiryCategories(QList<InquiryCategory> categories)
    : m_categories(std::move(categories))
{}

Result<InquiryCategories> InquiryCategories::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error{u"categories"_s,
                     tr("Inquiry categories: the file is not valid JSON (%1).").arg(parseError.errorString())};
    }
    QList<InquiryCategory> categories;
    const QJsonArray entries = doc.object().value(u"categories"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString field = u"categories[%1]"_s.arg(i);
        InquiryCategory category;
        category.key = entry.value(u"key"_s).toString();
        category.name = entry.value(u"name"_s).toString();
        const QJsonArray details = entry.value(u"details"_s).toArray();
        for (const QJsonValue& value : details) {
            const QJsonObject detail = value.toObject();
            const InquiryDetail read{detail.value(u"key"_s).toString(), detail.value(u"name"_s).toString()};
            if (!isKey(read.key) || !isName(read.name) || category.find(read.key)) {
                category.details.clear();
                break;
            }
            category.details.append(read);
        }
        const bool duplicate = std::any_of(categories.cbegin(), categories.cend(),
                                           [&](const InquiryCategory& other) { return other.key == category.key; });
        if (!isKey(category.key) || !isName(category.name) || duplicate || category.details.isEmpty()
            || category.details.size() != details.size() || details.size() > kMaxDetails) {
            return Error{field,
                         tr("%1: a category needs a unique key of at most %2 characters, a name of at most %3 "
                            "characters and 1 to %4 details, each with a key unique in the category and a name.")
                             .arg(field)
                             .arg(kMaxKeyLength)
                             .arg(kMaxNameLength)
                             .arg(kMaxDetails)};
        }
        categories.append(category);
    }
    if (categories.isEmpty()) {
        return Error{u"categories"_s, tr("categories: at least one category is needed.")};
    }
    return InquiryCategories(std::move(categories));
}

const InquiryCategories& InquiryCategories::builtIn()
{
    static const InquiryCategories categories = shipped::require(fromJson(shipped::read(kResource)), kResource);
    return categories;
}

const InquiryCategory* InquiryCategories::find(const QString& key) const
{
    const auto found = std::find_if(m_categories.cbegin(), m_categories.cend(),
                                    [&key](const InquiryCategory& category) { return category.key == key; });
    return found == m_categories.cend() ? nullptr : &*found;
}

QString InquiryCategories::label(const QString& categoryKey, const QString& detailKey) const
{
    const InquiryCategory* category = find(categoryKey);
    const InquiryDetail* detail = category ? category->find(detailKey) : nullptr;
    return u"%1 / %2"_s.arg(category ? category->name : categoryKey, detail ? detail->name : detailKey);
}

} // namespace vsys::core
