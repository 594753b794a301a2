// SPDX-License-Identifier: MIT
#include "app/applicationform/FieldEditor.h"

#include "core/application/VaccinationArrangements.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QString captionText(const core::FormField& field)
{
    const QString label = core::ApplicationForm::label(field.path);
    return field.required ? label + u"※"_s : label;
}

} // namespace

FieldEditor* FieldEditor::create(const core::FormField& field, QWidget* parent)
{
    switch (field.kind) {
    case core::FieldKind::Arrangement:
        return new ArrangementFieldEditor(field, parent);
    case core::FieldKind::YesNo:
        return new YesNoFieldEditor(field, parent);
    case core::FieldKind::Flag:
        return new FlagFieldEditor(field.path, core::ApplicationForm::label(field.path), parent);
    default:
        return new LineFieldEditor(field, parent);
    }
}

FieldEditor::FieldEditor(const QString& path, const QString& caption, QWidget* parent)
    : QObject(parent)
    , m_path(path)
    , m_issue(new QLabel(parent))
    , m_existing(new QLabel(parent))
{
    if (!caption.isEmpty()) {
        m_caption = new QLabel(caption, parent);
        m_caption->setObjectName(path + u".caption"_s);
        m_caption->setWordWrap(true);
    }
    m_issue->setObjectName(path + u".issue"_s);
    m_issue->setWordWrap(true);
    // The line for the message is kept while there is none, so that a message appearing under one
    // field does not push down the field the user has just moved to.
    QSizePolicy keepLine = m_issue->sizePolicy();
    keepLine.setRetainSizeWhenHidden(true);
    m_issue->setSizePolicy(keepLine);
    m_issue->hide();
    m_existing->setObjectName(path + u".existing"_s);
    m_existing->setWordWrap(true);
    m_existing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_existing->setStyleSheet(u"QLabel { background: #e2e2e2; color: #333333; padding: 3px 6px; }"_s);
    m_existing->setAccessibleName(tr("%1 (existing registration)").arg(core::ApplicationForm::qualifiedLabel(path)));
    m_existing->hide();
}

void FieldEditor::registerInput(QWidget* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    widget->installEventFilter(this);
    if (m_caption && !m_caption->buddy()) {
        m_caption->setBuddy(widget);
    }
}

bool FieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit advanceRequested();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void FieldEditor::showIssue(const core::FieldIssue* issue)
{
    QWidget* target = input();
    if (!issue) {
        m_issue->hide();
        m_issue->clear();
        target->setAccessibleDescription({});
        return;
    }
    // The text says what is wrong; the colour only tells errors from warnings at a glance.
    m_issue->setProperty("warning", issue->warning);
    m_issue->setStyleSheet(issue->warning ? u"QLabel { color: #8a5a00; }"_s : u"QLabel { color: #c62828; }"_s);
    m_issue->setText(issue->message);
    m_issue->show();
    target->setAccessibleDescription(issue->message);
}

bool FieldEditor::showsIssue() const
{
    return !m_issue->isHidden();
}

void FieldEditor::showExisting(bool shown, const QString& text)
{
    m_existing->setText(text);
    m_existing->setVisible(shown);
}

LineFieldEditor::LineFieldEditor(const core::FormField& field, QWidget* parent)
    : FieldEditor(field.path, captionText(field), parent)
    , m_edit(new QLineEdit(parent))
{
    registerInput(m_edit, field.path, core::ApplicationForm::qualifiedLabel(field.path));
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QWidget* LineFieldEditor::input() const
{
    return m_edit;
}

QList<QWidget*> LineFieldEditor::focusWidgets() const
{
    return {m_edit};
}

QJsonValue LineFieldEditor::value() const
{
    return m_edit->text().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_edit->text());
}

void LineFieldEditor::setValue(const QJsonValue& value)
{
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (m_edit->text() != text) {
        m_edit->setText(text);
    }
}

void LineFieldEditor::setState(bool enabled, bool locked)
{
    m_edit->setEnabled(enabled);
    m_edit->setReadOnly(locked);
}

void LineFieldEditor::normalize()
{
    if (m_edit->isReadOnly()) {
        return;
    }
    const QString normalized = core::ApplicationValidator::normalized(path(), m_edit->text());
    if (normalized != m_edit->text()) {
        m_edit->setText(normalized);
        emit edited();
    }
}

