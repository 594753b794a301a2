// SPDX-License-Identifier: MIT
// SettingsDialog (ファイル → 設定…): the central server's URL and the data folder, which take effect at the next
// start, and the font size, which applies at once; all kept in the user's settings (DesktopSettings).
#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace vsys::app {

class MessageBanner;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// The saved settings into the fields (each time the dialog opens).
    void load();
    /// Checks the fields; saves them and applies the font size, or says what is wrong (naming the field) and keeps
    /// the dialog open with the input as typed. OK calls it.
    bool save();

    QLineEdit* serverUrl() const { return m_serverUrl; }
    QLineEdit* dataFolder() const { return m_dataFolder; }
    QSpinBox* fontSize() const { return m_fontSize; }
    MessageBanner* messageBanner() const { return m_banner; }

    void accept() override;

private:
    void chooseDataFolder();

    MessageBanner* m_banner;
    QLineEdit* m_serverUrl;
    QLineEdit* m_dataFolder;
    QSpinBox* m_fontSize;
};

} // namespace vsys::app
