// SPDX-License-Identifier: MIT
// MunicipalityPicker: 「市区町村を追加」, a field that finds a municipality by its 全国地方公共団体コード or by
// part of its name (kana too) and hands the chosen code to the claim screen.
#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace vsys::core {
class MunicipalityDirectory;
}

namespace vsys::app {

class MunicipalityPicker : public QWidget
{
    Q_OBJECT
public:
    explicit MunicipalityPicker(const core::MunicipalityDirectory& directory, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    /// Why the typed text could not be added; empty when there is nothing to correct.
    QString errorText() const;

signals:
    /// A municipality was chosen: its normalised 6-digit code. The field is empty again.
    void municipalityPicked(const QString& code);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateSuggestions(const QString& text);
    /// Enter or 「追加」: adds what the text names without doubt, else says what to correct.
    void submit();
    void pick(const QString& code);
    void showError(const QString& message);

    const core::MunicipalityDirectory& m_directory;
    QLineEdit* m_edit;
    QPushButton* m_addButton;
    QLabel* m_errorLabel;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
};

} // namespace vsys::app
