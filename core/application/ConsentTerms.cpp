// SPDX-License-Identifier: MIT
#include "core/application/ConsentTerms.h"

#include "core/ShippedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace vsys::core {

const ConsentTerms& ConsentTerms::builtIn()
{
    static const QString kFile = u":/data/application/consent.json"_s;
    static const ConsentTerms terms = shipped::require(fromJson(shipped::read(kFile)), kFile);
    return terms;
}

std::optional<ConsentTerms> ConsentTerms::fromJson(const QByteArray& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    ConsentTerms terms;
    terms.m_version = root.value(u"version"_s).toString();
    terms.m_heading = root.value(u"heading"_s).toString();
    const QJsonArray items = root.value(u"items"_s).toArray();
    if (terms.m_version.isEmpty() || items.isEmpty()) {
        return std::nullopt;
    }
    for (const QJsonValue& value : items) {
        const QJsonObject object = value.toObject();
        ConsentItem item{object.value(u"text"_s).toString(), {}};
        for (const QJsonValue& note : object.value(u"notes"_s).toArray()) {
            item.notes.append(note.toString());
        }
        if (item.text.isEmpty()) {
            return std::nullopt;
        }
        terms.m_items.append(item);
    }
    return terms;
}

} // namespace vsys::core
