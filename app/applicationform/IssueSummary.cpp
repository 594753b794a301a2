// SPDX-License-Identifier: MIT
#include "app/applicationform/IssueSummary.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

constexpr int kVisibleLines = 6;

} // namespace

IssueSummary::IssueSummary(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel(tr("Please check the items below. Select one to go to its field."), this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"issueSummary"_s);
    setStyleSheet(u"QFrame#issueSummary { background: #fdecea; border: 1px solid #d66b63; border-radius: 3px; }"_s);
    m_heading->setWordWrap(true);
    m_list->setObjectName(u"issueList"_s);
    m_list->setAccessibleName(tr("Items to check"));
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(u"QListWidget { background: transparent; }"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit issueActivated(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit issueActivated(item->data(Qt::UserRole).toString()); });
    hide();
}

void IssueSummary::setIssues(const QList<core::FieldIssue>& issues)
{
    // Clicking a line leaves the field that had the focus, which checks the form again: rebuilding an
    // unchanged list then would take the line away from under the click.
    if (issues == m_issues) {
        return;
    }
    m_issues = issues;
    m_list->clear();
    for (const core::FieldIssue& issue : issues) {
        auto* item = new QListWidgetItem(issue.message, m_list);
        item->setData(Qt::UserRole, issue.path);
        item->setForeground(issue.warning ? QColor(0x8a, 0x5a, 0x00) : QColor(0xc6, 0x28, 0x28));
    }
    // Long lists scroll inside the banner, so the form below stays in sight.
    const int lines = std::min<int>(int(issues.size()), kVisibleLines);
    const int lineHeight = issues.isEmpty() ? 0 : m_list->sizeHintForRow(0);
    m_list->setFixedHeight(lines * lineHeight + 2 * m_list->frameWidth() + 4);
    setVisible(!issues.isEmpty());
}

} // namespace vsys::app
