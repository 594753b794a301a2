// SPDX-License-Identifier: MIT
#include "app/applications/ApplicationEditorPage.h"

#include "app/applicationform/ApplicationFormWidget.h"
#include "app/applications/ApplicationListModel.h"
#include "app/applications/ReturnChangesModel.h"
#include "app/common/HeaderState.h"
#include "core/application/ApplicationContent.h"
#include "core/application/ApplicationForm.h"
#include "core/application/ApplicationValidator.h"
#include "core/application/ConsentTerms.h"
#include "print/ApplicationDocument.h"
#include "sync/Outbox.h"
#include "ui_ApplicationEditorPage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

bool askWithMessageBox(QWidget* parent, const QString& question, const QString& accept)
{
    QMessageBox box(QMessageBox::Question, ApplicationEditorPage::tr("VSYS Desk"), question, QMessageBox::NoButton,
                    parent);
    QPushButton* go = box.addButton(accept, QMessageBox::DestructiveRole);
    QPushButton* stay = box.addButton(ApplicationEditorPage::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace

ApplicationEditorPage::ApplicationEditorPage(db::Database& database, QWidget* parent)
    : EditPage(parent)
    , m_ui(std::make_unique<Ui::ApplicationEditorPage>())
    , m_content(new QWidget(this))
    , m_workingCopies(database)
    , m_changeLog(database)
    , m_applications(database)
    , m_changes(new ReturnChangesModel(this))
    , m_confirm(
          [this](const QString& question, const QString& accept) { return askWithMessageBox(this, question, accept); })
{
    m_ui->setupUi(m_content);
    setContent(m_content);
    setTitle(tr("Application for additional vaccination"));
    setHeaderWidget(m_ui->recordHeader);
    m_ui->changesTableView->setModel(m_changes);
    m_ui->changesTableView->setAccessibleName(m_ui->changesLabel->text());
    m_ui->changesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->changesTableView->horizontalHeader()->setStretchLastSection(true);
    HeaderState::remember(*m_ui->changesTableView, u"applicationChanges"_s);
    m_ui->changesTableView->verticalHeader()->hide();
    // A fixed least height: rows or a scroll bar coming must not make the splitter grow the pane.
    m_ui->changesTableView->setMinimumHeight(m_ui->changesTableView->horizontalHeader()->sizeHint().height()
                                             + 2 * m_ui->changesTableView->verticalHeader()->defaultSectionSize());
    m_ui->reviewCommentLabel->setAccessibleName(m_ui->reviewGroupBox->title());
    m_ui->reviewSplitter->setStretchFactor(0, 0);
    m_ui->reviewSplitter->setStretchFactor(1, 1);

    connect(form(), &ApplicationFormWidget::contentEdited, this, [this] {
        markEdited();
        refreshIssueBanner();
    });

    connect(m_ui->submitPushButton, &QPushButton::clicked, this, &ApplicationEditorPage::submit);
    connect(m_ui->saveDraftPushButton, &QPushButton::clicked, this, &ApplicationEditorPage::saveAndReturn);
    connect(m_ui->discardPushButton, &QPushButton::clicked, this, &ApplicationEditorPage::discardAndReturn);
    connect(m_ui->withdrawPushButton, &QPushButton::clicked, this, &ApplicationEditorPage::withdraw);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, [this] { leave({}); });
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &ApplicationEditorPage::printRecord);
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, &ApplicationEditorPage::exportRecord);
}

ApplicationEditorPage::~ApplicationEditorPage()
{
    closeBeforeDestruction();
}

ApplicationFormWidget* ApplicationEditorPage::form() const
{
    return m_ui->formWidget;
}

