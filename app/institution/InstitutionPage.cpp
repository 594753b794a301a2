// SPDX-License-Identifier: MIT
#include "app/institution/InstitutionPage.h"

#include "app/common/HeaderState.h"
#include "app/common/MessageBanner.h"
#include "app/institution/DoctorDialog.h"
#include "core/JapaneseFormat.h"
#include "sync/SyncService.h"
#include "ui_InstitutionPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

enum DoctorColumn { Edit, Name, Kana, Phone, Email, FirstVaccine };

QString textOf(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

} // namespace

InstitutionPage::InstitutionPage(db::Database& database, sync::SyncService& sync, QWidget* parent)
    : EditPage(parent)
    , m_database(database)
    , m_sync(sync)
    , m_ui(std::make_unique<Ui::InstitutionPage>())
    , m_dialog(nullptr)
{
    auto* content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content);
    setTitle(tr("Register or change the medical institution details"));
    m_dialog = new DoctorDialog([this](const core::Doctor& doctor) { return saveDoctor(doctor); },
                                [this](const QString& id) { return deleteDoctor(id); }, this);

    m_ui->facilityCategoryComboBox->addItem(QString());
    m_ui->facilityCategoryComboBox->addItems(core::InstitutionApproval::builtIn().facilityCategories());
    m_ui->homepageLineEdit->setPlaceholderText(u"https://"_s);
    m_ui->insuranceCodeLineEdit->setPlaceholderText(tr("10 digits"));
    m_ui->approvalNoteLabel->setText(
        tr("Fields marked \"needs the municipality's approval\" change once the municipality approves them; until "
           "then the approved value stays in use. The others change as soon as the server has them."));
    m_ui->filesGroupBox->hide();
    // The page scrolls down only: its fields wrap to the width there is (a vertical bar appearing must not
    // bring a horizontal one with it).
    m_ui->scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    QTableWidget* table = m_ui->doctorTableWidget;
    QStringList headers{tr("Edit"), tr("(Doctor) Name"), tr("(Doctor) Name in hiragana"), tr("Telephone number"),
                        tr("E-mail address")};
    for (const QString& key : core::DoctorVaccines::keys()) {
        // ファイザー社 / (12歳以上) on two lines keeps the table within a laptop's width.
        QString label = core::DoctorVaccines::label(key);
        const qsizetype bracket = label.indexOf(u'(');
        if (bracket > 0) {
            label.insert(bracket, u'\n');
        }
        headers.append(label);
    }
    headers.append(tr("State"));
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    HeaderState::remember(*table, u"doctors"_s);
    table->setAccessibleName(m_ui->doctorsGroupBox->title());

    for (const QString& key : core::InstitutionFields::keys()) {
        QWidget* widget = inputOf(key);
        widget->setAccessibleName(core::InstitutionFields::label(key));
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            edit->setMaxLength(core::InstitutionJson::kMaxTextLength);
            connect(edit, &QLineEdit::textEdited, this, &InstitutionPage::markEdited);
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            spin->setMaximum(core::InstitutionJson::kMaxFreezers);
            connect(spin, &QSpinBox::valueChanged, this, [this] {
                if (!m_loading) {
                    markEdited();
                }
            });
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            connect(combo, &QComboBox::activated, this, &InstitutionPage::markEdited);
        }
    }
    connect(m_ui->submitPushButton, &QPushButton::clicked, this, &InstitutionPage::submit);
    connect(m_ui->addDoctorPushButton, &QPushButton::clicked, this, &InstitutionPage::addDoctor);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &InstitutionPage::backRequested);
    connect(&m_sync, &sync::SyncService::institutionChanged, this, &InstitutionPage::reload);
    m_ui->decisionBanner->hide();
    m_ui->doctorNoticeBanner->hide();
}

InstitutionPage::~InstitutionPage()
{
    closeBeforeDestruction();
}

void InstitutionPage::setAccount(const db::Account& account)
{
    if (account.id != m_account.id) {
        flushAutosave();
        resetEdits();
        m_view = sync::InstitutionView();
    }
    m_account = account;
    reload();
}

void InstitutionPage::setDoctorRequired(bool required)
{
    m_doctorRequired = required;
    updateDoctorNotice();
}

