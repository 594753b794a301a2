// SPDX-License-Identifier: MIT
// ApplicationFormWidget: the 職域追加接種の実施申込 form, generated from the schema (ApplicationForm), so
// every field is declared once. A section list on the left jumps to and marks each section (✓ / !); the
// sections scroll on the right, each with its 既存登録情報 column and 「右記の既存登録情報から変更する」
// switch; the ワクチン接種に関する同意事項 close the form. The page around it (申込, 一時保存, autosave)
// reads content() and listens to contentEdited().
#pragma once

#include "app/applicationform/AddressAutofill.h"
#include "core/application/ApplicationForm.h"
#include "core/application/ApplicationValidator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

#include <vector>

class QCheckBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QScrollArea;

namespace vsys::app {

class FieldEditor;
class FlagFieldEditor;
class IssueSummary;
class StreetReviewPrompt;

class ApplicationFormWidget : public QWidget
{
    Q_OBJECT
public:
    using AddressChooser = AddressAutofill::Chooser;

    explicit ApplicationFormWidget(QWidget* parent = nullptr);
    ~ApplicationFormWidget() override;

    /// Shows an application's `content` (switches included) beside the venue's 1・2回目 registration
    /// (`existing`, the content's shape; empty for a venue without one). Clears shown messages.
    void setContent(const QJsonObject& content, const QJsonObject& existing);
    /// What the user entered, switches included, as it is saved (not what is submitted).
    QJsonObject content() const { return m_content; }
    /// What a 申込 submits: ApplicationContent::effective of content() and the existing registration.
    QJsonObject effectiveContent() const;

    /// Checks every field, shows each problem under its field and in the summary banner, and focuses
    /// the first error. The messages stay up to date as the user corrects the fields.
    QList<core::FieldIssue> validateAll();

    /// A form that may not be changed (an application under review): values shown, inputs locked.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The input of a field (objectName = the path): a QLineEdit, QComboBox, QCheckBox, or the
    /// QWidget holding a YesNo field's two radio buttons (`<path>.yes`, `<path>.no`). Also the
    /// switches: `<group>.manual`, `<group>.undecided`, `<group>.same_as_contact` and
    /// `changes_from_existing.<section>`. Null for an unknown path.
    QWidget* fieldWidget(const QString& path) const;
    /// Scrolls to the field and focuses it; a field locked by its section's switch focuses the switch.
    void focusField(const QString& path);
    /// Focuses the form's first input that takes the keyboard (a section's switch, or its first
    /// field), at the top of the form; false when there is none.
    bool focusFirstInput();

    /// Replaces the menu in which the user picks one address of a postal code with several.
    void setAddressChooser(AddressChooser chooser);

    /// Every problem of the content as the form sees it: the validator's, and each 番地 left to be
    /// confirmed after 住所自動入力 moved its address to another municipality.
    QList<core::FieldIssue> issues() const;

signals:
    /// The content changed (typed, chosen, normalised, filled in); the page autosaves on it.
    void contentEdited();

private:
    struct GroupUi
    {
        const core::FormGroup* group = nullptr;
        FlagFieldEditor* undecided = nullptr;
        FlagFieldEditor* sameAs = nullptr;
        FlagFieldEditor* manual = nullptr;
        QPushButton* autofill = nullptr;
        QLabel* existingHeader = nullptr;
        QList<FieldEditor*> fields;
        /// The postal code last looked up, so that leaving the field again does not ask again.
        QString lookedUp;
        /// The 番地 typed before the municipality changed, until the user completes the new one or
        /// keeps this one; empty when nothing is to be confirmed.
        QString previousStreet;
        StreetReviewPrompt* streetReview = nullptr;
    };
    struct SectionUi
    {
        const core::FormSection* section = nullptr;
        QWidget* block = nullptr;
        QCheckBox* changeSwitch = nullptr;
        QListWidgetItem* item = nullptr;
        std::vector<GroupUi> groups;
    };

    QWidget* buildSection(const core::FormSection& section, QWidget* page, QList<QWidget*>& tabChain);
    QWidget* buildGroup(SectionUi& section, const core::FormGroup& group, QWidget* parent, QList<QWidget*>& tabChain);
    void adopt(FieldEditor* editor, QList<QWidget*>& tabChain);

    void onEdited(FieldEditor* editor);
    void onLeft(FieldEditor* editor);
    void switchSection(const QString& key, bool changed);
    void autofill(GroupUi& group, bool requested);
    /// Puts the 番地's cursor at its end, and the focus there when the user is at the address.
    void continueStreet(const GroupUi& group);
    void keepPreviousStreet(GroupUi& group);
    QList<core::FieldIssue> streetReviewIssues() const;
    void setText(const QString& path, const QString& text);
    void scrollToSection(const QListWidgetItem* item);

    /// Shows the content: values, the existing column, what is enabled, which sections apply.
    void refresh();
    void refreshGroup(GroupUi& group, const QJsonObject& source, bool changed, bool hasExisting);
    /// Validates, shows the issues of the fields the user has left (all after validateAll()) and
    /// updates the marks; returns every issue.
    QList<core::FieldIssue> revalidate();
    void updateMarks(const QList<core::FieldIssue>& issues);
    /// The caption column as wide as the longest caption that fits a laptop screen, so that captions
    /// break only when they must.
    void alignCaptions();

    bool eventFilter(QObject* watched, QEvent* event) override;

    QListWidget* m_sectionList;
    IssueSummary* m_summary;
    QScrollArea* m_scroll;
    std::vector<SectionUi> m_sections;
    QHash<QString, FieldEditor*> m_editors;
    QHash<QString, QCheckBox*> m_switches;
    QHash<QString, GroupUi*> m_addressGroups; ///< by the path of their postal code
    QList<QGridLayout*> m_grids;
    core::ApplicationValidator m_validator;
    AddressChooser m_chooser;

    QJsonObject m_content;
    QJsonObject m_existing;
    bool m_readOnly = false;
    QSet<QString> m_checked; ///< fields the user has left, whose issues are shown
    bool m_checkAll = false; ///< validateAll() was asked for: every issue is shown
    QList<core::FieldIssue> m_shown;
};

} // namespace vsys::app
