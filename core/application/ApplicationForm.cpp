// SPDX-License-Identifier: MIT
#include "core/application/ApplicationForm.h"

#include "core/application/VaccinationArrangements.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

FormField typed(const QString& path, const char* label, FieldKind kind, bool required = true)
{
    FormField field;
    field.path = path;
    field.label = label;
    field.kind = kind;
    field.required = required;
    return field;
}

FormField text(const QString& path, const char* label, bool required = true)
{
    return typed(path, label, FieldKind::Text, required);
}

FormField yesNo(const QString& path, const char* label, const char* yes, const char* no)
{
    FormField field = typed(path, label, FieldKind::YesNo);
    field.yesLabel = yes;
    field.noLabel = no;
    return field;
}

FormSection makeSection(const QString& key, const char* title, QList<FormGroup> groups, bool hasExisting = true)
{
    FormSection section;
    section.key = key;
    section.title = title;
    section.groups = std::move(groups);
    section.hasExisting = hasExisting;
    return section;
}

FormGroup makeGroup(const QString& path, const char* title, QList<FormField> fields)
{
    FormGroup group;
    group.path = path;
    group.title = title;
    group.fields = std::move(fields);
    return group;
}

FormGroup addressGroup(const QString& path, const char* title)
{
    FormGroup group = makeGroup(
        path, title,
        {typed(path + u".postal_code"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Postal code"), FieldKind::PostalCode),
         typed(path + u".prefecture"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Prefecture"), FieldKind::Prefecture),
         typed(path + u".municipality_code"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Municipality code"),
               FieldKind::MunicipalityCode),
         typed(path + u".municipality"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Municipality"),
               FieldKind::Municipality),
         text(path + u".street"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Street address"))});
    group.address = true;
    return group;
}

/// 担当者1/2: the same six fields; only the first is required.
FormGroup contactGroup(const QString& path, const char* title, bool optional)
{
    FormGroup group = makeGroup(
        path, title,
        {text(path + u".organization"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Organization")),
         text(path + u".department"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Department")),
         text(path + u".title"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Position"), false),
         text(path + u".name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Name")),
         typed(path + u".phone"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Telephone number"), FieldKind::Phone),
         typed(path + u".email"_s, QT_TRANSLATE_NOOP("ApplicationForm", "E-mail address"), FieldKind::Email)});
    group.optional = optional;
    return group;
}

FormGroup
receiverGroup(const QString& path, const char* title, const QString& source, const char* sameAs, bool optional)
{
    FormGroup group = makeGroup(
        path, title,
        {text(path + u".name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Name")),
         typed(path + u".phone"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Telephone number"), FieldKind::Phone)});
    group.optional = optional;
    group.sameAsSource = source;
    group.sameAsLabel = sameAs;
    return group;
}

/// 保管管理責任者 and the 土日・祝日 contact: the same four fields, each group may be 未定.
FormGroup officerGroup(const QString& path, const char* title)
{
    FormGroup group
        = makeGroup(path, title,
                    {text(path + u".organization"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's organization")),
                     text(path + u".name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's name")),
                     typed(path + u".phone"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's telephone number"),
                           FieldKind::Phone),
                     typed(path + u".email"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's e-mail address"),
                           FieldKind::Email)});
    group.undecidable = true;
    return group;
}

QList<FormSection> buildSections()
{
    FormGroup company = makeGroup(
        u"company"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Company or university"),
        {text(u"company.name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Name of the company or university")),
         text(u"company.representative"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Representative's name")),
         typed(u"company.phone"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Main telephone number"), FieldKind::Phone)});
    // The company's labels are the ones the briefing's message example uses alone (代表電話番号); the
    // institution's repeat them and are the ones qualified.
    company.qualifyLabels = false;

    FormGroup venue
        = makeGroup(u"venue"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Venue name and vaccination arrangement"),
                    {text(u"venue.name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Vaccination venue name")),
                     typed(u"venue.arrangement"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Vaccination arrangement"),
                           FieldKind::Arrangement)});
    venue.qualifyLabels = false;
    FormGroup facilities = makeGroup(
        u"venue"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Venue facilities"),
        {yesNo(u"venue.elevator"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Elevator at the vaccination venue"),
               QT_TRANSLATE_NOOP("ApplicationForm", "Elevator available"),
               QT_TRANSLATE_NOOP("ApplicationForm", "No elevator")),
         typed(u"venue.fax"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Fax number"), FieldKind::Phone, false),
         yesNo(u"venue.deep_freezer_required"_s,
               QT_TRANSLATE_NOOP("ApplicationForm", "Is a -20 °C freezer (deep freezer) needed"),
               QT_TRANSLATE_NOOP("ApplicationForm", "Needed"), QT_TRANSLATE_NOOP("ApplicationForm", "Not needed"))});
    facilities.qualifyLabels = false;

    FormGroup institution = makeGroup(
        u"institution"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Medical institution"),
        {text(u"institution.name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Medical institution name")),
         text(u"institution.representative"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Representative's name")),
         typed(u"institution.phone"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Main telephone number"),
               FieldKind::Phone)});
    FormGroup institutionContact = makeGroup(
        u"institution.contact"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Contact person at the medical institution"),
        {text(u"institution.contact.department"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Department"), false),
         text(u"institution.contact.name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Name")),
         typed(u"institution.contact.phone"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Telephone number"),
               FieldKind::Phone),
         typed(u"institution.contact.email"_s, QT_TRANSLATE_NOOP("ApplicationForm", "E-mail address"),
               FieldKind::Email)});

    FormGroup billing = makeGroup(
        u"billing"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Billing"),
        {typed(u"billing.change_bank_account"_s,
               QT_TRANSLATE_NOOP("ApplicationForm", "Change the bank account for the vaccination fees"),
               FieldKind::Flag, false),
         typed(u"billing.keep_venue_id"_s,
               QT_TRANSLATE_NOOP("ApplicationForm", "Continue to use the existing venue ID (similar code, V-SYS ID)"),
               FieldKind::Flag, false)});
    billing.qualifyLabels = false;
    billing.note = QT_TRANSLATE_NOOP(
        "ApplicationForm", "Even when this is checked, a new application is needed if the conditions are not met.");

    FormField noEmail = typed(u"officers.vaccination.no_email"_s,
                              QT_TRANSLATE_NOOP("ApplicationForm", "Does not wish to register an e-mail address"),
                              FieldKind::Flag, false);
    noEmail.disables = u"officers.vaccination.email"_s;
    FormGroup vaccination = makeGroup(
        u"officers.vaccination"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer responsible for the vaccination"),
        {text(u"officers.vaccination.organization"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's organization")),
         text(u"officers.vaccination.name"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's (doctor's) name")),
         typed(u"officers.vaccination.name_kana"_s,
               QT_TRANSLATE_NOOP("ApplicationForm", "Officer's (doctor's) name in furigana"), FieldKind::Furigana),
         typed(u"officers.vaccination.phone"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's telephone number"),
               FieldKind::Phone),
         typed(u"officers.vaccination.email"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officer's e-mail address"),
               FieldKind::Email),
         {u"officers.vaccination.no_email"_s,
          QT_TRANSLATE_NOOP("ApplicationForm", "Does not wish to register an e-mail address"), FieldKind::Flag, false,
          nullptr, nullptr, u"officers.vaccination.email"_s}});
    vaccination.undecidable = true;

    FormGroup supplies
        = makeGroup(u"supplies"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Requested supplies"),
                    {yesNo(u"supplies.surgical_mask"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Surgical masks"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Requested"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Not requested")),
                     yesNo(u"supplies.n95_mask"_s, QT_TRANSLATE_NOOP("ApplicationForm", "N95 masks"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Requested"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Not requested")),
                     yesNo(u"supplies.isolation_gown"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Isolation gowns"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Requested"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Not requested")),
                     yesNo(u"supplies.face_shield"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Face shields"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Requested"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Not requested")),
                     yesNo(u"supplies.gloves"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Non-sterile gloves"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Requested"),
                           QT_TRANSLATE_NOOP("ApplicationForm", "Not requested"))});
    supplies.qualifyLabels = false;

    return {
        makeSection(u"company"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Company or university information"),
                    {company,
                     addressGroup(u"company.address"_s,
                                  QT_TRANSLATE_NOOP("ApplicationForm", "Address of the company or university"))}),
        makeSection(
            u"venue"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Vaccination venue information"),
            {venue,
             addressGroup(u"venue.address"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Address of the vaccination venue")),
             facilities}),
        makeSection(u"institution"_s,
                    QT_TRANSLATE_NOOP("ApplicationForm",
                                      "Medical institution carrying out the vaccination (arrangement 02 or 03)"),
                    {institution, institutionContact}),
        makeSection(u"billing"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Billing information"), {billing}, false),
        makeSection(u"contacts"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Contacts for the vaccination"),
                    {contactGroup(u"contacts.primary"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Contact 1"), false),
                     contactGroup(u"contacts.secondary"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Contact 2"), true),
                     receiverGroup(u"contacts.receiver1"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Vaccine receiver 1"),
                                   u"contacts.primary"_s,
                                   QT_TRANSLATE_NOOP("ApplicationForm", "Same as contact 1 above"), false),
                     receiverGroup(u"contacts.receiver2"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Vaccine receiver 2"),
                                   u"contacts.secondary"_s,
                                   QT_TRANSLATE_NOOP("ApplicationForm", "Same as contact 2 above"), true)}),
        makeSection(
            u"officers"_s, QT_TRANSLATE_NOOP("ApplicationForm", "Officers and managers"),
            {vaccination,
             officerGroup(u"officers.vaccine_storage"_s,
                          QT_TRANSLATE_NOOP("ApplicationForm", "Officer responsible for storing the vaccine")),
             officerGroup(
                 u"officers.needle_storage"_s,
                 QT_TRANSLATE_NOOP("ApplicationForm", "Officer responsible for storing the needles and syringes")),
             officerGroup(u"officers.holiday_contact"_s,
                          QT_TRANSLATE_NOOP("ApplicationForm", "Contact for storage on weekends and holidays"))}),
        makeSection(u"supplies"_s,
                    QT_TRANSLATE_NOOP("ApplicationForm", "Supplies other than vaccine, needles and syringes"),
                    {supplies}),
    };
}

struct Index
{
    QHash<QString, const FormField*> fields;
    QHash<QString, const FormGroup*> groups; ///< by field path
    QList<const FormField*> ordered;
    QHash<QString, qsizetype> positions; ///< by field path: its index in `ordered`
};

const Index& index()
{
    static const Index built = [] {
        Index result;
        for (const FormSection& section : ApplicationForm::sections()) {
            for (const FormGroup& group : section.groups) {
                for (const FormField& field : group.fields) {
                    result.fields.insert(field.path, &field);
                    result.groups.insert(field.path, &group);
                    result.positions.insert(field.path, result.ordered.size());
                    result.ordered.append(&field);
                }
            }
        }
        return result;
    }();
    return built;
}

} // namespace

const QList<FormSection>& ApplicationForm::sections()
{
    static const QList<FormSection> built = buildSections();
    return built;
}

const FormSection* ApplicationForm::section(const QString& key)
{
    for (const FormSection& candidate : sections()) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

const FormGroup* ApplicationForm::groupOf(const QString& fieldPath)
{
    return index().groups.value(fieldPath);
}

const FormField* ApplicationForm::field(const QString& path)
{
    return index().fields.value(path);
}

QList<const FormField*> ApplicationForm::fields()
{
    return index().ordered;
}

qsizetype ApplicationForm::order(const QString& path)
{
    const Index& built = index();
    if (const auto found = built.positions.constFind(path); found != built.positions.cend()) {
        return 2 * found.value() + 1;
    }
    // A switch (`company.address.manual`, `changes_from_existing.company`) comes just before the first
    // field of the group or section it belongs to, as the form shows it.
    QString owner = path.section(u'.', 0, -2);
    if (owner == QLatin1StringView(kChangesKey)) {
        owner = path.section(u'.', -1);
    }
    if (!owner.isEmpty()) {
        const QString prefix = owner + u'.';
        for (qsizetype i = 0; i < built.ordered.size(); ++i) {
            if (built.ordered.at(i)->path.startsWith(prefix)) {
                return 2 * i;
            }
        }
    }
    return 2 * built.ordered.size();
}

QString ApplicationForm::title(const char* source)
{
    return source ? tr(source) : QString();
}

QString ApplicationForm::label(const QString& path)
{
    const FormField* found = field(path);
    return found ? tr(found->label) : path;
}

QString ApplicationForm::qualifiedLabel(const QString& path)
{
    const FormField* found = field(path);
    if (!found) {
        return switchLabel(path);
    }
    const FormGroup* owner = groupOf(path);
    if (!owner || !owner->qualifyLabels) {
        return tr(found->label);
    }
    //: %1 is a group of the form (担当者1 連絡先情報), %2 a field in it (氏名): 担当者1 連絡先情報の氏名
    return tr("%2 of %1").arg(tr(owner->title), tr(found->label));
}

QString ApplicationForm::switchLabel(const QString& path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    const QString owner = path.first(std::max<qsizetype>(dot, 0));
    const QStringView flag = QStringView(path).sliced(dot + 1);
    if (owner == QLatin1StringView(kChangesKey)) {
        if (const FormSection* changed = section(flag.toString())) {
            return tr("%1: change from the existing registration").arg(tr(changed->title));
        }
    }
    if (path == QLatin1StringView(kConsentKey) + u".version"_s) {
        return tr("Consent: version of the terms agreed to");
    }
    for (const FormSection& candidate : sections()) {
        for (const FormGroup& group : candidate.groups) {
            if (group.path != owner) {
                continue;
            }
            if (group.address && flag == u"manual") {
                return tr("%2 of %1").arg(tr(group.title), tr("Cannot be filled in from the postal code"));
            }
            if (group.undecidable && flag == u"undecided") {
                return tr("%2 of %1").arg(tr(group.title), tr("Not decided yet"));
            }
            if (!group.sameAsSource.isEmpty() && flag == u"same_as_contact") {
                return tr("%2 of %1").arg(tr(group.title), tr(group.sameAsLabel));
            }
        }
    }
    return path;
}

QString ApplicationForm::displayValue(const QString& path, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    const FormField* found = field(path);
    if (!found) {
        if (value.isBool()) {
            return value.toBool() ? tr("Yes") : tr("No");
        }
        return value.isString() ? value.toString() : value.toVariant().toString();
    }
    switch (found->kind) {
    case FieldKind::YesNo:
        return tr(value.toBool() ? found->yesLabel : found->noLabel);
    case FieldKind::Flag:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldKind::Arrangement: {
        const auto arrangement = VaccinationArrangements::builtIn().find(value.toString());
        return arrangement ? u"%1 %2"_s.arg(arrangement->code, arrangement->name) : value.toString();
    }
    default:
        return value.toString();
    }
}

} // namespace vsys::core
