// SPDX-License-Identifier: MIT
// NaviCatalogue: a malformed shipped file stops the process (ShippedData), so every part is checked here.
#include "core/navi/NaviCatalogue.h"

#include "core/ShippedData.h"
#include "core/address/MunicipalityDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

std::optional<NaviChoice> findChoice(const QList<NaviChoice>& choices, const QString& key)
{
    for (const NaviChoice& choice : choices) {
        if (choice.key == key) {
            return choice;
        }
    }
    return std::nullopt;
}

Result<QList<NaviChoice>> choices(const QJsonObject& root, const QString& name)
{
    static const QRegularExpression keyShape(u"^[a-z_]{1,32}$"_s);
    const QJsonArray array = root.value(name).toArray();
    if (array.isEmpty()) {
        return Error{name, u"navi.json: %1 is missing or empty"_s.arg(name)};
    }
    QList<NaviChoice> list;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        NaviChoice choice{object.value(u"key"_s).toString(), object.value(u"label"_s).toString(),
                          object.value(u"category"_s).toString(), object.value(u"asksMunicipality"_s).toBool()};
        if (!keyShape.match(choice.key).hasMatch() || choice.label.isEmpty() || findChoice(list, choice.key)) {
            return Error{name, u"navi.json: an entry of %1 has no label or a bad or repeated key"_s.arg(name)};
        }
        list.append(choice);
    }
    return list;
}

} // namespace

QString NaviChoice::display() const
{
    return category.isEmpty() ? label : u"[%1] %2"_s.arg(category, label);
}

Result<NaviCatalogue> NaviCatalogue::fromJson(const QByteArray& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    NaviCatalogue catalogue;
    for (const auto& [name, target] :
         {std::pair{u"reasons"_s, &catalogue.m_reasons}, std::pair{u"vaccines"_s, &catalogue.m_vaccines},
          std::pair{u"methods"_s, &catalogue.m_methods}}) {
        auto list = choices(root, name);
        if (!list) {
            return list.error();
        }
        *target = *list;
    }
    for (const QJsonValue& value : root.value(u"unions"_s).toArray()) {
        const QJsonObject object = value.toObject();
        NaviUnion entry{object.value(u"code"_s).toString(),
                        object.value(u"prefecture"_s).toString(),
                        object.value(u"name"_s).toString(),
                        {},
                        object.value(u"note"_s).toString()};
        for (const QJsonValue& member : object.value(u"members"_s).toArray()) {
            entry.members.append(member.toString());
        }
        if (entry.code.size() != 6 || entry.name.isEmpty() || entry.prefecture.isEmpty()
            || MunicipalityDirectory::builtIn().find(entry.code)) {
            return Error{u"unions"_s, u"navi.json: a union needs a 6-digit code of its own, a prefecture and a name"_s};
        }
        catalogue.m_unions.append(entry);
    }
    for (const QJsonValue& value : root.value(u"accepting"_s).toArray()) {
        const QString code = value.toString();
        if (!catalogue.place(code)) {
            return Error{u"accepting"_s, u"navi.json: accepting lists an unknown municipality %1"_s.arg(code)};
        }
        catalogue.m_accepting.append(code);
    }
    return catalogue;
}

const NaviCatalogue& NaviCatalogue::builtIn()
{
    static const NaviCatalogue catalogue
        = shipped::require(fromJson(shipped::read(u":/data/navi/navi.json"_s)), u":/data/navi/navi.json"_s);
    return catalogue;
}

std::optional<NaviChoice> NaviCatalogue::reason(const QString& key) const
{
    return findChoice(m_reasons, key);
}

std::optional<NaviChoice> NaviCatalogue::vaccine(const QString& key) const
{
    return findChoice(m_vaccines, key);
}

std::optional<NaviChoice> NaviCatalogue::method(const QString& key) const
{
    return findChoice(m_methods, key);
}

std::optional<NaviUnion> NaviCatalogue::unionOf(const QString& code) const
{
    for (const NaviUnion& entry : m_unions) {
        if (entry.code == code) {
            return entry;
        }
    }
    return std::nullopt;
}

std::optional<NaviCatalogue::Place> NaviCatalogue::place(const QString& code) const
{
    if (const auto entry = unionOf(code)) {
        return Place{entry->prefecture, entry->name};
    }
    const auto municipality = MunicipalityDirectory::builtIn().find(code);
    if (!municipality || municipality->isPrefecture() || code.size() != 6) {
        return std::nullopt;
    }
    return Place{municipality->prefecture, municipality->name};
}

} // namespace vsys::core
