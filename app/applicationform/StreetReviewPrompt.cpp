// SPDX-License-Identifier: MIT
#include "app/applicationform/StreetReviewPrompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vsys::app {

StreetReviewPrompt::StreetReviewPrompt(const QString& streetPath, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep the previous street address"), this))
{
    setObjectName(streetPath + u".review"_s);
    // Amber like the form's warnings: something to look at, said in words, not only by colour.
    setStyleSheet(u"QFrame#%1 { background: #fff4e0; border: 1px solid #d9a441; border-radius: 3px; }"_s.arg(
        objectName().replace(u'.', u"\\."_s)));
    m_text->setWordWrap(true);
    m_keep->setObjectName(streetPath + u".keep"_s);
    m_keep->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_keep);
    connect(m_keep, &QPushButton::clicked, this, &StreetReviewPrompt::keepRequested);
    hide();
}

void StreetReviewPrompt::ask(const QString& municipality, const QString& previousStreet)
{
    m_text->setText(tr("The address is now in %1: complete the street address, which starts again from the "
                       "chosen town. The previous one was \"%2\".")
                        .arg(municipality, previousStreet));
    m_keep->setAccessibleDescription(m_text->text());
}

} // namespace vsys::app
