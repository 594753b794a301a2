// SPDX-License-Identifier: MIT
// FieldEditor: the input of one field of the 申込 form with its caption, the message under it and its
// 既存登録情報 value, one subclass per kind of input (FieldKind). The form places the widgets and owns the
// content; an editor only shows a value and reports what the user did.
#pragma once

#include "core/application/ApplicationForm.h"
#include "core/application/ApplicationValidator.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace vsys::app {

class FieldEditor : public QObject
{
    Q_OBJECT
public:
    /// The editor for a field of the schema, its widgets created as children of `parent`.
    static FieldEditor* create(const core::FormField& field, QWidget* parent);

    QString path() const { return m_path; }
    /// The caption for the left column (with ※ when required); null when the input carries its own
    /// text (a check box).
    QLabel* caption() const { return m_caption; }
    /// The widget to place in the input column; its objectName is the path.
    virtual QWidget* input() const = 0;
    /// The widgets that take keyboard focus, in Tab order.
    virtual QList<QWidget*> focusWidgets() const = 0;
    virtual QWidget* focusTarget() const { return focusWidgets().constFirst(); }
    QLabel* issueLabel() const { return m_issue; }
    QLabel* existingLabel() const { return m_existing; }

    /// What the input holds, as stored in the content (undefined when empty or unanswered).
    virtual QJsonValue value() const = 0;
    /// Shows `value` without reporting an edit.
    virtual void setValue(const QJsonValue& value) = 0;
    /// `enabled`: the field applies now (its section is being changed, it is not 未定 …); `locked`: it
    /// shows its value but may not be changed (a read-only form, an address filled from the postal code).
    virtual void setState(bool enabled, bool locked) = 0;

    /// The validator's message for the field under it, red for an error and amber for a warning.
    void showIssue(const core::FieldIssue* issue);
    bool showsIssue() const;
    void showExisting(bool shown, const QString& text);

signals:
    /// The user changed the value (typing, a click, a choice).
    void edited();
    /// The user is done with the value: the field lost focus, or a choice was made.
    void left();
    /// Enter was pressed: the form moves on instead of submitting anything.
    void advanceRequested();

protected:
    FieldEditor(const QString& path, const QString& caption, QWidget* parent);
    /// Gives an input its name for tests and screen readers, and Enter its meaning.
    void registerInput(QWidget* widget, const QString& objectName, const QString& accessibleName);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_path;
    QLabel* m_caption = nullptr;
    QLabel* m_issue;
    QLabel* m_existing;
};

/// Text, numbers and codes: stored as typed, normalised (ApplicationValidator::normalized) when the
/// user leaves the field, but never while the IME is still composing.
class LineFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    LineFieldEditor(const core::FormField& field, QWidget* parent);

    QWidget* input() const override;
    QList<QWidget*> focusWidgets() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setState(bool enabled, bool locked) override;
    QLineEdit* lineEdit() const { return m_edit; }
    /// Stores the normalised form of what was typed, as when the user leaves the field.
    void normalize();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
    bool m_composing = false;
};

/// 接種体制分類: one of VaccinationArrangements, or nothing chosen yet.
class ArrangementFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    ArrangementFieldEditor(const core::FormField& field, QWidget* parent);

    QWidget* input() const override;
    QList<QWidget*> focusWidgets() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setState(bool enabled, bool locked) override;

private:
    QComboBox* m_combo;
};

/// A required choice between two answers (エレベーター有/無), with nothing chosen until the user does.
class YesNoFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    YesNoFieldEditor(const core::FormField& field, QWidget* parent);

    QWidget* input() const override;
    QList<QWidget*> focusWidgets() const override;
    QWidget* focusTarget() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setState(bool enabled, bool locked) override;

private:
    QWidget* m_box;
    QRadioButton* m_yes;
    QRadioButton* m_no;
    QButtonGroup* m_group;
};

/// A check box: a Flag field of the schema, or a switch of a group (未定, 上記担当者1と同一,
/// 郵便番号から自動入力できない) named by its path in the content.
class FlagFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    FlagFieldEditor(const QString& path, const QString& text, QWidget* parent);

    QWidget* input() const override;
    QList<QWidget*> focusWidgets() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setState(bool enabled, bool locked) override;
    bool isChecked() const;

private:
    QCheckBox* m_check;
};

} // namespace vsys::app