QString InstitutionPage::doctorNotice() const
{
    return m_doctorRequired && m_view.doctors.isEmpty() ? core::DoctorRequirement::notice() : QString();
}

void InstitutionPage::reload()
{
    auto institution = edits();
    if (!institution) {
        showInput(core::InstitutionDetails());
        showDoctors();
        return;
    }
    const auto view = institution->view();
    if (!view) {
        showError(view.error());
        return;
    }
    m_view = *view;
    // What the user is typing stays; otherwise the draft, else the submission on its way, else the server's.
    if (!hasPendingSave()) {
        const auto draft = institution->draft();
        if (!draft) {
            showError(draft.error());
        } else if (*draft) {
            showInput(**draft);
            resetEdits(SaveState::Saved);
            showState(tr("The details below are not sent yet. Check them and choose \"%1\".")
                          .arg(m_ui->submitPushButton->text()),
                      MessageBanner::Kind::Information);
        } else {
            clearState();
            showInput(m_view.unsent ? *m_view.unsent
                                    : (m_view.server ? m_view.server->requested() : core::InstitutionDetails()));
            resetEdits(m_view.unsent ? SaveState::Pending : SaveState::Unchanged);
            if (!m_view.refusal.isEmpty()) {
                showState(m_view.refusal, MessageBanner::Kind::Error);
                setSaveState(SaveState::Failed);
            }
        }
    }
    showPendingLabels();
    showDecision();
    showDoctors();
}

void InstitutionPage::setFilesSection(QWidget* section)
{
    m_ui->filesLayout->addWidget(section);
    m_ui->filesGroupBox->show();
}

core::Result<void> InstitutionPage::saveInput()
{
    auto institution = edits();
    if (!institution) {
        return {};
    }
    return institution->saveDraft(input());
}

void InstitutionPage::focusField(const QString& field)
{
    const QString key = field.startsWith(u"fields."_s) ? field.mid(7) : field;
    if (QWidget* widget = core::InstitutionFields::keys().contains(key) ? inputOf(key) : nullptr) {
        m_ui->scrollArea->ensureWidgetVisible(widget);
        widget->setFocus(Qt::OtherFocusReason);
    }
}

core::InstitutionDetails InstitutionPage::input() const
{
    core::InstitutionDetails details;
    details.facilityCategory = m_ui->facilityCategoryComboBox->currentText();
    details.homepage = m_ui->homepageLineEdit->text();
    details.freezersMinus75 = m_ui->freezersMinus75SpinBox->value();
    details.freezersMinus20 = m_ui->freezersMinus20SpinBox->value();
    details.freezersMinus10 = m_ui->freezersMinus10SpinBox->value();
    details.representative = m_ui->representativeLineEdit->text();
    details.address = m_ui->addressLineEdit->text();
    details.phone = m_ui->phoneLineEdit->text();
    details.insuranceCode = m_ui->insuranceCodeLineEdit->text();
    return details;
}

void InstitutionPage::showInput(const core::InstitutionDetails& details)
{
    m_loading = true;
    const int category = m_ui->facilityCategoryComboBox->findText(details.facilityCategory);
    m_ui->facilityCategoryComboBox->setCurrentIndex(std::max(category, 0));
    // Only what differs is replaced, so a reload while the user types keeps the cursor where it is.
    const auto showText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text) {
            edit->setText(text);
        }
    };
    showText(m_ui->homepageLineEdit, details.homepage);
    m_ui->freezersMinus75SpinBox->setValue(details.freezersMinus75);
    m_ui->freezersMinus20SpinBox->setValue(details.freezersMinus20);
    m_ui->freezersMinus10SpinBox->setValue(details.freezersMinus10);
    showText(m_ui->representativeLineEdit, details.representative);
    showText(m_ui->addressLineEdit, details.address);
    showText(m_ui->phoneLineEdit, details.phone);
    showText(m_ui->insuranceCodeLineEdit, details.insuranceCode);
    m_loading = false;
}

