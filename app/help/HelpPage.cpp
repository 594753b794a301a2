// SPDX-License-Identifier: MIT
#include "app/help/HelpPage.h"

#include "app/help/FaqAnswerer.h"
#include "app/help/ManualViewer.h"
#include "core/JapaneseFormat.h"
#include "core/billing/HolidayCalendar.h"
#include "core/help/ConciergeHours.h"
#include "core/help/HelpContacts.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

HelpPage::HelpPage(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_faq(new FaqAnswerer(this))
{
    auto* backButton = new QPushButton(tr("< Home"), this);
    backButton->setObjectName(u"helpBackButton"_s);
    backButton->setAutoDefault(false);
    auto* title = new QLabel(tr("Help"), this);
    title->setObjectName(u"helpTitleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    auto* header = new QHBoxLayout;
    header->addWidget(backButton);
    header->addWidget(title);
    header->addStretch();

    auto* faqBox = new QGroupBox(tr("Ask a question (works offline)"), this);
    auto* faqLayout = new QVBoxLayout(faqBox);
    faqLayout->addWidget(m_faq);

    auto* inquiryBox = new QGroupBox(tr("If this does not solve it"), this);
    m_inquiryButton = new QPushButton(tr("Inquiry form"), inquiryBox);
    m_inquiryButton->setObjectName(u"helpInquiryButton"_s);
    auto* inquiryLayout = new QVBoxLayout(inquiryBox);
    inquiryLayout->addWidget(m_inquiryButton);

    auto* side = new QVBoxLayout;
    side->addWidget(buildManuals());
    side->addWidget(buildConcierge());
    side->addWidget(inquiryBox);
    side->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(side, 2);
    columns->addWidget(faqBox, 3);

    // Scrolls rather than squeezes on a 1366×768 laptop at 125 %.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The columns wrap their text to the width; only a short window scrolls, and only downwards.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* contents = new QWidget(scroll);
    auto* contentsLayout = new QVBoxLayout(contents);
    contentsLayout->addLayout(header);
    contentsLayout->addLayout(columns, 1);
    scroll->setWidget(contents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(backButton, &QPushButton::clicked, this, &HelpPage::backRequested);
    connect(m_inquiryButton, &QPushButton::clicked, this, [this] { emit inquiryRequested({}); });
    connect(m_faq, &FaqAnswerer::inquiryRequested, this, &HelpPage::inquiryRequested);
    connect(m_faq, &FaqAnswerer::pageRequested, this, &HelpPage::pageRequested);
    refreshConciergeState();
}

QWidget* HelpPage::buildManuals()
{
    auto* box = new QGroupBox(tr("Manuals"), this);
    m_manualButton = new QPushButton(tr("Open the VSYS Desk manual"), box);
    m_manualButton->setObjectName(u"helpManualButton"_s);
    auto* browserButton = new QPushButton(tr("Open it in the web browser"), box);
    browserButton->setObjectName(u"helpManualBrowserButton"_s);
    m_manualMessage = new QLabel(box);
    m_manualMessage->setWordWrap(true);
    m_manualMessage->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_manualButton);
    buttons->addWidget(browserButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_manualMessage);
    layout->addWidget(new QLabel(tr("Official V-SYS manuals (Ministry of Health, Labour and Welfare):"), box));
    for (const core::OfficialManual& manual : core::HelpContacts::builtIn().manuals()) {
        auto* link = new QLabel(box);
        link->setObjectName(u"officialManualLink"_s);
        link->setTextFormat(Qt::RichText);
        link->setText(u"<a href=\"%1\">%2 %3</a>（%4）"_s.arg(
            manual.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), manual.title.toHtmlEscaped(),
            manual.edition.toHtmlEscaped(), manual.published.toHtmlEscaped()));
        link->setOpenExternalLinks(true);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        layout->addWidget(link);
    }
    connect(m_manualButton, &QPushButton::clicked, this, &HelpPage::openManual);
    connect(browserButton, &QPushButton::clicked, this, &HelpPage::openManualInBrowser);
    return box;
}

QWidget* HelpPage::buildConcierge()
{
    const core::Concierge& concierge = core::HelpContacts::builtIn().concierge();
    auto* box = new QGroupBox(concierge.name, this);
    auto* purpose = new QLabel(concierge.purpose, box);
    purpose->setWordWrap(true);
    auto* phone = new QLabel(tr("Phone: %1").arg(concierge.phone), box);
    phone->setObjectName(u"conciergePhoneLabel"_s);
    phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont phoneFont = phone->font();
    phoneFont.setBold(true);
    phone->setFont(phoneFont);
    auto* hours = new QLabel(tr("Hours: %1").arg(concierge.hoursText), box);
    hours->setWordWrap(true);
    m_conciergeState = new QLabel(box);
    m_conciergeState->setObjectName(u"conciergeStateLabel"_s);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(purpose);
    layout->addWidget(phone);
    layout->addWidget(hours);
    layout->addWidget(m_conciergeState);
    return box;
}

void HelpPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_faq->setClock(std::move(clock));
    refreshConciergeState();
}

void HelpPage::setUrlOpener(std::function<bool(const QUrl&)> opener)
{
    m_openUrl = std::move(opener);
}

void HelpPage::refreshConciergeState()
{
    const core::ConciergeHours hours(core::HelpContacts::builtIn().concierge(), core::HolidayCalendar::builtIn());
    switch (hours.stateAt(core::JapaneseFormat::inJapan(m_clock()))) {
    case core::ConciergeHours::State::Open:
        m_conciergeState->setText(tr("Open now."));
        break;
    case core::ConciergeHours::State::Closed:
        m_conciergeState->setText(tr("Closed now."));
        break;
    case core::ConciergeHours::State::Unknown:
        m_conciergeState->setText(tr("Whether it is open today is not known (the holiday data ends before today)."));
        break;
    }
}

void HelpPage::showEvent(QShowEvent* event)
{
    refreshConciergeState();
    QWidget::showEvent(event);
}

void HelpPage::openManual()
{
    if (!m_viewer) {
        m_viewer = new ManualViewer(this);
    }
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

void HelpPage::openManualInBrowser()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/manual"_s;
    const QUrl page = ManualViewer::exportTo(folder);
    if (page.isEmpty() || !m_openUrl(page)) {
        m_manualMessage->setText(
            tr("The manual could not be opened in the web browser. Use \"Open the VSYS Desk manual\" instead."));
        m_manualMessage->show();
        return;
    }
    m_manualMessage->hide();
}

} // namespace vsys::app
