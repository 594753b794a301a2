// SPDX-License-Identifier: MIT
#include "app/institution/DoctorDialog.h"

#include "app/common/MessageBanner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

DoctorDialog::DoctorDialog(SaveDoctor save, DeleteDoctor remove, QWidget* parent)
    : QDialog(parent)
    , m_saveDoctor(std::move(save))
    , m_deleteDoctor(std::move(remove))
    , m_name(new QLineEdit(this))
    , m_kana(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_delete(new QCheckBox(tr("Delete this doctor (check it, then Save deletes the doctor's information)"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_saveAndNew(new QPushButton(tr("Save and new"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Edit the doctor's information"));
    m_name->setObjectName(u"doctorNameLineEdit"_s);
    m_kana->setObjectName(u"doctorKanaLineEdit"_s);
    m_phone->setObjectName(u"doctorPhoneLineEdit"_s);
    m_email->setObjectName(u"doctorEmailLineEdit"_s);
    m_delete->setObjectName(u"doctorDeleteCheckBox"_s);

    auto* info = new QGroupBox(tr("Information"), this);
    auto* form = new QFormLayout(info);
    form->addRow(tr("(Doctor) Name *"), m_name);
    form->addRow(tr("(Doctor) Name in hiragana *"), m_kana);
    form->addRow(tr("Telephone number"), m_phone);
    form->addRow(tr("E-mail address"), m_email);
    m_name->setPlaceholderText(tr("e.g. 厚生 太郎"));
    m_kana->setPlaceholderText(tr("e.g. こうせい たろう"));

    auto* vaccines = new QGroupBox(tr("Vaccines given (by this doctor)"), this);
    auto* vaccineLayout = new QVBoxLayout(vaccines);
    for (const QString& key : core::DoctorVaccines::keys()) {
        auto* box = new QCheckBox(core::DoctorVaccines::label(key), vaccines);
        box->setObjectName(u"vaccine_"_s + key);
        vaccineLayout->addWidget(box);
        m_vaccines.insert(key, box);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton* button : {m_save, m_saveAndNew, m_cancel}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    m_save->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(info);
    layout->addWidget(vaccines);
    layout->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_delete, &QCheckBox::toggled, this, &DoctorDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveInput()) {
            accept();
        }
    });
    connect(m_saveAndNew, &QPushButton::clicked, this, [this] {
        if (saveInput()) {
            startNew();
            m_banner->showMessage(tr("Saved. Enter the next doctor."), MessageBanner::Kind::Success);
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    startNew();
}

void DoctorDialog::startNew()
{
    m_doctor = core::Doctor();
    m_doctor.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_existing = false;
    for (QLineEdit* edit : {m_name, m_kana, m_phone, m_email}) {
        edit->clear();
    }
    for (QCheckBox* box : std::as_const(m_vaccines)) {
        box->setChecked(false);
    }
    m_delete->setChecked(false);
    m_banner->clear();
    updateButtons();
    m_name->setFocus(Qt::OtherFocusReason);
}

void DoctorDialog::startEdit(const core::Doctor& doctor)
{
    m_doctor = doctor;
    m_existing = true;
    m_name->setText(doctor.name);
    m_kana->setText(doctor.nameKana);
    m_phone->setText(doctor.phone);
    m_email->setText(doctor.email);
    for (auto it = m_vaccines.cbegin(); it != m_vaccines.cend(); ++it) {
        it.value()->setChecked(doctor.vaccines.contains(it.key()));
    }
    m_delete->setChecked(false);
    m_banner->clear();
    updateButtons();
    m_name->setFocus(Qt::OtherFocusReason);
}

bool DoctorDialog::saveInput()
{
    if (m_delete->isChecked()) {
        if (auto deleted = m_deleteDoctor(m_doctor.id); !deleted) {
            m_banner->showMessage(deleted.error().message, MessageBanner::Kind::Error);
            return false;
        }
        return true;
    }
    QJsonArray vaccines;
    for (auto it = m_vaccines.cbegin(); it != m_vaccines.cend(); ++it) {
        if (it.value()->isChecked()) {
            vaccines.append(it.key());
        }
    }
    const QJsonObject content{{u"name"_s, m_name->text()},
                              {u"name_kana"_s, m_kana->text()},
                              {u"phone"_s, m_phone->text()},
                              {u"email"_s, m_email->text()},
                              {u"vaccines"_s, vaccines}};
    auto checked = core::DoctorJson::contentFromJson(content);
    if (!checked) {
        m_banner->showMessage(checked.error().message, MessageBanner::Kind::Error);
        focusField(checked.error().field);
        return false;
    }
    core::Doctor doctor = *checked;
    doctor.id = m_doctor.id;
    doctor.version = m_doctor.version;
    if (auto saved = m_saveDoctor(doctor); !saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_doctor = doctor;
    return true;
}

void DoctorDialog::updateButtons()
{
    m_delete->setVisible(m_existing);
    const bool deleting = m_existing && m_delete->isChecked();
    m_save->setText(deleting ? tr("Save (delete)") : tr("Save"));
    m_saveAndNew->setEnabled(!deleting);
    for (QWidget* input : std::initializer_list<QWidget*>{m_name, m_kana, m_phone, m_email}) {
        input->setEnabled(!deleting);
    }
}

void DoctorDialog::focusField(const QString& field)
{
    const QMap<QString, QLineEdit*> edits{
        {u"name"_s, m_name}, {u"name_kana"_s, m_kana}, {u"phone"_s, m_phone}, {u"email"_s, m_email}};
    if (QLineEdit* edit = edits.value(field)) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    }
}

} // namespace vsys::app
