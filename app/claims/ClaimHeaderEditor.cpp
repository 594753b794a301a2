// SPDX-License-Identifier: MIT
#include "app/claims/ClaimHeaderEditor.h"

#include "app/claims/MunicipalityPicker.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/ClaimHeaderRules.h"
#include "print/ClaimSummaryDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

ClaimHeaderEditor::ClaimHeaderEditor(const core::MunicipalityDirectory& municipalities, QWidget* parent)
    : QWidget(parent)
    , m_municipalities(municipalities)
{
    auto* instruction = new QLabel(tr("These fields are printed in the header of both forms. A blank field can also "
                                      "be written in by hand after printing."),
                                   this);
    instruction->setWordWrap(true);
    m_form = new QFormLayout;
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(instruction);
    outer->addLayout(m_form);
    outer->addStretch(1);

    m_address = addLine(u"addressLineEdit"_s, tr("Address of the medical institution"));
    m_representative = addLine(u"representativeLineEdit"_s, tr("Representative's name"));
    m_phone = addLine(u"phoneLineEdit"_s, tr("Telephone number"));

    // A choice, not free text: the 国保連 reads the digit. What each value means is UNCONFIRMED
    // (docs/decisions.md), so the list offers the values the briefing's sheets show and a blank.
    m_facilityType = new QComboBox(this);
    m_facilityType->setObjectName(u"facilityTypeComboBox"_s);
    m_facilityType->addItem(tr("(blank: write it in by hand)"), QString());
    for (const QString& value : core::ClaimHeaderRules::facilityTypes()) {
        m_facilityType->addItem(value, value);
    }
    auto* facilityLabel = new QLabel(tr("Facility category"), this);
    facilityLabel->setBuddy(m_facilityType);
    m_form->addRow(facilityLabel, m_facilityType);
    connect(m_facilityType, &QComboBox::activated, this, &ClaimHeaderEditor::edited);

    m_name = addLine(u"nameLineEdit"_s, tr("Name of the medical institution"));

    m_home = new QLabel(this);
    m_home->setObjectName(u"homeValueLabel"_s);
    m_home->setWordWrap(true);
    m_homePicker = new MunicipalityPicker(m_municipalities, this);
    m_homePicker->setObjectName(u"homePicker"_s);
    connect(m_homePicker, &MunicipalityPicker::municipalityPicked, this, &ClaimHeaderEditor::homePicked);
    auto* home = new QVBoxLayout;
    home->addWidget(m_home);
    home->addWidget(m_homePicker);
    auto* homeLabel = new QLabel(tr("Municipality of the institution"), this);
    homeLabel->setBuddy(m_homePicker->lineEdit());
    m_form->addRow(homeLabel, home);
}

QLineEdit* ClaimHeaderEditor::addLine(const QString& objectName, const QString& label)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    m_form->addRow(caption, edit);
    connect(edit, &QLineEdit::textEdited, this, &ClaimHeaderEditor::edited);
    return edit;
}

void ClaimHeaderEditor::setHeader(const core::ClaimInstitution& institution, const QString& homeMunicipality)
{
    m_address->setText(institution.address);
    m_representative->setText(institution.representative);
    m_phone->setText(institution.phone);
    m_name->setText(institution.name);
    // A value saved before the list existed (typed freely) stays, so nothing printed changes behind the user.
    int facility = m_facilityType->findData(institution.facilityType);
    if (facility < 0) {
        m_facilityType->addItem(institution.facilityType, institution.facilityType);
        facility = m_facilityType->count() - 1;
    }
    m_facilityType->setCurrentIndex(facility);

    const QString homeName = m_municipalities.name(homeMunicipality);
    m_home->setText(homeName.isEmpty()
                        ? tr("Not set: choose the municipality where the institution is located.")
                        : u"%1（%2）　%3"_s.arg(homeName, homeMunicipality,
                                                print::ClaimSummaryDocument::addressee(institution.prefecture)));
}

void ClaimHeaderEditor::applyTo(core::ClaimInstitution& institution) const
{
    institution.address = m_address->text().trimmed();
    institution.representative = m_representative->text().trimmed();
    institution.phone = m_phone->text().trimmed();
    institution.facilityType = m_facilityType->currentData().toString();
    institution.name = m_name->text().trimmed();
}

} // namespace vsys::app
