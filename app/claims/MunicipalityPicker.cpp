// SPDX-License-Identifier: MIT
#include "app/claims/MunicipalityPicker.h"

#include "core/address/MunicipalityDirectory.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr qsizetype kCodeLength = 6;

} // namespace

MunicipalityPicker::MunicipalityPicker(const core::MunicipalityDirectory& directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_edit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_errorLabel(new QLabel(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    m_edit->setObjectName(u"municipalityLineEdit"_s);
    m_edit->setPlaceholderText(tr("Municipality code or name"));
    m_edit->setAccessibleName(tr("Municipality to add"));
    m_addButton->setObjectName(u"municipalityAddPushButton"_s);
    // In a dialog an auto-default button would take Enter from the field; the field handles it itself.
    m_addButton->setAutoDefault(false);
    m_errorLabel->setObjectName(u"municipalityErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_errorLabel->hide();

    // The directory already filters and ranks (codes, names, kana); the completer only shows its answer.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_errorLabel, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_edit, &QLineEdit::textChanged, this, &MunicipalityPicker::updateSuggestions);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // With a suggestion highlighted, Enter chooses it: the completer activates it right after this.
        const QAbstractItemView* popup = m_completer->popup();
        if (popup->isVisible() && popup->currentIndex().isValid()) {
            return;
        }
        submit();
    });
    connect(m_addButton, &QPushButton::clicked, this, &MunicipalityPicker::submit);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { pick(index.data(kCodeRole).toString()); });
}

QString MunicipalityPicker::errorText() const
{
    return m_errorLabel->text();
}

void MunicipalityPicker::keyPressEvent(QKeyEvent* event)
{
    // The line edit leaves Enter unhandled; the page's default button must not take it as well.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MunicipalityPicker::updateSuggestions(const QString& text)
{
    showError({});
    m_suggestions->clear();
    const QList<core::Municipality> matches
        = core::TextNormalizer::normalize(text).isEmpty() ? QList<core::Municipality>{} : m_directory.search(text);
    for (const core::Municipality& municipality : matches) {
        auto* item = new QStandardItem(municipality.code + u"\u3000"_s + municipality.fullName());
        item->setData(municipality.code, kCodeRole);
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    if (matches.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    // Nothing is chosen until the user moves to a suggestion: Enter on several must not take the first.
    m_completer->popup()->setCurrentIndex({});
}

void MunicipalityPicker::submit()
{
    const QString text = m_edit->text();
    if (core::TextNormalizer::normalize(text).isEmpty()) {
        showError({});
        return;
    }
    const QString field = tr("Municipality");
    const QString digits = core::TextNormalizer::numberText(text);
    const bool isCode = core::TextNormalizer::isAsciiDigits(digits);
    if (isCode && digits.size() == kCodeLength) {
        if (const auto municipality = m_directory.claimable(text, field)) {
            pick(municipality->code);
        } else {
            showError(municipality.error().message);
        }
        return;
    }
    const QList<core::Municipality> matches = m_directory.search(text, 2);
    if (matches.size() == 1) {
        pick(matches.constFirst().code);
    } else if (matches.size() > 1) {
        showError(tr("Municipality: more than one municipality matches \"%1\". Please choose one from the list.")
                      .arg(text.trimmed()));
    } else if (isCode) {
        // A code of the wrong length: the validator says how many digits, and offers the check digit.
        showError(core::MunicipalityCode::validate(text, field).message);
    } else {
        showError(tr("Municipality: no municipality matches \"%1\". Enter part of the name or the 6-digit code.")
                      .arg(text.trimmed()));
    }
}

void MunicipalityPicker::pick(const QString& code)
{
    m_edit->clear();
    showError({});
    emit municipalityPicked(code);
}

void MunicipalityPicker::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    m_edit->setAccessibleDescription(message);
}

} // namespace vsys::app
