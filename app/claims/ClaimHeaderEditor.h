// SPDX-License-Identifier: MIT
// ClaimHeaderEditor: the 医療機関等 fields printed in the header of both forms (所在地, 代表者氏名, 電話番号,
// 施設等区分, 医療機関等名称) and the institution's own municipality (同一市内). The 請求用保険医療機関コード is
// not here: the page shows it at the top, as V-SYS does.
#pragma once

#include "core/billing/ClaimInstitution.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace vsys::core {
class MunicipalityDirectory;
}

namespace vsys::app {

class MunicipalityPicker;

class ClaimHeaderEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimHeaderEditor(const core::MunicipalityDirectory& municipalities, QWidget* parent = nullptr);

    /// Shows a claim's header without emitting edited().
    void setHeader(const core::ClaimInstitution& institution, const QString& homeMunicipality);
    /// The fields this editor owns, written into `institution` (the code and prefecture are left as they are).
    void applyTo(core::ClaimInstitution& institution) const;

signals:
    /// The user changed a field.
    void edited();
    /// The user chose another municipality for 同一市内.
    void homePicked(const QString& code);

private:
    QLineEdit* addLine(const QString& objectName, const QString& label);

    const core::MunicipalityDirectory& m_municipalities;
    QFormLayout* m_form;
    QLineEdit* m_address;
    QLineEdit* m_representative;
    QLineEdit* m_phone;
    QComboBox* m_facilityType;
    QLineEdit* m_name;
    QLabel* m_home;
    MunicipalityPicker* m_homePicker;
};

} // namespace vsys::app
