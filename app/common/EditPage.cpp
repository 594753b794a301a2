// SPDX-License-Identifier: MIT
#include "app/common/EditPage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

EditPage::EditPage(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_header(new QHBoxLayout)
    , m_headerStretch(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum))
    , m_title(new QLabel(this))
    , m_saveState(new SaveStateLabel(this))
    , m_banner(new MessageBanner(this))
{
    m_title->setObjectName(u"pageTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    // The header keeps its height whatever it shows, so nothing below moves when the save state appears.
    m_header->addWidget(m_title);
    m_header->addSpacerItem(m_headerStretch);
    m_header->addWidget(m_saveState);
    m_title->setMinimumHeight(QFontMetrics(titleFont).height());
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->addLayout(m_header);
    m_layout->addWidget(m_banner);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kAutosaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, &EditPage::autosave);
}

EditPage::~EditPage() = default;

void EditPage::setContent(QWidget* content)
{
    Q_ASSERT(!m_content);
    m_content = content;
    content->setParent(this);
    m_layout->addWidget(content, 1);
}

void EditPage::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EditPage::setHeaderWidget(QWidget* widget)
{
    // The page's widgets take the room the stretch kept between the title and the save state.
    m_header->removeItem(m_headerStretch);
    delete m_headerStretch;
    m_headerStretch = nullptr;
    m_header->insertWidget(1, widget, 1);
}

bool EditPage::flushAutosave()
{
    if (!m_saveTimer.isActive()) {
        return saveState() != SaveState::Failed;
    }
    m_saveTimer.stop();
    autosave();
    return saveState() != SaveState::Failed;
}

void EditPage::markEdited()
{
    if (m_result) {
        m_result.reset();
        showBanner();
    }
    if (!m_saveTimer.isActive()) {
        m_saveTimer.start();
    }
    setSaveState(SaveState::Unsaved);
}

void EditPage::resetEdits(SaveState state)
{
    m_saveTimer.stop();
    m_result.reset();
    m_state.reset();
    showBanner();
    setSaveState(state);
}

void EditPage::setSaveState(SaveState state)
{
    if (m_saveState->state() == state) {
        return;
    }
    m_saveState->setState(state);
    emit saveStateChanged(state);
}

void EditPage::focusField(const QString&) {}

void EditPage::autosave()
{
    const core::Result<void> saved = saveInput();
    if (!saved) {
        setSaveState(SaveState::Failed);
        showError(saved.error());
        return;
    }
    setSaveState(savedState());
}

void EditPage::showResult(const QString& text, MessageBanner::Kind kind)
{
    m_result = Message{text, kind, {}};
    showBanner();
}

void EditPage::showState(const QString& text, MessageBanner::Kind kind, const QList<QAction*>& actions)
{
    m_state = Message{text, kind, actions};
    showBanner();
}

void EditPage::clearState()
{
    m_state.reset();
    showBanner();
}

void EditPage::showError(const core::Error& error)
{
    const bool cancelled = error.code == core::ErrorCode::Cancelled;
    showResult(error.message, cancelled ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    if (!cancelled && !error.field.isEmpty()) {
        focusField(error.field);
    }
}

int EditPage::previewPrintout(const Printout& printout)
{
    const core::Result<int> printed = PrintoutDialogs::preview(this, printout);
    if (!printed) {
        showError(printed.error());
        return 0;
    }
    return printed.value();
}

QString EditPage::exportPdf(const Printout& printout)
{
    const core::Result<QString> written = PrintoutDialogs::exportPdf(this, printout);
    if (!written) {
        showError(written.error());
        return {};
    }
    if (!written->isEmpty()) {
        showResult(tr("Saved as %1.").arg(QDir::toNativeSeparators(written.value())));
    }
    return written.value();
}

void EditPage::hideEvent(QHideEvent* event)
{
    flushAutosave();
    QWidget::hideEvent(event);
}

void EditPage::closeBeforeDestruction()
{
    flushAutosave();
    hide();
}

void EditPage::showBanner()
{
    const std::optional<Message>& shown = m_result ? m_result : m_state;
    if (!shown) {
        m_banner->clear();
        return;
    }
    m_banner->showMessage(shown->text, shown->kind, shown->actions);
}

} // namespace vsys::app
