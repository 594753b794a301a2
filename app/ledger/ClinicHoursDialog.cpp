// SPDX-License-Identifier: MIT
#include "app/ledger/ClinicHoursDialog.h"

#include "core/JapaneseFormat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

constexpr int kDateRole = Qt::UserRole;

} // namespace

ClinicHoursDialog::ClinicHoursDialog(const core::ClinicHours& hours, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_closed(new QListWidget(this))
    , m_closedDate(new QDateEdit(this))
    , m_yearEnd(new QCheckBox(tr("Count December 29 to January 3 as holidays (unconfirmed: leave off unless "
                                 "your prefecture says so)"),
                              this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Clinic hours"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(tr("Each day's consultation hours, e.g. 09:00-12:00, 13:00-17:00 (a time at the "
                                      "end of a range is outside it). Leave a day empty when there are none: doses "
                                      "on it count as given on a holiday."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* week = new QFormLayout;
    for (int day = 0; day < 7; ++day) {
        auto* edit = new QLineEdit(rangesText(hours.weekly.at(std::size_t(day))), this);
        edit->setObjectName(core::ClinicHours::dayKey(day) + u"LineEdit"_s);
        edit->setPlaceholderText(tr("No consultation hours"));
        edit->setAccessibleName(dayName(day));
        m_days.at(std::size_t(day)) = edit;
        week->addRow(dayName(day), edit);
    }
    layout->addLayout(week);

    layout->addWidget(new QLabel(tr("Weekdays without consultation hours:"), this));
    m_closed->setObjectName(u"closedDatesListWidget"_s);
    for (QDate date : hours.closedDates) {
        auto* item = new QListWidgetItem(core::JapaneseFormat::day(date), m_closed);
        item->setData(kDateRole, date);
    }
    m_closed->setMaximumHeight(110);
    layout->addWidget(m_closed);
    auto* closedRow = new QHBoxLayout;
    m_closedDate->setObjectName(u"closedDateEdit"_s);
    m_closedDate->setDisplayFormat(u"yyyy/MM/dd"_s);
    m_closedDate->setCalendarPopup(true);
    m_closedDate->setDate(today);
    auto* add = new QPushButton(tr("Add date"), this);
    add->setObjectName(u"addClosedDatePushButton"_s);
    add->setAutoDefault(false);
    auto* remove = new QPushButton(tr("Remove date"), this);
    remove->setObjectName(u"removeClosedDatePushButton"_s);
    remove->setAutoDefault(false);
    closedRow->addWidget(m_closedDate);
    closedRow->addWidget(add);
    closedRow->addWidget(remove);
    closedRow->addStretch();
    layout->addLayout(closedRow);
    connect(add, &QPushButton::clicked, this, &ClinicHoursDialog::addClosedDate);
    connect(remove, &QPushButton::clicked, this, &ClinicHoursDialog::removeClosedDate);

    m_yearEnd->setObjectName(u"yearEndCheckBox"_s);
    m_yearEnd->setChecked(hours.yearEndIsHoliday);
    layout->addWidget(m_yearEnd);

    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicHoursDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClinicHoursDialog::reject);
    layout->addWidget(buttons);
}

QString ClinicHoursDialog::dayName(int day)
{
    const std::array names{tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                           tr("Friday"), tr("Saturday"), tr("Sunday")};
    return names.at(std::size_t(day));
}

QString ClinicHoursDialog::rangesText(const QList<core::ClinicHoursRange>& ranges)
{
    QStringList parts;
    for (const core::ClinicHoursRange& range : ranges) {
        parts.append(range.start.toString(u"HH:mm"_s) + u'-' + range.end.toString(u"HH:mm"_s));
    }
    return parts.join(u", "_s);
}

core::Result<core::ClinicHours> ClinicHoursDialog::hours() const
{
    // The text becomes the hours.json of the CLI, so ClinicHours checks the ranges (order, overlaps) once.
    static const QRegularExpression range(u"^(\\d{1,2}:\\d{2})\\s*[-~〜～ー－]\\s*(\\d{1,2}:\\d{2})$"_s);
    static const QRegularExpression separator(u"\\s*[,、，]\\s*"_s);
    QJsonObject json;
    for (int day = 0; day < 7; ++day) {
        QJsonArray ranges;
        const QString text = m_days.at(std::size_t(day))->text().normalized(QString::NormalizationForm_KC).trimmed();
        for (const QString& part : text.split(separator, Qt::SkipEmptyParts)) {
            const auto match = range.match(part.trimmed());
            if (!match.hasMatch()) {
                return core::Error{core::ClinicHours::dayKey(day),
                                   tr("%1: write each range as 09:00-12:00, separated by commas (\"%2\" is not "
                                      "a range).")
                                       .arg(dayName(day), part)};
            }
            auto padded = [](QString time) { return time.size() == 4 ? u'0' + time : time; };
            ranges.append(QJsonArray{padded(match.captured(1)), padded(match.captured(2))});
        }
        json.insert(core::ClinicHours::dayKey(day), ranges);
    }
    QJsonArray closed;
    for (int row = 0; row < m_closed->count(); ++row) {
        closed.append(m_closed->item(row)->data(kDateRole).toDate().toString(Qt::ISODate));
    }
    json.insert(u"closed"_s, closed);
    json.insert(u"year_end_holiday"_s, m_yearEnd->isChecked());
    auto parsed = core::ClinicHours::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!parsed) {
        core::Error error = parsed.error();
        // The rule names the key ("tue[1]"); the user knows the day.
        for (int day = 0; day < 7; ++day) {
            if (error.field.startsWith(core::ClinicHours::dayKey(day))) {
                error.message = dayName(day) + u": "_s + error.message;
            }
        }
        return error;
    }
    return parsed;
}

void ClinicHoursDialog::accept()
{
    const auto checked = hours();
    if (!checked) {
        m_error->setText(checked.error().message);
        m_error->show();
        for (int day = 0; day < 7; ++day) {
            if (checked.error().field.startsWith(core::ClinicHours::dayKey(day))) {
                m_days.at(std::size_t(day))->setFocus();
            }
        }
        return;
    }
    QDialog::accept();
}

void ClinicHoursDialog::addClosedDate()
{
    const QDate date = m_closedDate->date();
    for (int row = 0; row < m_closed->count(); ++row) {
        if (m_closed->item(row)->data(kDateRole).toDate() == date) {
            return;
        }
    }
    int row = 0;
    while (row < m_closed->count() && m_closed->item(row)->data(kDateRole).toDate() < date) {
        ++row;
    }
    auto* item = new QListWidgetItem(core::JapaneseFormat::day(date));
    item->setData(kDateRole, date);
    m_closed->insertItem(row, item);
}

void ClinicHoursDialog::removeClosedDate()
{
    delete m_closed->currentItem();
}

} // namespace vsys::app
