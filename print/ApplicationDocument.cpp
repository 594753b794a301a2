// SPDX-License-Identifier: MIT
#include "print/ApplicationDocument.h"

#include "core/JapaneseFormat.h"
#include "core/application/ApplicationContent.h"
#include "core/application/ApplicationForm.h"
#include "core/application/ApplicationStatus.h"
#include "core/application/ConsentTerms.h"
#include "print/PrintStyle.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

using core::ApplicationContent;
using core::ApplicationForm;
using core::FieldKind;
using core::FormField;
using core::FormGroup;
using core::FormSection;

using Rows = QList<QPair<QString, QString>>;

bool isBlank(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

/// A heading's text, with the remark that goes beside it (既存登録情報から変更なし, 上記担当者1と同一).
QString titled(const QString& title, const QString& aside = {})
{
    QString html = PrintStyle::escaped(title);
    if (!aside.isEmpty()) {
        html += u"　<span class=\"aside\">%1</span>"_s.arg(PrintStyle::escaped(aside));
    }
    return html;
}

/// A label | value table (a row without a label spans both columns). `title` heads it and is repeated
/// when the table runs on to the next page, so no group title is left alone at the foot of a page.
QString table(const Rows& rows, const QString& title = {}, const QString& aside = {})
{
    QString html = u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    if (!title.isEmpty()) {
        html += u"<thead><tr><th colspan=\"2\" align=\"left\">%1</th></tr></thead>"_s.arg(titled(title, aside));
    }
    for (const auto& [label, value] : rows) {
        if (label.isEmpty()) {
            html += u"<tr><td colspan=\"2\">%1</td></tr>"_s.arg(PrintStyle::escaped(value));
        } else {
            html += u"<tr><td class=\"label\" width=\"38%\">%1</td><td>%2</td></tr>"_s.arg(PrintStyle::escaped(label),
                                                                                           PrintStyle::escaped(value));
        }
    }
    return html + u"</table>"_s;
}

QString header(const core::ApplicationRecord& record)
{
    Rows rows{{ApplicationDocument::tr("Application number"), record.number},
              {ApplicationDocument::tr("Status"), core::ApplicationStatusMachine::label(record.status)}};
    if (record.submittedAt.isValid()) {
        rows.append({ApplicationDocument::tr("Applied at"), core::JapaneseFormat::dateTime(record.submittedAt)});
    }
    if (record.reviewedAt.isValid()) {
        rows.append({ApplicationDocument::tr("Reviewed at"), core::JapaneseFormat::dateTime(record.reviewedAt)});
    }
    if (!record.reviewComment.isEmpty()) {
        rows.append({ApplicationDocument::tr("Reviewer's comment"), record.reviewComment});
    }
    return table(rows);
}

bool applies(const FormSection& section, const QJsonObject& content)
{
    return ApplicationContent::sectionApplies(content, section.key);
}

QString group(const FormGroup& group, const QJsonObject& content)
{
    const QString title = ApplicationForm::title(group.title);
    if (group.undecidable && ApplicationContent::value(content, group.path + u".undecided"_s).toBool()) {
        return table({{QString(), ApplicationDocument::tr("Undecided")}}, title);
    }
    // A flag such as メールアドレス登録を希望しない removes the field it turns off; its empty row would
    // read as a missing answer.
    QSet<QString> turnedOff;
    for (const FormField& field : group.fields) {
        if (!field.disables.isEmpty() && ApplicationContent::value(content, field.path).toBool()) {
            turnedOff.insert(field.disables);
        }
    }
    Rows rows;
    bool blank = true;
    for (const FormField& field : group.fields) {
        if (turnedOff.contains(field.path)) {
            continue;
        }
        QJsonValue value = ApplicationContent::value(content, field.path);
        if (field.kind == FieldKind::Flag) {
            // An unchecked box is stored as nothing.
            value = value.toBool();
        } else {
            blank = blank && isBlank(value);
        }
        rows.append({ApplicationForm::label(field.path), ApplicationForm::displayValue(field.path, value)});
    }
    if (group.optional && blank) {
        return {};
    }
    QString sameAs;
    if (!group.sameAsSource.isEmpty()
        && ApplicationContent::value(content, group.path + u".same_as_contact"_s).toBool()) {
        sameAs = ApplicationDocument::tr("(%1)").arg(ApplicationForm::title(group.sameAsLabel));
    }
    QString html = table(rows, title, sameAs);
    if (group.note) {
        html += u"<p class=\"note\">%1</p>"_s.arg(PrintStyle::escaped(ApplicationForm::title(group.note)));
    }
    return html;
}

QString section(const FormSection& section, const QJsonObject& content, bool kept)
{
    const QString aside = kept ? ApplicationDocument::tr("(unchanged from the existing registration)") : QString();
    QString html = u"<p class=\"section\">%1</p>"_s.arg(titled(ApplicationForm::title(section.title), aside));
    for (const FormGroup& each : section.groups) {
        html += group(each, content);
    }
    return html;
}

/// The 同意事項 as agreed to. Only the shipped version's text is known; for another version the record
/// names the version rather than print words that were not the ones agreed to.
QString consent(const QJsonObject& content)
{
    const QString version
        = ApplicationContent::value(content, QLatin1StringView(ApplicationForm::kConsentKey) + u".version"_s)
              .toString();
    if (version.isEmpty()) {
        return {};
    }
    QString html = u"<p class=\"section\">%1</p>"_s.arg(
        titled(ApplicationDocument::tr("Consent to the conditions of the vaccination")));
    const core::ConsentTerms& terms = core::ConsentTerms::builtIn();
    if (version == terms.version()) {
        html += u"<p>%1</p>"_s.arg(PrintStyle::escaped(terms.heading()));
        for (const core::ConsentItem& item : terms.items()) {
            html += u"<p>%1</p>"_s.arg(PrintStyle::escaped(item.text));
            for (const QString& note : item.notes) {
                html += u"<p class=\"note\">%1</p>"_s.arg(PrintStyle::escaped(note));
            }
        }
    } else {
        html += u"<p>%1</p>"_s.arg(
            PrintStyle::escaped(ApplicationDocument::tr("The text of this version is not available here.")));
    }
    return html
        + u"<p class=\"note\">%1</p>"_s.arg(
            PrintStyle::escaped(ApplicationDocument::tr("Version agreed to: %1").arg(version)));
}

} // namespace

