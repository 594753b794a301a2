// SPDX-License-Identifier: MIT
#include "app/applicationform/ApplicationFormWidget.h"

#include "app/applicationform/ConsentTermsView.h"
#include "app/applicationform/FieldEditor.h"
#include "app/applicationform/IssueSummary.h"
#include "app/applicationform/StreetReviewPrompt.h"
#include "core/application/ApplicationContent.h"
#include "core/application/ConsentTerms.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

using core::ApplicationContent;
using core::ApplicationForm;
using core::FieldKind;

namespace {

constexpr int kCaptionColumn = 0;
constexpr int kInputColumn = 1;
constexpr int kExistingColumn = 2;
/// The widest the caption column gets: wider captions wrap rather than squeeze the inputs at 1366 px.
constexpr int kMaxCaptionWidth = 280;

QString sectionOf(const QString& path)
{
    return path.section(u'.', 0, 0);
}

/// Filled in from the postal code, and typed only when the user says it cannot be.
bool isFilledFromPostalCode(FieldKind kind)
{
    return kind == FieldKind::Prefecture || kind == FieldKind::MunicipalityCode || kind == FieldKind::Municipality;
}

QFont scaled(QFont font, qreal factor)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

} // namespace

ApplicationFormWidget::ApplicationFormWidget(QWidget* parent)
    : QWidget(parent)
    , m_sectionList(new QListWidget(this))
    , m_summary(new IssueSummary(this))
    , m_scroll(new QScrollArea(this))
{
    m_sectionList->setObjectName(u"sectionList"_s);
    m_sectionList->setAccessibleName(tr("Sections of the application"));
    m_sectionList->setWordWrap(true);
    m_sectionList->setMinimumWidth(180);
    m_sectionList->setMaximumWidth(260);
    m_scroll->setObjectName(u"formScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    // A click between the fields must not take the focus from the field being typed (nor from the
    // postal code when its 住所自動入力 button is clicked).
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* page = new QWidget(m_scroll);
    page->setObjectName(u"formPage"_s);
    auto* pageLayout = new QVBoxLayout(page);
    QList<QWidget*> tabChain{m_sectionList, m_summary->list()};
    m_sections.reserve(ApplicationForm::sections().size());
    for (const core::FormSection& section : ApplicationForm::sections()) {
        pageLayout->addWidget(buildSection(section, page, tabChain));
    }
    pageLayout->addWidget(new ConsentTermsView(core::ConsentTerms::builtIn(), page));
    pageLayout->addStretch();
    m_scroll->setWidget(page);

    auto* formColumn = new QVBoxLayout;
    formColumn->addWidget(m_summary);
    formColumn->addWidget(m_scroll, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sectionList);
    layout->addLayout(formColumn, 1);
    for (qsizetype i = 1; i < tabChain.size(); ++i) {
        QWidget::setTabOrder(tabChain.at(i - 1), tabChain.at(i));
    }
    // Locked values stay readable but look different from the ones the user can type; a 番地 to be
    // confirmed is framed like the notice under it.
    setStyleSheet(u"QLineEdit:read-only { background: #f2f2f2; }"
                  u"QLineEdit[reviewPending=\"true\"] { border: 2px solid #d9a441; }"_s);
    alignCaptions();

    connect(m_sectionList, &QListWidget::itemClicked, this, &ApplicationFormWidget::scrollToSection);
    // Enter on the keyboard, not the current item: Tab into the list must not scroll the form away.
    connect(m_sectionList, &QListWidget::itemActivated, this, &ApplicationFormWidget::scrollToSection);
    connect(m_summary, &IssueSummary::issueActivated, this, &ApplicationFormWidget::focusField);
    setContent({}, {});
}

ApplicationFormWidget::~ApplicationFormWidget()
{
    // Closing the window moves the focus out of a field after this object's members are gone.
    for (FieldEditor* editor : std::as_const(m_editors)) {
        editor->disconnect(this);
    }
}

QWidget* ApplicationFormWidget::buildSection(const core::FormSection& section, QWidget* page, QList<QWidget*>& tabChain)
{
    SectionUi& ui = m_sections.emplace_back();
    ui.section = &section;
    ui.block = new QWidget(page);
    ui.block->setObjectName(u"section."_s + section.key);
    auto* layout = new QVBoxLayout(ui.block);
    layout->setContentsMargins(0, 0, 0, 12);

    auto* title = new QLabel(ApplicationForm::title(section.title), ui.block);
    title->setWordWrap(true);
    title->setFont(scaled(title->font(), 1.2));
    layout->addWidget(title);

    const QString switchPath = QLatin1StringView(ApplicationForm::kChangesKey) + u'.' + section.key;
    ui.changeSwitch = new QCheckBox(tr("Change from the existing registration shown on the right"), ui.block);
    ui.changeSwitch->setObjectName(switchPath);
    ui.changeSwitch->setAccessibleName(ApplicationForm::qualifiedLabel(switchPath));
    layout->addWidget(ui.changeSwitch);
    m_switches.insert(switchPath, ui.changeSwitch);
    tabChain.append(ui.changeSwitch);
    connect(ui.changeSwitch, &QCheckBox::clicked, this,
            [this, key = section.key](bool changed) { switchSection(key, changed); });

    ui.groups.reserve(section.groups.size());
    for (const core::FormGroup& group : section.groups) {
        layout->addWidget(buildGroup(ui, group, ui.block, tabChain));
    }
    ui.item = new QListWidgetItem(ApplicationForm::title(section.title), m_sectionList);
    ui.item->setData(Qt::UserRole, section.key);
    return ui.block;
}

QWidget* ApplicationFormWidget::buildGroup(SectionUi& section,
                                           const core::FormGroup& group,
                                           QWidget* parent,
                                           QList<QWidget*>& tabChain)
{
    GroupUi& ui = section.groups.emplace_back();
    ui.group = &group;
    auto* box = new QGroupBox(ApplicationForm::title(group.title), parent);
    auto* grid = new QGridLayout(box);
    m_grids.append(grid);
    grid->setColumnStretch(kInputColumn, 3);
    grid->setColumnStretch(kExistingColumn, 2);
    int row = 0;

    ui.existingHeader = new QLabel(tr("Existing registration"), box);
    ui.existingHeader->setFont(scaled(ui.existingHeader->font(), 1.0));
    ui.existingHeader->setStyleSheet(u"QLabel { color: #555555; }"_s);
    grid->addWidget(ui.existingHeader, row++, kExistingColumn);

    const auto addSwitch = [&](const QString& flag, const QString& text) {
        auto* editor = new FlagFieldEditor(group.path + u'.' + flag, text, box);
        grid->addWidget(editor->input(), row++, kCaptionColumn, 1, 2);
        adopt(editor, tabChain);
        return editor;
    };
    if (group.undecidable) {
        ui.undecided = addSwitch(u"undecided"_s, QCoreApplication::translate("ApplicationForm", "Not decided yet"));
    }
    if (!group.sameAsSource.isEmpty()) {
        ui.sameAs = addSwitch(u"same_as_contact"_s, ApplicationForm::title(group.sameAsLabel));
    }

    for (const core::FormField& field : group.fields) {
        FieldEditor* editor = FieldEditor::create(field, box);
        ui.fields.append(editor);
        QWidget* cell = editor->input();
        if (field.kind == FieldKind::PostalCode) {
            ui.autofill = new QPushButton(tr("Fill in the address"), box);
            ui.autofill->setObjectName(group.path + u".autofill"_s);
            ui.autofill->setAccessibleName(
                tr("Fill in the address from %1").arg(ApplicationForm::qualifiedLabel(field.path)));
            // Clicking must not take the focus from the postal code, or leaving it would look it up twice.
            ui.autofill->setFocusPolicy(Qt::TabFocus);
            ui.autofill->installEventFilter(this);
            cell = new QWidget(box);
            auto* cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->addWidget(editor->input(), 1);
            cellLayout->addWidget(ui.autofill);
            m_addressGroups.insert(field.path, &ui);
            connect(ui.autofill, &QPushButton::clicked, this, [this, &ui, editor] {
                static_cast<LineFieldEditor*>(editor)->normalize();
                autofill(ui, true);
            });
        }
        if (editor->caption()) {
            grid->addWidget(editor->caption(), row, kCaptionColumn);
            grid->addWidget(cell, row, kInputColumn);
            grid->addWidget(editor->issueLabel(), row + 1, kInputColumn);
        } else {
            grid->addWidget(cell, row, kCaptionColumn, 1, 2);
            grid->addWidget(editor->issueLabel(), row + 1, kCaptionColumn, 1, 2);
        }
        grid->addWidget(editor->existingLabel(), row, kExistingColumn);
        row += 2;
        adopt(editor, tabChain);
        if (group.address && field.kind == FieldKind::Text) {
            ui.streetReview = new StreetReviewPrompt(field.path, box);
            grid->addWidget(ui.streetReview, row++, kInputColumn, 1, 2);
            tabChain.append(ui.streetReview->keepButton());
            connect(ui.streetReview, &StreetReviewPrompt::keepRequested, this, [this, &ui] { keepPreviousStreet(ui); });
        }
        if (field.kind == FieldKind::PostalCode) {
            tabChain.append(ui.autofill);
            if (group.address) {
                ui.manual = addSwitch(
                    u"manual"_s,
                    QCoreApplication::translate("ApplicationForm", "Cannot be filled in from the postal code"));
            }
        }
    }
    if (group.note) {
        auto* note = new QLabel(ApplicationForm::title(group.note), box);
        note->setWordWrap(true);
        grid->addWidget(note, row, kCaptionColumn, 1, 3);
    }
    return box;
}

void ApplicationFormWidget::adopt(FieldEditor* editor, QList<QWidget*>& tabChain)
{
    m_editors.insert(editor->path(), editor);
    tabChain.append(editor->focusWidgets());
    connect(editor, &FieldEditor::edited, this, [this, editor] { onEdited(editor); });
    connect(editor, &FieldEditor::left, this, [this, editor] { onLeft(editor); });
    connect(editor, &FieldEditor::advanceRequested, this, [this] { focusNextChild(); });
}

void ApplicationFormWidget::setContent(const QJsonObject& content, const QJsonObject& existing)
{
    m_content = content;
    m_existing = existing;
    m_checked.clear();
    m_checkAll = false;
    m_summary->setIssues({});
    for (auto it = m_addressGroups.begin(); it != m_addressGroups.end(); ++it) {
        it.value()->lookedUp = ApplicationContent::value(m_content, it.key()).toString();
        it.value()->previousStreet.clear();
    }
    refresh();
    revalidate();
    // Another application starts at its top, not where the previous one was left.
    m_scroll->verticalScrollBar()->setValue(0);
}

QJsonObject ApplicationFormWidget::effectiveContent() const
{
    return ApplicationContent::effective(m_content, m_existing);
}

QList<core::FieldIssue> ApplicationFormWidget::validateAll()
{
    m_checkAll = true;
    const QList<core::FieldIssue> issues = revalidate();
    const auto firstError
        = std::find_if(issues.cbegin(), issues.cend(), [](const core::FieldIssue& issue) { return !issue.warning; });
    if (firstError != issues.cend()) {
        focusField(firstError->path);
    }
    return issues;
}

void ApplicationFormWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // A form shown for reference is read, not typed: its locked answers and choices keep the normal
    // text colour instead of the pale one that says "not available".
    m_scroll->widget()->setStyleSheet(
        readOnly ? u"QRadioButton:disabled, QCheckBox:disabled, QComboBox:disabled { color: palette(window-text); }"_s
                 : QString());
    refresh();
}

