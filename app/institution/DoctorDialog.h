// SPDX-License-Identifier: MIT
// DoctorDialog (医師情報の編集): one 接種担当医師 as the briefing's dialog shows it: 情報 (氏名, ふりがな, 電話番号,
// メールアドレス), 取扱ワクチン(医師個人), 医師情報の削除 (checked, 保存 deletes), and 保存 / 保存と新規 / キャンセル.
#pragma once

#include "core/Result.h"
#include "core/institution/Doctor.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace vsys::app {

class MessageBanner;

class DoctorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Where the dialog keeps what it saves: the page queues it for the server.
    using SaveDoctor = std::function<core::Result<void>(const core::Doctor&)>;
    using DeleteDoctor = std::function<core::Result<void>(const QString& id)>;

    DoctorDialog(SaveDoctor save, DeleteDoctor remove, QWidget* parent = nullptr);

    /// An empty form for a new doctor, with a new id.
    void startNew();
    /// The doctor's information to edit; 医師情報の削除 is offered.
    void startEdit(const core::Doctor& doctor);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* kanaEdit() const { return m_kana; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QCheckBox* vaccineBox(const QString& key) const { return m_vaccines.value(key); }
    QCheckBox* deleteBox() const { return m_delete; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* saveAndNewButton() const { return m_saveAndNew; }
    QPushButton* cancelButton() const { return m_cancel; }
    MessageBanner* banner() const { return m_banner; }

private:
    /// Checks and keeps the input; false (with the message, the input kept) when it cannot.
    bool saveInput();
    void updateButtons();
    void focusField(const QString& field);

    SaveDoctor m_saveDoctor;
    DeleteDoctor m_deleteDoctor;
    core::Doctor m_doctor;
    bool m_existing = false;
    QLineEdit* m_name;
    QLineEdit* m_kana;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QMap<QString, QCheckBox*> m_vaccines;
    QCheckBox* m_delete;
    QPushButton* m_save;
    QPushButton* m_saveAndNew;
    QPushButton* m_cancel;
    MessageBanner* m_banner;
};

} // namespace vsys::app