bool LineFieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::InputMethod) {
        const auto* composition = static_cast<QInputMethodEvent*>(event);
        m_composing = !composition->preeditString().isEmpty();
        // An IME may commit after the focus has gone; the field is finished only then.
        if (!m_composing && !m_edit->hasFocus()) {
            QTimer::singleShot(0, this, [this] {
                if (!m_edit->hasFocus()) {
                    normalize();
                    emit left();
                }
            });
        }
    } else if (watched == m_edit && event->type() == QEvent::FocusOut) {
        // A popup (the context menu, the address chooser) does not end the typing.
        if (!m_composing && static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason) {
            normalize();
            emit left();
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

ArrangementFieldEditor::ArrangementFieldEditor(const core::FormField& field, QWidget* parent)
    : FieldEditor(field.path, captionText(field), parent)
    , m_combo(new QComboBox(parent))
{
    m_combo->addItem(tr("Please choose"), QString());
    for (const core::VaccinationArrangement& arrangement : core::VaccinationArrangements::builtIn().all()) {
        m_combo->addItem(u"%1 %2"_s.arg(arrangement.code, arrangement.name), arrangement.code);
    }
    registerInput(m_combo, field.path, core::ApplicationForm::qualifiedLabel(field.path));
    connect(m_combo, &QComboBox::activated, this, [this] {
        emit edited();
        emit left();
    });
}

QWidget* ArrangementFieldEditor::input() const
{
    return m_combo;
}

QList<QWidget*> ArrangementFieldEditor::focusWidgets() const
{
    return {m_combo};
}

QJsonValue ArrangementFieldEditor::value() const
{
    const QString code = m_combo->currentData().toString();
    return code.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(code);
}

void ArrangementFieldEditor::setValue(const QJsonValue& value)
{
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(value.toString())));
}

void ArrangementFieldEditor::setState(bool enabled, bool locked)
{
    m_combo->setEnabled(enabled && !locked);
}

YesNoFieldEditor::YesNoFieldEditor(const core::FormField& field, QWidget* parent)
    : FieldEditor(field.path, captionText(field), parent)
    , m_box(new QWidget(parent))
    , m_yes(new QRadioButton(core::ApplicationForm::title(field.yesLabel), m_box))
    , m_no(new QRadioButton(core::ApplicationForm::title(field.noLabel), m_box))
    , m_group(new QButtonGroup(this))
{
    const QString label = core::ApplicationForm::qualifiedLabel(field.path);
    m_box->setObjectName(field.path);
    m_box->setAccessibleName(label);
    auto* layout = new QHBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_yes);
    layout->addWidget(m_no);
    layout->addStretch();
    //: %1 is the question (接種会場におけるエレベーター有無), %2 one answer (エレベーター有)
    registerInput(m_yes, field.path + u".yes"_s, tr("%1: %2").arg(label, m_yes->text()));
    registerInput(m_no, field.path + u".no"_s, tr("%1: %2").arg(label, m_no->text()));
    m_group->addButton(m_yes);
    m_group->addButton(m_no);
    // clicked, not toggled: only the user's choice is an edit (arrow keys click too).
    connect(m_group, &QButtonGroup::buttonClicked, this, [this] {
        emit edited();
        emit left();
    });
}

QWidget* YesNoFieldEditor::input() const
{
    return m_box;
}

QList<QWidget*> YesNoFieldEditor::focusWidgets() const
{
    return {m_yes, m_no};
}

QWidget* YesNoFieldEditor::focusTarget() const
{
    return m_no->isChecked() ? m_no : m_yes;
}

QJsonValue YesNoFieldEditor::value() const
{
    if (m_yes->isChecked()) {
        return true;
    }
    return m_no->isChecked() ? QJsonValue(false) : QJsonValue(QJsonValue::Undefined);
}

void YesNoFieldEditor::setValue(const QJsonValue& value)
{
    if (value.isBool()) {
        (value.toBool() ? m_yes : m_no)->setChecked(true);
        return;
    }
    // An exclusive group cannot be emptied by unchecking its button.
    m_group->setExclusive(false);
    m_yes->setChecked(false);
    m_no->setChecked(false);
    m_group->setExclusive(true);
}

void YesNoFieldEditor::setState(bool enabled, bool locked)
{
    m_box->setEnabled(enabled && !locked);
}

FlagFieldEditor::FlagFieldEditor(const QString& path, const QString& text, QWidget* parent)
    : FieldEditor(path, {}, parent)
    , m_check(new QCheckBox(text, parent))
{
    registerInput(m_check, path, core::ApplicationForm::qualifiedLabel(path));
    connect(m_check, &QCheckBox::clicked, this, [this] {
        emit edited();
        emit left();
    });
}

QWidget* FlagFieldEditor::input() const
{
    return m_check;
}

QList<QWidget*> FlagFieldEditor::focusWidgets() const
{
    return {m_check};
}

QJsonValue FlagFieldEditor::value() const
{
    return m_check->isChecked();
}

void FlagFieldEditor::setValue(const QJsonValue& value)
{
    m_check->setChecked(value.toBool());
}

void FlagFieldEditor::setState(bool enabled, bool locked)
{
    m_check->setEnabled(enabled && !locked);
}

bool FlagFieldEditor::isChecked() const
{
    return m_check->isChecked();
}

} // namespace vsys::app
