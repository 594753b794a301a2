// SPDX-License-Identifier: MIT
#include "app/applicationform/ConsentTermsView.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConsentTermsView::ConsentTermsView(const core::ConsentTerms& terms, QWidget* parent)
    : QGroupBox(tr("Consent to the terms of the vaccination"), parent)
{
    setObjectName(u"consentTerms"_s);
    auto* layout = new QVBoxLayout(this);
    QLabel* heading = paragraph(terms.heading(), this);
    heading->setObjectName(u"consentHeading"_s);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    for (const core::ConsentItem& item : terms.items()) {
        layout->addWidget(paragraph(item.text, this));
        for (const QString& note : item.notes) {
            QLabel* remark = paragraph(note, this);
            remark->setIndent(16);
            layout->addWidget(remark);
        }
    }
}

} // namespace vsys::app
