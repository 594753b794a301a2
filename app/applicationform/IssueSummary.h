// SPDX-License-Identifier: MIT
// IssueSummary: the banner above the 申込 form listing every problem found on 申込, one line per field;
// choosing a line takes the user to the field.
#pragma once

#include "core/application/ApplicationValidator.h"

#include <QFrame>
#include <QList>

class QLabel;
class QListWidget;

namespace vsys::app {

class IssueSummary : public QFrame
{
    Q_OBJECT
public:
    explicit IssueSummary(QWidget* parent = nullptr);

    /// Shows the issues in form order; hides the banner when there are none.
    void setIssues(const QList<core::FieldIssue>& issues);
    QListWidget* list() const { return m_list; }

signals:
    void issueActivated(const QString& path);

private:
    QLabel* m_heading;
    QListWidget* m_list;
    QList<core::FieldIssue> m_issues;
};

} // namespace vsys::app