void ApplicationEditorPage::open(qint64 accountId,
                                 const core::ApplicationRecord& record,
                                 const QJsonObject& existing,
                                 sync::Outbox* outbox)
{
    // What the previous application left pending is written before this one replaces it.
    flushAutosave();
    m_accountId = accountId;
    m_record = record;
    m_existing = existing;
    m_outbox = outbox;
    m_showsIssues = false;
    resetEdits();

    QJsonObject content = record.content;
    const bool editable = core::ApplicationStatusMachine::rights(record.status).edit;
    if (const auto copy = m_workingCopies.find(record.id); !copy) {
        showError(copy.error());
    } else if (*copy && editable) {
        content = (*copy)->content;
        setSaveState(SaveState::Saved);
        showResult(tr("The input that was not saved when VSYS Desk last closed (%1) has been restored. Save it "
                      "temporarily, or go back without saving to drop it.")
                       .arg(ApplicationListModel::displayTime((*copy)->savedAt)),
                   MessageBanner::Kind::Information);
    }
    form()->setContent(content, existing);
    form()->setReadOnly(!editable);
    showRecordState();
    refreshChanges();
    fitReviewArea();
    // A page shown for the first time is laid out after this; its splitter is sized again then.
    QTimer::singleShot(0, this, &ApplicationEditorPage::fitReviewArea);
    // The keyboard starts in the form, never on a button that sends or withdraws.
    if (!editable || !form()->focusFirstInput()) {
        m_ui->backPushButton->setFocus(Qt::OtherFocusReason);
    }
}

void ApplicationEditorPage::fitReviewArea()
{
    if (m_ui->reviewGroupBox->isHidden()) {
        return;
    }
    // As small as it can be: the comment's lines beside the changes' header and two rows.
    QLabel* comment = m_ui->reviewCommentLabel;
    const int frame = m_ui->reviewGroupBox->sizeHint().height() - m_ui->reviewLayout->sizeHint().height();
    const int margins = m_ui->reviewLayout->contentsMargins().top() + m_ui->reviewLayout->contentsMargins().bottom();
    const int commentHeight = comment->heightForWidth(comment->width() > 0 ? comment->width() : width() / 2);
    const int height = std::max(m_ui->reviewGroupBox->minimumSizeHint().height(), frame + margins + commentHeight);
    const int total = std::max(m_ui->reviewSplitter->height(), height * 4);
    m_ui->reviewSplitter->setSizes({height, total - height});
}

void ApplicationEditorPage::showRecordState()
{
    const core::ApplicationRights rights = core::ApplicationStatusMachine::rights(m_record.status);
    const bool isNew = m_record.version == 0 && m_record.number.isEmpty();
    m_ui->numberLabel->setText(m_record.number.isEmpty() ? QString()
                                                         : tr("Application number: %1").arg(m_record.number));
    m_ui->numberLabel->setVisible(!m_record.number.isEmpty());
    if (isNew) {
        m_ui->statusLabel->setText(tr("Status: new (not saved yet)"));
    } else if (m_record.status == core::ApplicationStatus::Draft) {
        m_ui->statusLabel->setText(tr("Status: saved temporarily (not applied yet)"));
    } else {
        m_ui->statusLabel->setText(tr("Status: %1").arg(core::ApplicationStatusMachine::label(m_record.status)));
    }

    const bool returned = m_record.status == core::ApplicationStatus::ResubmissionRequired;
    m_ui->reviewGroupBox->setVisible(!m_record.reviewComment.isEmpty() || returned);
    m_ui->reviewCommentLabel->setText(
        m_record.reviewComment.isEmpty()
            ? tr("No comment from the reviewer.")
            : tr("Comment from the reviewer (%1): %2")
                  .arg(ApplicationListModel::displayTime(m_record.reviewedAt), m_record.reviewComment));
    m_ui->changesLabel->setVisible(returned);
    // Without changes to list, the comment has the whole width.
    m_ui->reviewLayout->setStretch(0, returned ? 2 : 1);
    m_ui->reviewLayout->setStretch(1, returned ? 3 : 0);

    m_ui->submitPushButton->setVisible(rights.edit);
    m_ui->submitPushButton->setText(returned ? tr("Agree to all of the above and apply again")
                                             : tr("Agree to all of the above and apply for additional vaccination"));
    m_ui->saveDraftPushButton->setVisible(rights.edit);
    m_ui->discardPushButton->setVisible(rights.edit);
    m_ui->backPushButton->setVisible(!rights.edit);
    m_ui->withdrawPushButton->setVisible(rights.withdraw && !isNew);
    const bool submitted = !m_record.number.isEmpty();
    m_ui->printPushButton->setVisible(submitted);
    m_ui->pdfPushButton->setVisible(submitted);
}

