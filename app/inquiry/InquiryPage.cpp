// SPDX-License-Identifier: MIT
// InquiryPage: the rules are core::InquiryValidator's, checked here for every field at once (each message under
// its field) before the inquiry is queued; nothing typed is cleared until the outbox has the inquiry.
#include "app/inquiry/InquiryPage.h"

#include "core/JapaneseFormat.h"
#include "core/inquiry/InquiryCategories.h"
#include "sync/SyncService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

} // namespace

InquiryPage::InquiryPage(db::Database& database, sync::SyncService& sync, QWidget* parent)
    : EditPage(parent)
    , m_sync(sync)
    , m_drafts(database, db::PageDraftStore::Page::Inquiry)
{
    setTitle(tr("Inquiry form"));
    auto* content = new QWidget(this);
    buildForm(content);
    setContent(content);
    fillCategories();
    connect(&m_sync, &sync::SyncService::inquiriesChanged, this, [this] {
        const auto account = m_sync.account();
        const qint64 id = account ? account->id : 0;
        if (id != m_accountId) {
            flushAutosave();
            m_accountId = id;
            loadDraft();
        }
        refreshList();
    });
    if (const auto account = m_sync.account()) {
        m_accountId = account->id;
        loadDraft();
    }
    refreshList();
}

InquiryPage::~InquiryPage()
{
    closeBeforeDestruction();
}

