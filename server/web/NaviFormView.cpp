// SPDX-License-Identifier: MIT
// NaviFormView: every option list sets "selected" (true or false), so that a section never finds a parent's value.
#include "server/web/NaviFormView.h"

#include "core/navi/TicketApplicationValidator.h"

using namespace Qt::StringLiterals;
using kainjow::mustache::data;
using kainjow::mustache::list;

namespace vsys::server {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

data option(const QString& value, const QString& label, bool selected)
{
    data entry;
    entry.set("value", utf8(value));
    entry.set("label", utf8(label));
    entry.set("selected", selected);
    return entry;
}

list choices(const QList<core::NaviChoice>& all, const QString& chosen)
{
    list options;
    for (const core::NaviChoice& choice : all) {
        options.push_back(option(choice.key, choice.label, choice.key == chosen));
    }
    return options;
}

/// Groups in the order of their first entry.
template <typename Entry, typename GroupOf, typename OptionOf>
list grouped(const QList<Entry>& entries, GroupOf groupOf, OptionOf optionOf)
{
    QStringList order;
    QHash<QString, list> groups;
    for (const Entry& entry : entries) {
        const QString group = groupOf(entry);
        if (!groups.contains(group)) {
            order.append(group);
        }
        groups[group].push_back(optionOf(entry));
    }
    list result;
    for (const QString& group : order) {
        data entry;
        entry.set("group", utf8(group));
        entry.set("options", groups.value(group));
        result.push_back(entry);
    }
    return result;
}

data row(const QString& label, const QStringList& lines)
{
    data entry;
    entry.set("label", utf8(label));
    list texts;
    for (const QString& line : lines) {
        texts.push_back(utf8(line));
    }
    entry.set("lines", texts);
    return entry;
}

} // namespace

const QStringList& NaviFormView::fieldNames()
{
    using namespace core::ticketField;
    static const QStringList names = [] {
        QStringList all{u"token"_s, u"prefecture"_s, kMunicipality, kFamilyName, kGivenName,  kFamilyKana, kGivenKana,
                        kBirthYear, kBirthMonth,     kBirthDay,     kPhone,      kPostalCode, kAddress,    kReason};
        for (int number = 1; number <= 2; ++number) {
            for (const QString& part :
                 {u"year"_s, u"month"_s, u"day"_s, u"vaccine"_s, u"method"_s, u"municipality"_s}) {
                all.append(dose(number, part));
            }
        }
        all.append({kSecondSameVaccine, kSecondSameMethod, kAgree});
        return all;
    }();
    return names;
}

QHash<QString, QString> NaviFormView::kept(const QHash<QString, QString>& posted)
{
    QHash<QString, QString> values;
    for (const QString& name : fieldNames()) {
        if (posted.contains(name)) {
            values.insert(name, posted.value(name));
        }
    }
    return values;
}

QString NaviFormView::date(QDate date)
{
    return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
}