void InstitutionPage::showPendingLabels()
{
    const core::InstitutionApproval& approval = core::InstitutionApproval::builtIn();
    for (const QString& key : core::InstitutionFields::keys()) {
        QLabel* label = pendingLabelOf(key);
        if (!approval.needsApproval(key)) {
            label->clear();
            continue;
        }
        const bool pending = m_view.server && m_view.server->pending && m_view.server->pending->fields.contains(key);
        if (pending) {
            const QString approved = textOf(core::InstitutionFields::value(m_view.server->approved, key));
            label->setText(tr("Awaiting the municipality's approval (approved now: %1)")
                               .arg(approved.isEmpty() ? tr("not registered") : approved));
            label->setStyleSheet(u"color: #0b5394; font-weight: bold;"_s);
        } else {
            label->setText(tr("Needs the municipality's approval"));
            label->setStyleSheet(u"color: palette(mid);"_s);
        }
    }
}

void InstitutionPage::showDecision()
{
    const auto& record = m_view.server;
    if (!record || !record->decision || record->pending) {
        m_ui->decisionBanner->hide();
        return;
    }
    const core::InstitutionDecision& decision = *record->decision;
    QStringList fields;
    for (auto it = decision.fields.begin(); it != decision.fields.end(); ++it) {
        fields.append(core::InstitutionFields::label(it.key()));
    }
    const QString when = core::JapaneseFormat::dateTime(decision.decidedAt);
    QString text = decision.approved
        ? tr("The municipality approved the change of %1 on %2.").arg(fields.join(u"、"_s), when)
        : tr("The municipality rejected the change of %1 on %2; the approved values stay in use.")
              .arg(fields.join(u"、"_s), when);
    if (!decision.comment.isEmpty()) {
        text += u' ' + tr("Comment: %1").arg(decision.comment);
    }
    m_ui->decisionBanner->showMessage(text,
                                      decision.approved ? MessageBanner::Kind::Success : MessageBanner::Kind::Warning);
}

void InstitutionPage::showDoctors()
{
    QTableWidget* table = m_ui->doctorTableWidget;
    table->setRowCount(int(m_view.doctors.size()));
    for (int row = 0; row < m_view.doctors.size(); ++row) {
        const sync::DoctorEntry& entry = m_view.doctors.at(row);
        auto* edit = new QPushButton(tr("Edit"), table);
        edit->setAutoDefault(false);
        edit->setAccessibleName(tr("Edit %1").arg(entry.doctor.name));
        connect(edit, &QPushButton::clicked, this, [this, row] { editDoctor(row); });
        table->setCellWidget(row, Edit, edit);
        const QStringList texts{entry.doctor.name, entry.doctor.nameKana, entry.doctor.phone, entry.doctor.email};
        for (int column = Name; column <= Email; ++column) {
            table->setItem(row, column, new QTableWidgetItem(texts.at(column - Name)));
        }
        const QStringList& keys = core::DoctorVaccines::keys();
        for (int i = 0; i < keys.size(); ++i) {
            auto* item = new QTableWidgetItem(entry.doctor.vaccines.contains(keys.at(i)) ? u"✓"_s : QString());
            item->setTextAlignment(Qt::AlignCenter);
            table->setItem(row, FirstVaccine + i, item);
        }
        const QString state = !entry.refusal.isEmpty() ? tr("Refused: %1").arg(entry.refusal)
            : entry.unsent                             ? tr("Waiting to be sent")
                                                       : QString();
        table->setItem(row, int(FirstVaccine + keys.size()), new QTableWidgetItem(state));
    }
    updateDoctorNotice();
}

void InstitutionPage::updateDoctorNotice()
{
    const QString notice = doctorNotice();
    if (notice.isEmpty()) {
        m_ui->doctorNoticeBanner->hide();
    } else {
        m_ui->doctorNoticeBanner->showMessage(notice, MessageBanner::Kind::Warning);
    }
}

void InstitutionPage::submit()
{
    auto institution = edits();
    if (!institution) {
        showResult(tr("Log in with a V-SYS ID first."), MessageBanner::Kind::Error);
        return;
    }
    const auto checked = core::InstitutionJson::fromJson(core::InstitutionJson::toJson(input()));
    if (!checked) {
        showError(checked.error());
        return;
    }
    flushAutosave();
    if (auto queued = institution->submit(*checked); !queued) {
        showError(queued.error());
        return;
    }
    showInput(*checked);
    resetEdits(SaveState::Pending);
    clearState();
    const QStringList warnings = core::InstitutionJson::warnings(*checked);
    const bool asksApproval = m_view.server
        ? core::InstitutionChange::applied(*m_view.server, *checked, {}, {}).pending.has_value()
        : core::InstitutionChange::applied({}, *checked, {}, {}).pending.has_value();
    QString message = asksApproval ? tr("Saved. The fields that need the municipality's approval change once it "
                                        "approves them.")
                                   : tr("Saved.");
    if (!warnings.isEmpty()) {
        message += u'\n' + warnings.join(u'\n');
    }
    showResult(message, warnings.isEmpty() ? MessageBanner::Kind::Success : MessageBanner::Kind::Warning);
}

