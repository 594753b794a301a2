// SPDX-License-Identifier: MIT
#include "app/settings/SettingsDialog.h"

#include "app/common/MessageBanner.h"
#include "app/settings/DesktopSettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_serverUrl(new QLineEdit(this))
    , m_dataFolder(new QLineEdit(this))
    , m_fontSize(new QSpinBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_banner->setObjectName(u"settingsMessageBanner"_s);
    m_banner->hide();

    m_serverUrl->setObjectName(u"serverUrlLineEdit"_s);
    m_serverUrl->setPlaceholderText(tr("Empty: the built-in server"));
    m_serverUrl->setAccessibleName(tr("Server URL"));
    m_dataFolder->setObjectName(u"dataFolderLineEdit"_s);
    m_dataFolder->setPlaceholderText(QDir::toNativeSeparators(DesktopSettings::defaultDataFolder()));
    m_dataFolder->setAccessibleName(tr("Data folder"));
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setObjectName(u"browseDataFolderButton"_s);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDataFolder);
    auto* folderLine = new QHBoxLayout;
    folderLine->addWidget(m_dataFolder, 1);
    folderLine->addWidget(browse);

    m_fontSize->setObjectName(u"fontSizeSpinBox"_s);
    // The lowest value stands for the system's font size.
    m_fontSize->setRange(DesktopSettings::kMinFontSize - 1, DesktopSettings::kMaxFontSize);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Font size"));

    auto* form = new QFormLayout;
    form->addRow(tr("Server URL"), m_serverUrl);
    form->addRow(QString(), noteLabel(tr("Takes effect at the next start of VSYS Desk."), this));
    form->addRow(tr("Data folder"), folderLine);
    form->addRow(QString(),
                 noteLabel(tr("Takes effect at the next start of VSYS Desk. The data already in the current folder "
                              "stays there: move it with a backup and a restore."),
                           this));
    form->addRow(tr("Font size"), m_fontSize);
    form->addRow(QString(), noteLabel(tr("Applies at once."), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    load();
}

void SettingsDialog::load()
{
    const QSettings settings;
    m_banner->hide();
    m_serverUrl->setText(settings.value(QLatin1StringView(DesktopSettings::kServerUrl)).toString());
    m_dataFolder->setText(
        QDir::toNativeSeparators(settings.value(QLatin1StringView(DesktopSettings::kDataFolder)).toString()));
    m_fontSize->setValue(settings.value(QLatin1StringView(DesktopSettings::kFontSize), 0).toInt());
}

bool SettingsDialog::save()
{
    const QString url = m_serverUrl->text().trimmed();
    const QString folder = QDir::fromNativeSeparators(m_dataFolder->text().trimmed());
    for (const auto& [problem, field] : {std::pair{DesktopSettings::serverUrlProblem(url), m_serverUrl},
                                         std::pair{DesktopSettings::dataFolderProblem(folder), m_dataFolder}}) {
        if (!problem.isEmpty()) {
            m_banner->showMessage(problem, MessageBanner::Kind::Error);
            field->setFocus();
            return false;
        }
    }
    QSettings settings;
    settings.setValue(QLatin1StringView(DesktopSettings::kServerUrl), url);
    settings.setValue(QLatin1StringView(DesktopSettings::kDataFolder),
                      folder.isEmpty() ? folder : QDir::cleanPath(folder));
    const int fontSize = m_fontSize->value() < DesktopSettings::kMinFontSize ? 0 : m_fontSize->value();
    settings.setValue(QLatin1StringView(DesktopSettings::kFontSize), fontSize);
    DesktopSettings::applyFontSize(fontSize);
    return true;
}

void SettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

void SettingsDialog::chooseDataFolder()
{
    const QString start = m_dataFolder->text().isEmpty() ? m_dataFolder->placeholderText() : m_dataFolder->text();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Data folder"), start);
    if (!chosen.isEmpty()) {
        m_dataFolder->setText(QDir::toNativeSeparators(chosen));
    }
}

} // namespace vsys::app