WebData NaviFormView::form(const QHash<QString, QString>& values,
                           const QList<core::Error>& errors,
                           const QStringList& accepting,
                           const QString& notAccepting,
                           const QString& addressNote)
{
    using namespace core::ticketField;
    WebData page;
    page.set("title", "追加接種（3回目）用の接種券発行申請");
    page.set("token", utf8(values.value(u"token"_s)));
    for (const QString& name : fieldNames()) {
        page.set((u"v_"_s + name).toStdString(), utf8(values.value(name)));
    }
    page.set("v_agree", values.value(kAgree) == u"1"_s);
    list summary;
    QHash<QString, QString> byField;
    for (const core::Error& error : errors) {
        byField.insert(error.field, error.message);
        page.set((u"e_"_s + error.field).toStdString(), utf8(error.message));
        data entry;
        entry.set("field", utf8(error.field));
        entry.set("message", utf8(error.message));
        summary.push_back(entry);
    }
    page.set("has_errors", !errors.isEmpty());
    page.set("errors", summary);
    const auto any = [&byField](std::initializer_list<QString> fields) {
        for (const QString& field : fields) {
            if (byField.contains(field)) {
                return true;
            }
        }
        return false;
    };
    page.set("e_name", any({kFamilyName, kGivenName}));
    page.set("e_kana", any({kFamilyKana, kGivenKana}));
    page.set("e_address", any({kPostalCode, kAddress}) || !addressNote.isEmpty());
    if (!notAccepting.isEmpty()) {
        page.set("not_accepting", utf8(notAccepting));
    }
    if (!addressNote.isEmpty()) {
        page.set("address_note", utf8(addressNote));
    }

    list unions;
    for (const core::NaviUnion& entry : catalogue().unions()) {
        data note;
        const QString heading = entry.note.section(u'\n', 0, 0);
        note.set("heading", utf8(heading));
        note.set("body", utf8(entry.note.section(u'\n', 1)));
        unions.push_back(note);
    }
    page.set("unions", unions);

    struct Place
    {
        QString code;
        core::NaviCatalogue::Place place;
    };
    QList<Place> places;
    QStringList prefectures;
    for (const QString& code : accepting) {
        if (const auto place = catalogue().place(code)) {
            places.append({code, *place});
            if (!prefectures.contains(place->prefecture)) {
                prefectures.append(place->prefecture);
            }
        }
    }
    list prefectureOptions;
    for (const QString& prefecture : std::as_const(prefectures)) {
        prefectureOptions.push_back(option(prefecture, prefecture, values.value(u"prefecture"_s) == prefecture));
    }
    page.set("prefectures", prefectureOptions);
    const QString chosen = values.value(kMunicipality);
    page.set("municipality_groups",
             grouped(
                 places, [](const Place& entry) { return entry.place.prefecture; },
                 [&chosen](const Place& entry) { return option(entry.code, entry.place.name, entry.code == chosen); }));
    page.set("reason_groups",
             grouped(
                 catalogue().reasons(), [](const core::NaviChoice& entry) { return entry.category; },
                 [&values](const core::NaviChoice& entry) {
                     return option(entry.key, entry.label, entry.key == values.value(kReason));
                 }));

    list doses;
    for (int number = 1; number <= 2; ++number) {
        data entry;
        entry.set("n", std::to_string(number));
        entry.set("second", number == 2);
        entry.set("year", utf8(values.value(dose(number, u"year"_s))));
        entry.set("month", utf8(values.value(dose(number, u"month"_s))));
        entry.set("day", utf8(values.value(dose(number, u"day"_s))));
        entry.set("municipality", utf8(values.value(dose(number, u"municipality"_s))));
        entry.set("vaccines", choices(catalogue().vaccines(), values.value(dose(number, u"vaccine"_s))));
        entry.set("methods", choices(catalogue().methods(), values.value(dose(number, u"method"_s))));
        entry.set("same_vaccine", number == 2 && !values.value(kSecondSameVaccine).isEmpty());
        entry.set("same_method", number == 2 && !values.value(kSecondSameMethod).isEmpty());
        // Every key is set, so that dose 2's empty error never shows dose 1's through the parent context.
        const QString vaccineError
            = byField.value(dose(number, u"vaccine"_s), number == 2 ? byField.value(kSecondSameVaccine) : QString());
        for (const auto& [key, message] :
             {std::pair{"e_date", byField.value(dose(number, u"year"_s))}, std::pair{"e_vaccine", vaccineError},
              std::pair{"e_method", byField.value(dose(number, u"method"_s))},
              std::pair{"e_municipality", byField.value(dose(number, u"municipality"_s))}}) {
            if (message.isEmpty()) {
                entry.set(key, false);
            } else {
                entry.set(key, utf8(message));
            }
        }
        doses.push_back(entry);
    }
    page.set("doses", doses);
    return page;
}

WebData NaviFormView::confirm(const core::TicketApplication& application, const QHash<QString, QString>& values)
{
    WebData page;
    page.set("title", "入力内容の確認");
    const auto place = catalogue().place(application.municipalityCode);
    list rows;
    rows.push_back(row(u"住民票の市町村"_s, {place ? place->prefecture + u" "_s + place->name : QString()}));
    rows.push_back(
        row(u"同意事項"_s,
            {u"■ 新接種券の発行にあたっては、ワクチン接種記録システム（VRS）上において、住民票所在地市町村が"
             "個人番号（マイナンバー）又は他の個人情報（氏名・生年月日・性別）により、被接種者の以前にお住まいの"
             "市区町村における接種記録を確認します。"_s,
             u"■ 転居された方で転出元で発行された3回目接種用の接種券がお手元にある場合は、廃棄してください。"_s}));
    rows.push_back(row(u"氏名"_s, {application.familyName + u" "_s + application.givenName}));
    rows.push_back(row(u"氏名（フリガナ）"_s, {application.familyKana + u" "_s + application.givenKana}));
    rows.push_back(row(u"生年月日"_s, {date(application.birthDate)}));
    rows.push_back(row(u"電話番号"_s, {application.phone}));
    rows.push_back(
        row(u"送付先住所"_s,
            {u"〒%1-%2"_s.arg(application.postalCode.left(3), application.postalCode.mid(3)), application.address}));
    const auto reason = catalogue().reason(application.reason);
    rows.push_back(row(u"申請理由"_s, {reason ? reason->display() : QString()}));
    page.set("rows", rows);

    list doseRows;
    int number = 1;
    for (const core::PastDose* dose : {&application.first, &application.second}) {
        const auto vaccine = catalogue().vaccine(dose->vaccine);
        const auto method = catalogue().method(dose->method);
        doseRows.push_back(row(u"%1回目 接種日"_s.arg(number), {date(dose->date)}));
        doseRows.push_back(
            row(u"%1回目 ワクチン種類"_s.arg(number), {u"[%1]"_s.arg(vaccine ? vaccine->label : QString())}));
        QStringList methodLines{u"[%1]"_s.arg(method ? method->label : QString())};
        if (!dose->ticketMunicipality.isEmpty()) {
            methodLines.append(u"接種券を送ってきた市町村名：%1"_s.arg(dose->ticketMunicipality));
        }
        doseRows.push_back(row(u"%1回目 接種の方法"_s.arg(number), methodLines));
        ++number;
    }
    page.set("dose_rows", doseRows);

    list hidden;
    for (const QString& name : fieldNames()) {
        if (values.contains(name)) {
            data field;
            field.set("name", utf8(name));
            field.set("value", utf8(values.value(name)));
            hidden.push_back(field);
        }
    }
    page.set("hidden", hidden);
    return page;
}

} // namespace vsys::server