QWidget* ApplicationFormWidget::fieldWidget(const QString& path) const
{
    if (const FieldEditor* editor = m_editors.value(path)) {
        return editor->input();
    }
    return m_switches.value(path);
}

void ApplicationFormWidget::focusField(const QString& path)
{
    QWidget* target = m_switches.value(path);
    if (const FieldEditor* editor = m_editors.value(path)) {
        target = editor->focusTarget();
    }
    if (!target) {
        return;
    }
    if (!target->isEnabled()) {
        QCheckBox* sectionSwitch
            = m_switches.value(QLatin1StringView(ApplicationForm::kChangesKey) + u'.' + sectionOf(path));
        if (sectionSwitch && !sectionSwitch->isHidden()) {
            target = sectionSwitch;
        }
    }
    m_scroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
}

bool ApplicationFormWidget::focusFirstInput()
{
    QWidget* page = m_scroll->widget();
    const QWidget* start = m_summary->list();
    for (QWidget* widget = start->nextInFocusChain(); widget && widget != start; widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            m_scroll->verticalScrollBar()->setValue(0);
            widget->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void ApplicationFormWidget::setAddressChooser(AddressChooser chooser)
{
    m_chooser = std::move(chooser);
}

void ApplicationFormWidget::onEdited(FieldEditor* editor)
{
    ApplicationContent::setValue(m_content, editor->path(), editor->value());
    if (GroupUi* group = m_addressGroups.value(editor->path().section(u'.', 0, -2) + u".postal_code"_s);
        group && editor->path() == group->group->path + u".street"_s && !group->previousStreet.isEmpty()) {
        // Typing the 番地 is entering it again for the new municipality.
        group->previousStreet.clear();
        revalidate();
    }
    refresh();
    // Only the marks follow each keystroke; messages wait until the user leaves the field.
    updateMarks(issues());
    emit contentEdited();
}

void ApplicationFormWidget::onLeft(FieldEditor* editor)
{
    m_checked.insert(editor->path());
    revalidate();
    if (GroupUi* group = m_addressGroups.value(editor->path())) {
        // Queued: the chooser's menu must not open in the middle of the focus change.
        QTimer::singleShot(0, this, [this, group] { autofill(*group, false); });
    }
}

void ApplicationFormWidget::switchSection(const QString& key, bool changed)
{
    ApplicationContent::setChanged(m_content, key, changed);
    // The existing values are the starting point of a change, unless the user has typed some already.
    if (changed && m_content.value(key).toObject().isEmpty() && m_existing.value(key).isObject()) {
        m_content.insert(key, m_existing.value(key));
    }
    for (auto it = m_addressGroups.begin(); it != m_addressGroups.end(); ++it) {
        if (sectionOf(it.key()) == key) {
            it.value()->lookedUp = ApplicationContent::value(m_content, it.key()).toString();
        }
    }
    refresh();
    revalidate();
    emit contentEdited();
}

void ApplicationFormWidget::autofill(GroupUi& ui, bool requested)
{
    const QString& groupPath = ui.group->path;
    const QString postalPath = groupPath + u".postal_code"_s;
    const QString code = ApplicationContent::value(m_content, postalPath).toString();
    const bool manual = ApplicationContent::value(m_content, groupPath + u".manual"_s).toBool();
    if (!requested && (code.isEmpty() || code == ui.lookedUp || manual)) {
        return;
    }
    ui.lookedUp = code;
    const QList<core::AddressCandidate> candidates = core::PostalDirectory::builtIn().lookup(code);
    if (candidates.isEmpty()) {
        // The validator says why (not 7 digits, or no address known) under the postal code.
        m_checked.insert(postalPath);
        revalidate();
        return;
    }
    std::optional<int> chosen = 0;
    if (candidates.size() > 1) {
        chosen = m_chooser ? m_chooser(candidates)
                           : AddressAutofill::chooseFromMenu(m_editors.value(postalPath)->input(), candidates);
    }
    if (!chosen || *chosen < 0 || *chosen >= candidates.size()) {
        return;
    }
    const core::AddressCandidate& candidate = candidates.at(*chosen);
    const QString streetPath = groupPath + u".street"_s;
    const QString street = ApplicationContent::value(m_content, streetPath).toString().trimmed();
    const QString start = AddressAutofill::streetStart(candidate.townName);
    const QString previousCode = ApplicationContent::value(m_content, groupPath + u".municipality_code"_s).toString();
    // A 番地 typed for another municipality is not an address there: it starts again from the chosen
    // 町域, and the old one waits in the notice until the user completes the new one or keeps the old.
    const bool moved = !previousCode.isEmpty() && previousCode != candidate.municipalityCode && !street.isEmpty()
        && (start.isEmpty() || !street.startsWith(start));
    if (moved && ui.previousStreet.isEmpty()) {
        ui.previousStreet = street;
    }
    setText(groupPath + u".prefecture"_s, candidate.prefName);
    setText(groupPath + u".municipality_code"_s, candidate.municipalityCode);
    setText(groupPath + u".municipality"_s, candidate.municipalityName);
    const bool restarted = street.isEmpty() || moved;
    if (restarted) {
        setText(streetPath, start);
    }
    refresh();
    revalidate();
    emit contentEdited();
    if (restarted) {
        continueStreet(ui);
    }
}

void ApplicationFormWidget::continueStreet(const GroupUi& ui)
{
    auto* street = qobject_cast<QLineEdit*>(fieldWidget(ui.group->path + u".street"_s));
    if (!street) {
        return;
    }
    street->setCursorPosition(int(street->text().size()));
    // From the postal code or its button the next thing to type is the rest of the 番地; a user who
    // has gone elsewhere is not pulled back.
    const QWidget* focus = QApplication::focusWidget();
    const bool atAddress = focus == ui.autofill || focus == fieldWidget(ui.group->path + u".postal_code"_s)
        || (ui.manual && focus == ui.manual->input());
    if (atAddress && street->isEnabled()) {
        street->setFocus(Qt::OtherFocusReason);
        // The notice under the 番地 has just appeared: it is in view once the layout has placed it.
        QTimer::singleShot(0, this, [this, street, review = QPointer<QWidget>(ui.streetReview)] {
            m_scroll->ensureWidgetVisible(review && review->isVisible() ? review.data() : street);
        });
    }
}

void ApplicationFormWidget::keepPreviousStreet(GroupUi& ui)
{
    setText(ui.group->path + u".street"_s, ui.previousStreet);
    ui.previousStreet.clear();
    refresh();
    revalidate();
    emit contentEdited();
    focusField(ui.group->path + u".street"_s);
}

QList<core::FieldIssue> ApplicationFormWidget::streetReviewIssues() const
{
    QList<core::FieldIssue> issues;
    for (const GroupUi* ui : std::as_const(m_addressGroups)) {
        const QString& path = ui->group->path;
        if (ui->previousStreet.isEmpty() || !ApplicationContent::isChanged(m_content, m_existing, sectionOf(path))) {
            continue;
        }
        const QString street = path + u".street"_s;
        issues.append({street,
                       tr("%1: the address moved to another municipality. Complete the street address, or choose "
                          "\"Keep the previous street address\" under it.")
                           .arg(ApplicationForm::qualifiedLabel(street))});
    }
    return issues;
}

QList<core::FieldIssue> ApplicationFormWidget::issues() const
{
    QList<core::FieldIssue> all = m_validator.validate(effectiveContent());
    all.append(streetReviewIssues());
    std::stable_sort(all.begin(), all.end(), [](const core::FieldIssue& a, const core::FieldIssue& b) {
        return ApplicationForm::order(a.path) < ApplicationForm::order(b.path);
    });
    return all;
}

void ApplicationFormWidget::setText(const QString& path, const QString& text)
{
    ApplicationContent::setValue(m_content, path, text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : text);
}

void ApplicationFormWidget::scrollToSection(const QListWidgetItem* item)
{
    if (!item) {
        return;
    }
    for (const SectionUi& section : m_sections) {
        if (section.item == item) {
            m_scroll->verticalScrollBar()->setValue(section.block->y());
            return;
        }
    }
}

void ApplicationFormWidget::refresh()
{
    const QJsonObject effective = effectiveContent();
    for (SectionUi& section : m_sections) {
        const QString& key = section.section->key;
        const bool hasExisting = section.section->hasExisting && ApplicationContent::hasExisting(m_existing, key);
        const bool changed = ApplicationContent::isChanged(m_content, m_existing, key);
        section.changeSwitch->setVisible(hasExisting);
        section.changeSwitch->setChecked(changed);
        section.changeSwitch->setEnabled(!m_readOnly);
        const bool applies = ApplicationContent::sectionApplies(effective, key);
        section.block->setVisible(applies);
        section.item->setHidden(!applies);
        // While the switch is off the section shows, and submits, the existing registration.
        const QJsonObject& source = changed ? m_content : m_existing;
        for (GroupUi& group : section.groups) {
            refreshGroup(group, source, changed, hasExisting);
        }
    }
}

void ApplicationFormWidget::refreshGroup(GroupUi& ui, const QJsonObject& source, bool changed, bool hasExisting)
{
    const core::FormGroup& group = *ui.group;
    const auto showSwitch = [&](FlagFieldEditor* editor) {
        if (!editor) {
            return false;
        }
        editor->setValue(ApplicationContent::value(source, editor->path()));
        editor->setState(changed, m_readOnly);
        return editor->isChecked();
    };
    const bool undecided = showSwitch(ui.undecided);
    const bool sameAs = showSwitch(ui.sameAs);
    const bool manual = showSwitch(ui.manual);
    QStringList turnedOff;
    for (const core::FormField& field : group.fields) {
        if (!field.disables.isEmpty() && ApplicationContent::value(source, field.path).toBool()) {
            turnedOff.append(field.disables);
        }
    }
    for (FieldEditor* editor : std::as_const(ui.fields)) {
        const QString& path = editor->path();
        // 上記担当者と同一 shows what will be submitted: the contact's values.
        const QString shownFrom = sameAs ? group.sameAsSource + path.sliced(group.path.size()) : path;
        editor->setValue(ApplicationContent::value(source, shownFrom));
        const bool filledIn = group.address && !manual && isFilledFromPostalCode(ApplicationForm::field(path)->kind);
        // A read-only form shows every value it has as text to read, not as inputs that do not apply.
        editor->setState(m_readOnly || (changed && !undecided && !sameAs && !turnedOff.contains(path)),
                         m_readOnly || filledIn);
        editor->showExisting(hasExisting,
                             ApplicationForm::displayValue(path, ApplicationContent::value(m_existing, path)));
    }
    ui.existingHeader->setVisible(hasExisting);
    if (ui.autofill) {
        ui.autofill->setEnabled(changed && !m_readOnly);
    }
    if (ui.streetReview) {
        const bool asked = !ui.previousStreet.isEmpty() && changed && !m_readOnly;
        ui.streetReview->setVisible(asked);
        if (asked) {
            ui.streetReview->ask(ApplicationContent::value(m_content, group.path + u".municipality"_s).toString(),
                                 ui.previousStreet);
        }
        QWidget* street = fieldWidget(group.path + u".street"_s);
        if (street->property("reviewPending").toBool() != asked) {
            street->setProperty("reviewPending", asked);
            street->style()->unpolish(street);
            street->style()->polish(street);
        }
    }
}

QList<core::FieldIssue> ApplicationFormWidget::revalidate()
{
    const QList<core::FieldIssue> issues = this->issues();
    const QList<core::FieldIssue> reviews = streetReviewIssues();
    m_shown.clear();
    QHash<QString, qsizetype> shownAt;
    for (const core::FieldIssue& issue : issues) {
        // A 番地 to confirm is said at once, by the notice under it rather than by the field's message.
        const bool review = reviews.contains(issue);
        if (review) {
            m_shown.append(issue);
        } else if ((m_checkAll || m_checked.contains(issue.path)) && !shownAt.contains(issue.path)) {
            shownAt.insert(issue.path, m_shown.size());
            m_shown.append(issue);
        }
    }
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const qsizetype at = shownAt.value(editor->path(), -1);
        editor->showIssue(at < 0 ? nullptr : &m_shown.at(at));
    }
    if (m_checkAll) {
        m_summary->setIssues(m_shown);
    }
    updateMarks(issues);
    return issues;
}

void ApplicationFormWidget::updateMarks(const QList<core::FieldIssue>& issues)
{
    const auto hasError = [](const QList<core::FieldIssue>& list, const QString& key) {
        return std::any_of(list.cbegin(), list.cend(), [&key](const core::FieldIssue& issue) {
            return !issue.warning && sectionOf(issue.path) == key;
        });
    };
    for (SectionUi& section : m_sections) {
        const QString& key = section.section->key;
        const QString title = ApplicationForm::title(section.section->title);
        // The mark is text, so it does not rely on colour; nothing is marked before the user is told.
        if (hasError(m_shown, key)) {
            section.item->setText(u"! "_s + title);
            section.item->setToolTip(tr("This section has errors."));
            section.item->setForeground(QColor(0xc6, 0x28, 0x28));
        } else if (!hasError(issues, key)) {
            section.item->setText(u"✓ "_s + title);
            section.item->setToolTip(tr("All required fields are filled in."));
            section.item->setForeground(QColor(0x2e, 0x7d, 0x32));
        } else {
            section.item->setText(title);
            section.item->setToolTip(tr("Required fields are still empty."));
            section.item->setForeground(palette().color(QPalette::Text));
        }
    }
}

void ApplicationFormWidget::alignCaptions()
{
    int widest = 0;
    for (const FieldEditor* editor : std::as_const(m_editors)) {
        if (const QLabel* caption = editor->caption()) {
            widest = std::max(widest, caption->fontMetrics().horizontalAdvance(caption->text()));
        }
    }
    // The same width in every group keeps the inputs in one column down the whole form.
    const int width = std::min(widest, kMaxCaptionWidth);
    for (QGridLayout* grid : std::as_const(m_grids)) {
        grid->setColumnMinimumWidth(kCaptionColumn, width);
    }
}

bool ApplicationFormWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on the focused 住所自動入力 presses it, as Space does.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        auto* button = qobject_cast<QPushButton*>(watched);
        if (button && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            button->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vsys::app