void ApplicationEditorPage::refreshChanges()
{
    if (m_record.status != core::ApplicationStatus::ResubmissionRequired) {
        m_changes->setChanges({});
        m_ui->changesLabel->hide();
        m_ui->changesTableView->hide();
        return;
    }
    // The content as returned is the saved content with the edits logged since the return undone.
    // Both sides are compared as submitted (effective), so turning a section's switch on without
    // changing a value, or copying the existing registration into it, is not a change.
    QJsonObject returned = m_record.content;
    if (const auto logged = m_changeLog.entries(m_record.id, m_record.reviewedAt); logged) {
        for (auto entry = logged->crbegin(); entry != logged->crend(); ++entry) {
            core::ApplicationContent::setValue(returned, entry->change.path, entry->change.before);
        }
    } else {
        showError(logged.error());
    }
    QList<core::FieldChange> changes
        = core::FieldChanges::between(core::ApplicationContent::effective(returned, m_existing),
                                      core::ApplicationContent::effective(form()->content(), m_existing));
    changes.removeIf([](const core::FieldChange& change) {
        return change.path.startsWith(QLatin1StringView(core::ApplicationForm::kChangesKey) + u'.');
    });
    // In the order the reviewer reads the form, not by the fields' keys.
    std::stable_sort(changes.begin(), changes.end(), [](const core::FieldChange& a, const core::FieldChange& b) {
        return core::ApplicationForm::order(a.path) < core::ApplicationForm::order(b.path);
    });
    m_changes->setChanges(changes);
    // The table keeps its place while empty, so the first change moves nothing on the screen.
    m_ui->changesLabel->show();
    m_ui->changesTableView->show();
    m_ui->changesLabel->setText(changes.isEmpty() ? tr("Changes since the application was returned: none yet.")
                                                  : tr("Changes since the application was returned:"));
}

bool ApplicationEditorPage::hasUnsavedInput() const
{
    return core::ApplicationStatusMachine::rights(m_record.status).edit && form()->content() != m_record.content;
}

core::Result<void> ApplicationEditorPage::saveInput()
{
    if (m_record.id.isEmpty() || !core::ApplicationStatusMachine::rights(m_record.status).edit) {
        return {};
    }
    const core::Result<void> saved = hasUnsavedInput()
        ? m_workingCopies.save({m_accountId, m_record.id, form()->content(), QDateTime::currentDateTimeUtc()})
        : m_workingCopies.remove(m_record.id);
    refreshChanges();
    return saved;
}

SaveState ApplicationEditorPage::savedState() const
{
    const auto local = m_applications.find(m_record.id);
    const bool queued = local && *local
        && ((*local)->syncState == core::SyncState::Queued || (*local)->syncState == core::SyncState::Sending);
    return queued ? SaveState::Pending : SaveState::Saved;
}

void ApplicationEditorPage::focusField(const QString& field)
{
    form()->focusField(field);
}

core::ApplicationRecord ApplicationEditorPage::edited(const QJsonObject& content) const
{
    core::ApplicationRecord record = m_record;
    record.content = content;
    return record;
}

bool ApplicationEditorPage::reportFailure(const core::Result<void>& result)
{
    if (result) {
        return false;
    }
    showError(result.error());
    return true;
}

void ApplicationEditorPage::refreshIssueBanner()
{
    if (!m_showsIssues) {
        return;
    }
    const QList<core::FieldIssue> issues = form()->issues();
    const auto errors
        = std::count_if(issues.cbegin(), issues.cend(), [](const core::FieldIssue& issue) { return !issue.warning; });
    if (errors == 0) {
        m_showsIssues = false;
        clearState();
        return;
    }
    showState(tr("The application cannot be sent until the fields listed at the top of the form are corrected "
                 "(%1 to correct, marked in red).")
                  .arg(errors),
              MessageBanner::Kind::Error);
}

