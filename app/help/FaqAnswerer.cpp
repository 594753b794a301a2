// SPDX-License-Identifier: MIT
#include "app/help/FaqAnswerer.h"

#include "core/JapaneseFormat.h"
#include "db/FaqIndex.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

FaqAnswerer::FaqAnswerer(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_questionEdit(new QLineEdit(this))
    , m_askedLabel(new QLabel(this))
    , m_promptLabel(new QLabel(this))
    , m_candidatesLayout(new QVBoxLayout)
    , m_noneButton(new QPushButton(tr("None of these"), this))
    , m_answerLabel(new QLabel(this))
    , m_openPageButton(new QPushButton(tr("Open this screen"), this))
{
    m_questionEdit->setObjectName(u"faqQuestionEdit"_s);
    m_questionEdit->setPlaceholderText(tr("Type your question (e.g. When does the third dose start?)"));
    m_questionEdit->setMaxLength(200);
    auto* askButton = new QPushButton(tr("Ask"), this);
    askButton->setObjectName(u"faqAskButton"_s);
    m_askedLabel->setObjectName(u"faqAskedLabel"_s);
    m_askedLabel->setTextFormat(Qt::PlainText);
    m_askedLabel->setWordWrap(true);
    m_askedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_promptLabel->setObjectName(u"faqPromptLabel"_s);
    m_promptLabel->setWordWrap(true);
    m_noneButton->setObjectName(u"faqNoneButton"_s);
    m_answerLabel->setObjectName(u"faqAnswerLabel"_s);
    m_answerLabel->setTextFormat(Qt::PlainText);
    m_answerLabel->setWordWrap(true);
    m_answerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answerLabel->setFrameShape(QFrame::StyledPanel);
    m_answerLabel->setMargin(6);
    m_openPageButton->setObjectName(u"faqOpenPageButton"_s);

    auto* askLayout = new QHBoxLayout;
    askLayout->addWidget(m_questionEdit, 1);
    askLayout->addWidget(askButton);
    auto* noneLayout = new QHBoxLayout;
    noneLayout->addWidget(m_noneButton);
    noneLayout->addStretch();
    auto* pageLayout = new QHBoxLayout;
    pageLayout->addWidget(m_openPageButton);
    pageLayout->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(askLayout);
    layout->addWidget(m_askedLabel);
    layout->addWidget(m_promptLabel);
    layout->addLayout(m_candidatesLayout);
    layout->addLayout(noneLayout);
    layout->addWidget(m_answerLabel);
    layout->addLayout(pageLayout);
    layout->addStretch();
    for (QWidget* hidden :
         std::initializer_list<QWidget*>{m_askedLabel, m_promptLabel, m_noneButton, m_answerLabel, m_openPageButton}) {
        hidden->hide();
    }

    connect(askButton, &QPushButton::clicked, this, &FaqAnswerer::ask);
    connect(m_questionEdit, &QLineEdit::returnPressed, this, &FaqAnswerer::ask);
    connect(m_noneButton, &QPushButton::clicked, this, [this] { emit inquiryRequested(m_asked); });
    connect(m_openPageButton, &QPushButton::clicked, this, [this] { emit pageRequested(m_answerPage); });
}

FaqAnswerer::~FaqAnswerer() = default;

void FaqAnswerer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void FaqAnswerer::ask()
{
    const QString typed = m_questionEdit->text().simplified();
    clearCandidates();
    m_answerLabel->hide();
    m_openPageButton->hide();
    if (typed.isEmpty()) {
        m_askedLabel->hide();
        m_noneButton->hide();
        m_promptLabel->setText(tr("Type a question, then press Ask."));
        m_promptLabel->show();
        return;
    }
    m_asked = typed;
    m_askedLabel->setText(
        u"%1\n%2"_s.arg(core::JapaneseFormat::inJapan(m_clock()).toString(u"yyyy-MM-dd HH:mm:ss"_s), typed));
    m_askedLabel->show();
    // Built at the first question: the FAQ costs nothing to a clerk who never asks.
    if (!m_index) {
        auto built = db::FaqIndex::build(core::Faq::builtIn());
        if (!built) {
            m_promptLabel->setText(built.error().message);
            m_promptLabel->show();
            return;
        }
        m_index = std::move(built).value();
    }
    const auto found = m_index->search(typed, CandidateCount);
    if (!found) {
        m_promptLabel->setText(found.error().message);
    } else if (found->isEmpty()) {
        m_promptLabel->setText(tr("No similar question was found. Ask again in other words, or choose \"None of "
                                  "these\" to send your question with the inquiry form."));
    } else {
        m_promptLabel->setText(tr("Choose the question closest to yours. If none of them is, type your question again "
                                  "or choose \"None of these\"."));
        for (const core::FaqEntry& entry : *found) {
            auto* button = new QPushButton(entry.question, this);
            button->setObjectName(u"faqCandidate_"_s + entry.id);
            button->setFlat(true);
            button->setStyleSheet(u"text-align: left; color: palette(link); text-decoration: underline;"_s);
            button->setCursor(Qt::PointingHandCursor);
            connect(button, &QPushButton::clicked, this, [this, entry] { showAnswer(entry); });
            m_candidatesLayout->addWidget(button);
            m_candidateButtons.append(button);
            button->show();
        }
    }
    m_promptLabel->show();
    m_noneButton->show();
}

void FaqAnswerer::showAnswer(const core::FaqEntry& entry)
{
    m_answerLabel->setText(u"%1\n\n%2"_s.arg(entry.question, entry.answer));
    m_answerLabel->show();
    m_answerPage = entry.page;
    // The help page is where the clerk already is.
    m_openPageButton->setVisible(!entry.page.isEmpty() && entry.page != u"help"_s);
}

void FaqAnswerer::clearCandidates()
{
    for (QPushButton* button : std::as_const(m_candidateButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_candidateButtons.clear();
}

} // namespace vsys::app