void InquiryPage::buildForm(QWidget* content)
{
    auto* layout = new QVBoxLayout(content);
    // 送信 at the top, as in the briefing.
    auto* buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("Send"), content);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(true);
    auto* back = new QPushButton(tr("Back to home"), content);
    back->setObjectName(u"backButton"_s);
    buttons->addWidget(m_send);
    buttons->addStretch();
    buttons->addWidget(back);
    layout->addLayout(buttons);

    auto* intro = new QLabel(tr("Enter your telephone number and choose the category and the detail of your "
                                "inquiry, then write it as concretely as you can and press Send. The answer is "
                                "shown below after a sync."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_phone = new QLineEdit(content);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_phone->setMaxLength(int(core::Inquiry::kMaxPhoneLength));
    m_phone->setPlaceholderText(tr("e.g. 03-1234-5678"));
    m_phoneError = errorLabel(u"phoneError"_s, content);
    m_category = new QComboBox(content);
    m_category->setObjectName(u"categoryCombo"_s);
    m_categoryError = errorLabel(u"categoryError"_s, content);
    m_detail = new QComboBox(content);
    m_detail->setObjectName(u"detailCombo"_s);
    m_detailError = errorLabel(u"detailError"_s, content);
    m_body = new QPlainTextEdit(content);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(110);
    m_count = new QLabel(content);
    m_count->setObjectName(u"countLabel"_s);
    m_bodyError = errorLabel(u"bodyError"_s, content);
    const auto field = [content](QWidget* input, QLabel* error) {
        auto* box = new QWidget(content);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(input);
        column->addWidget(error);
        return box;
    };
    form->addRow(tr("Telephone number"), field(m_phone, m_phoneError));
    form->addRow(tr("Inquiry category"), field(m_category, m_categoryError));
    form->addRow(tr("Inquiry detail"), field(m_detail, m_detailError));
    auto* bodyBox = field(m_body, m_bodyError);
    bodyBox->layout()->addWidget(m_count);
    form->addRow(tr("Content"), bodyBox);
    layout->addLayout(form);

    auto* listTitle = new QLabel(tr("<b>This venue's inquiries</b>"), content);
    layout->addWidget(listTitle);
    m_list = new QTableWidget(0, 5, content);
    m_list->setObjectName(u"inquiryList"_s);
    m_list->setHorizontalHeaderLabels({tr("Sent at"), tr("Category"), tr("Content"), tr("Status"), tr("Answer")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setWordWrap(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(Body, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(Answer, QHeaderView::Stretch);
    m_list->setMinimumHeight(160);
    layout->addWidget(m_list, 1);

    connect(m_send, &QPushButton::clicked, this, &InquiryPage::send);
    connect(back, &QPushButton::clicked, this, &InquiryPage::backRequested);
    connect(m_phone, &QLineEdit::textEdited, this, &InquiryPage::edited);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        categoryChosen();
        edited();
    });
    connect(m_detail, &QComboBox::currentIndexChanged, this, &InquiryPage::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        edited();
    });
    setTabOrder(m_phone, m_category);
    setTabOrder(m_category, m_detail);
    setTabOrder(m_detail, m_body);
    updateCount();
}

void InquiryPage::fillCategories()
{
    m_filling = true;
    m_category->addItem(tr("Please choose"), QString());
    for (const core::InquiryCategory& category : core::InquiryCategories::builtIn().categories()) {
        m_category->addItem(category.name, category.key);
    }
    m_filling = false;
    categoryChosen();
}

void InquiryPage::categoryChosen()
{
    const bool filling = m_filling;
    m_filling = true;
    m_detail->clear();
    m_detail->addItem(tr("Please choose"), QString());
    if (const core::InquiryCategory* category
        = core::InquiryCategories::builtIn().find(m_category->currentData().toString())) {
        for (const core::InquiryDetail& detail : category->details) {
            m_detail->addItem(detail.name, detail.key);
        }
    }
    m_detail->setEnabled(m_detail->count() > 1);
    m_filling = filling;
}

void InquiryPage::edited()
{
    if (!m_filling) {
        markEdited();
    }
}

void InquiryPage::updateCount()
{
    const qsizetype length = m_body->toPlainText().size();
    m_count->setText(
        tr("%1 / %2 characters")
            .arg(core::JapaneseFormat::number(length), core::JapaneseFormat::number(core::Inquiry::kMaxBodyLength)));
}

void InquiryPage::startWith(const QString& question)
{
    m_body->setPlainText(question);
    clearFieldErrors();
    m_phone->setFocus(Qt::OtherFocusReason);
}

void InquiryPage::loadDraft()
{
    m_filling = true;
    std::optional<QJsonObject> draft;
    if (m_accountId != 0) {
        const auto read = m_drafts.draft(m_accountId);
        if (!read) {
            showError(read.error());
        } else {
            draft = *read;
        }
    }
    const QJsonObject input = draft.value_or(QJsonObject());
    m_phone->setText(input.value(u"phone"_s).toString());
    m_category->setCurrentIndex(std::max(0, m_category->findData(input.value(u"category"_s).toString())));
    categoryChosen();
    m_detail->setCurrentIndex(std::max(0, m_detail->findData(input.value(u"detail"_s).toString())));
    m_body->setPlainText(input.value(u"body"_s).toString());
    m_filling = false;
    clearFieldErrors();
    resetEdits(draft ? SaveState::Saved : SaveState::Unchanged);
}

core::Result<void> InquiryPage::saveInput()
{
    if (m_accountId == 0) {
        return {};
    }
    return m_drafts.save(m_accountId,
                         QJsonObject{{u"phone"_s, m_phone->text()},
                                     {u"category"_s, m_category->currentData().toString()},
                                     {u"detail"_s, m_detail->currentData().toString()},
                                     {u"body"_s, m_body->toPlainText()}},
                         QDateTime::currentDateTimeUtc());
}

core::Inquiry InquiryPage::typedInquiry() const
{
    core::Inquiry inquiry;
    inquiry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    inquiry.phone = m_phone->text();
    inquiry.category = m_category->currentData().toString();
    inquiry.detail = m_detail->currentData().toString();
    inquiry.body = m_body->toPlainText();
    return inquiry;
}

void InquiryPage::send()
{
    clearFieldErrors();
    core::Inquiry inquiry = typedInquiry();
    const QList<core::Error> errors = core::InquiryValidator::check(inquiry);
    for (const core::Error& error : errors) {
        showFieldError(error.field, error.message);
    }
    if (!errors.isEmpty()) {
        showError(core::Error{errors.constFirst().field, tr("Please correct the fields marked below.")});
        return;
    }
    if (const auto queued = m_sync.sendInquiry(inquiry); !queued) {
        showError(queued.error());
        return;
    }
    // The outbox has it: the form starts afresh, the phone number stays for the next inquiry.
    if (m_accountId != 0) {
        if (const auto removed = m_drafts.remove(m_accountId); !removed) {
            showError(removed.error());
        }
    }
    m_filling = true;
    m_category->setCurrentIndex(0);
    categoryChosen();
    m_body->clear();
    m_filling = false;
    resetEdits(SaveState::Pending);
    showResult(m_sync.isOnline() ? tr("The inquiry was sent to the support desk.")
                                 : tr("The inquiry will be sent when the server can be reached (送信待ち)."));
    refreshList();
}

void InquiryPage::clearFieldErrors()
{
    for (QLabel* label : {m_phoneError, m_categoryError, m_detailError, m_bodyError}) {
        label->clear();
        label->hide();
    }
}

void InquiryPage::showFieldError(const QString& field, const QString& message)
{
    QLabel* label = field == u"phone"_s ? m_phoneError
        : field == u"category"_s        ? m_categoryError
        : field == u"detail"_s          ? m_detailError
                                        : m_bodyError;
    label->setText(message);
    label->show();
}

void InquiryPage::focusField(const QString& field)
{
    const std::pair<QString, QWidget*> inputs[]
        = {{u"phone"_s, m_phone}, {u"category"_s, m_category}, {u"detail"_s, m_detail}, {u"body"_s, m_body}};
    QWidget* widget = nullptr;
    for (const auto& [name, input] : inputs) {
        if (name == field) {
            widget = input;
        }
    }
    if (widget) {
        widget->setFocus(Qt::OtherFocusReason);
    }
}

void InquiryPage::refreshList()
{
    m_list->setRowCount(0);
    if (!m_sync.account()) {
        return;
    }
    const auto entries = m_sync.inquiries();
    if (!entries) {
        showError(entries.error());
        return;
    }
    const core::InquiryCategories& categories = core::InquiryCategories::builtIn();
    for (const sync::InquiryEntry& entry : *entries) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        QString status;
        switch (entry.status) {
        case core::InquiryStatus::Waiting:
            status = entry.state == core::SyncState::Error ? tr("Refused: %1").arg(entry.error) : tr("Waiting to send");
            break;
        case core::InquiryStatus::Sent:
            status = tr("Sent");
            break;
        case core::InquiryStatus::Answered:
            status = tr("Answered (%1)").arg(core::JapaneseFormat::dateTime(entry.inquiry.answeredAt));
            break;
        }
        const QString cells[] = {core::JapaneseFormat::dateTime(entry.enteredAt),
                                 categories.label(entry.inquiry.category, entry.inquiry.detail), entry.inquiry.body,
                                 status, entry.inquiry.answer};
        for (int column = 0; column < 5; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_list->setItem(row, column, item);
        }
    }
    m_list->resizeRowsToContents();
}

} // namespace vsys::app