QString ApplicationDocument::title()
{
    return tr("Application for workplace booster vaccination (company copy)");
}

QString ApplicationDocument::html(const core::ApplicationRecord& record,
                                  const QJsonObject& existing,
                                  const QDateTime& printedAt)
{
    const QJsonObject content = ApplicationContent::effective(record.content, existing);
    QString html = u"<html><head><title>%1</title></head><body>"_s.arg(PrintStyle::escaped(title()));
    html += u"<h1 align=\"center\">%1</h1>"_s.arg(PrintStyle::escaped(title()));
    html += header(record);
    for (const FormSection& each : ApplicationForm::sections()) {
        if (!applies(each, content)) {
            continue;
        }
        const bool kept = !ApplicationContent::isChanged(record.content, existing, each.key);
        html += section(each, content, kept);
    }
    html += consent(record.content);
    html += u"<p class=\"footer\" align=\"right\">%1</p>"_s.arg(
        PrintStyle::escaped(tr("Printed at %1").arg(core::JapaneseFormat::dateTime(printedAt))));
    return html + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> ApplicationDocument::create(const core::ApplicationRecord& record,
                                                           const QJsonObject& existing,
                                                           const QDateTime& printedAt)
{
    auto document = std::make_unique<QTextDocument>();
    PrintStyle::prepare(*document);
    document->setHtml(html(record, existing, printedAt));
    return document;
}

} // namespace vsys::print