void InstitutionPage::addDoctor()
{
    if (!edits()) {
        showResult(tr("Log in with a V-SYS ID first."), MessageBanner::Kind::Error);
        return;
    }
    m_dialog->startNew();
    m_dialog->open();
}

void InstitutionPage::editDoctor(int row)
{
    if (row < 0 || row >= m_view.doctors.size()) {
        return;
    }
    m_dialog->startEdit(m_view.doctors.at(row).doctor);
    m_dialog->open();
}

std::optional<sync::InstitutionOutbox> InstitutionPage::edits() const
{
    sync::Outbox* outbox = m_sync.outbox();
    if (m_account.id == 0 || !outbox || !m_sync.account() || m_sync.account()->id != m_account.id) {
        return std::nullopt;
    }
    return std::optional<sync::InstitutionOutbox>(std::in_place, m_database, m_account.id, *outbox);
}

core::Result<void> InstitutionPage::saveDoctor(const core::Doctor& doctor)
{
    auto institution = edits();
    if (!institution) {
        return core::Error{{}, tr("Log in with a V-SYS ID first.")};
    }
    if (auto saved = institution->saveDoctor(doctor); !saved) {
        return saved;
    }
    showResult(tr("The doctor %1 was saved. It is sent to the server in the background.").arg(doctor.name));
    return {};
}

core::Result<void> InstitutionPage::deleteDoctor(const QString& id)
{
    auto institution = edits();
    if (!institution) {
        return core::Error{{}, tr("Log in with a V-SYS ID first.")};
    }
    // The rule the server enforces, said before anything is queued.
    if (m_doctorRequired && m_view.doctors.size() <= 1) {
        return core::Error{u"id"_s, core::DoctorRequirement::lastDoctorMessage(), core::ErrorCode::InvalidStatus};
    }
    if (auto deleted = institution->deleteDoctor(id); !deleted) {
        return deleted;
    }
    showResult(tr("The doctor was deleted."));
    return {};
}

QWidget* InstitutionPage::inputOf(const QString& key) const
{
    const QMap<QString, QWidget*> inputs{{u"facility_category"_s, m_ui->facilityCategoryComboBox},
                                         {u"homepage"_s, m_ui->homepageLineEdit},
                                         {u"freezers_minus75"_s, m_ui->freezersMinus75SpinBox},
                                         {u"freezers_minus20"_s, m_ui->freezersMinus20SpinBox},
                                         {u"freezers_minus10"_s, m_ui->freezersMinus10SpinBox},
                                         {u"representative"_s, m_ui->representativeLineEdit},
                                         {u"address"_s, m_ui->addressLineEdit},
                                         {u"phone"_s, m_ui->phoneLineEdit},
                                         {u"insurance_code"_s, m_ui->insuranceCodeLineEdit}};
    return inputs.value(key);
}

QLabel* InstitutionPage::pendingLabelOf(const QString& key) const
{
    const QMap<QString, QLabel*> labels{{u"facility_category"_s, m_ui->facilityCategoryPendingLabel},
                                        {u"homepage"_s, m_ui->homepagePendingLabel},
                                        {u"freezers_minus75"_s, m_ui->freezersMinus75PendingLabel},
                                        {u"freezers_minus20"_s, m_ui->freezersMinus20PendingLabel},
                                        {u"freezers_minus10"_s, m_ui->freezersMinus10PendingLabel},
                                        {u"representative"_s, m_ui->representativePendingLabel},
                                        {u"address"_s, m_ui->addressPendingLabel},
                                        {u"phone"_s, m_ui->phonePendingLabel},
                                        {u"insurance_code"_s, m_ui->insuranceCodePendingLabel}};
    return labels.value(key);
}

} // namespace vsys::app