bool ApplicationEditorPage::confirmAlongsideOthers()
{
    const auto stored = m_applications.all(m_accountId);
    if (!stored) {
        showError(stored.error());
        return false;
    }
    QStringList others;
    for (const db::LocalApplication& local : *stored) {
        const core::ApplicationStatus status = local.record.status;
        if (local.record.id != m_record.id
            && (status == core::ApplicationStatus::AwaitingReview || status == core::ApplicationStatus::Confirmed)) {
            //: %1 is an application number, %2 its status: 12345-1310000017-03（確認待ち）
            others.append(
                tr("%1 (%2)").arg(local.record.number, core::ApplicationStatusMachine::label(local.record.status)));
        }
    }
    return others.isEmpty()
        || m_confirm(tr("This venue already has the application %1. Apply for another one anyway?")
                         .arg(others.join(tr(", "))),
                     tr("Apply anyway"));
}

void ApplicationEditorPage::submit()
{
    const QList<core::FieldIssue> issues = form()->validateAll();
    if (core::ApplicationValidator::hasErrors(issues)) {
        m_showsIssues = true;
        refreshIssueBanner();
        return;
    }
    if (core::ApplicationContent::changesNothing(form()->content(), m_existing)) {
        showResult(
            tr("Nothing in this application differs from the existing registration, so there is nothing to apply "
               "for. Tick \"Change from the existing registration shown on the right\" in each section to change "
               "and enter the new values."),
            MessageBanner::Kind::Error);
        return;
    }
    if (!confirmAlongsideOthers()) {
        return;
    }
    if (!m_outbox) {
        showResult(tr("Log in with your V-SYS ID to apply."), MessageBanner::Kind::Error);
        return;
    }
    // What is sent is what the reviewer reads: unchanged sections with the existing registration's
    // values, and the version of the consent agreed to by pressing this button.
    QJsonObject content = form()->effectiveContent();
    content.insert(QLatin1StringView(core::ApplicationForm::kConsentKey),
                   QJsonObject{{u"version"_s, core::ConsentTerms::builtIn().version()}});
    const bool again = m_record.status == core::ApplicationStatus::ResubmissionRequired;
    if (reportFailure(m_outbox->saveApplication(edited(content)))
        || reportFailure(m_outbox->queueAction(
            m_record.id, again ? core::ApplicationAction::Resubmit : core::ApplicationAction::Submit))) {
        return;
    }
    reportFailure(m_workingCopies.remove(m_record.id));
    leave(again ? tr("The application was sent again. It is now awaiting review.")
                : tr("The application was sent. It is now awaiting review."));
}

void ApplicationEditorPage::saveAndReturn()
{
    if (!m_outbox) {
        showResult(tr("Log in with your V-SYS ID to save."), MessageBanner::Kind::Error);
        return;
    }
    resetEdits();
    if (reportFailure(m_outbox->saveApplication(edited(form()->content())))) {
        return;
    }
    reportFailure(m_workingCopies.remove(m_record.id));
    leave(tr("The application was saved temporarily. You can continue it from the list."));
}

void ApplicationEditorPage::discardAndReturn()
{
    if (hasUnsavedInput()
        && !m_confirm(tr("Go back and discard what you entered since the last save?"), tr("Discard the changes"))) {
        return;
    }
    resetEdits();
    reportFailure(m_workingCopies.remove(m_record.id));
    leave({});
}

void ApplicationEditorPage::withdraw()
{
    const QString number = m_record.number.isEmpty() ? tr("this application") : m_record.number;
    if (!m_confirm(tr("Withdraw %1? A withdrawn application cannot be edited or applied again.").arg(number),
                   tr("Withdraw"))) {
        return;
    }
    if (!m_outbox) {
        showResult(tr("Log in with your V-SYS ID to withdraw."), MessageBanner::Kind::Error);
        return;
    }
    resetEdits();
    if (reportFailure(m_outbox->queueAction(m_record.id, core::ApplicationAction::Withdraw))) {
        return;
    }
    reportFailure(m_workingCopies.remove(m_record.id));
    leave(tr("%1 was withdrawn.").arg(number));
}

Printout ApplicationEditorPage::printout() const
{
    return Printout::fromDocument(
        print::ApplicationDocument::create(m_record, m_existing, QDateTime::currentDateTimeUtc()),
        tr("application-%1.pdf").arg(m_record.number));
}

void ApplicationEditorPage::printRecord()
{
    previewPrintout(printout());
}

void ApplicationEditorPage::exportRecord()
{
    exportPdf(printout());
}

void ApplicationEditorPage::leave(const QString& message)
{
    resetEdits();
    emit finished(message);
}

} // namespace vsys::app
