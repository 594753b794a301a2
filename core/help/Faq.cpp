// SPDX-License-Identifier: MIT
#include "core/help/Faq.h"

#include "core/ShippedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vsys::core {

Result<Faq> Faq::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString fileField = u"faq.json"_s;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{fileField, tr("%1: the file must contain one JSON object.").arg(fileField)};
    }
    const QJsonValue list = doc.object().value(u"entries"_s);
    if (!list.isArray()) {
        return Error{u"entries"_s, tr("%1: list the questions as an array.").arg(u"entries"_s)};
    }
    Faq faq;
    QSet<QString> ids;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        FaqEntry entry;
        entry.id = object.value(u"id"_s).toString().trimmed();
        entry.category = object.value(u"category"_s).toString().trimmed();
        entry.question = object.value(u"question"_s).toString().trimmed();
        entry.keywords = object.value(u"keywords"_s).toString().trimmed();
        entry.answer = object.value(u"answer"_s).toString().trimmed();
        entry.page = object.value(u"page"_s).toString().trimmed();
        for (const auto& [name, value] :
             {std::pair{u"id"_s, entry.id}, std::pair{u"category"_s, entry.category},
              std::pair{u"question"_s, entry.question}, std::pair{u"answer"_s, entry.answer}}) {
            if (value.isEmpty()) {
                const QString field = u"entries[%1].%2"_s.arg(i).arg(name);
                return Error{field, tr("%1: this field must not be empty.").arg(field)};
            }
        }
        if (ids.contains(entry.id)) {
            const QString field = u"entries[%1].id"_s.arg(i);
            return Error{field, tr("%1: this id is used twice.").arg(field)};
        }
        ids.insert(entry.id);
        faq.m_entries.append(entry);
    }
    return faq;
}

const Faq& Faq::builtIn()
{
    static const Faq faq = shipped::require(fromJson(shipped::read(u":/data/help/faq.json"_s)), u"faq.json"_s);
    return faq;
}

} // namespace vsys::core
