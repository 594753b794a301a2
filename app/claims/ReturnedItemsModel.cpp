// SPDX-License-Identifier: MIT
#include "app/claims/ReturnedItemsModel.h"

#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingText.h"
#include "core/billing/ClaimHeaderRules.h"
#include "core/validation/TextNormalizer.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// A count from the spin box (a number) or typed text (全角 digits and 1,800 included); -1 when it is none.
qint64 countFromValue(const QVariant& value)
{
    bool ok = false;
    qint64 count = -1;
    if (value.typeId() == QMetaType::QString) {
        count = core::TextNormalizer::normalize(value.toString()).remove(u',').toLongLong(&ok);
    } else {
        count = value.toLongLong(&ok);
    }
    return ok && count >= 0 ? count : -1;
}

template <typename Enum> bool setEnum(Enum& field, int value, int valueCount)
{
    if (value < 0 || value >= valueCount) {
        return false;
    }
    field = Enum(value);
    return true;
}

} // namespace

ReturnedItemsModel::ReturnedItemsModel(const core::MunicipalityDirectory& directory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{}

QString ReturnedItemsModel::label(core::TicketSheet sheet)
{
    switch (sheet) {
    case core::TicketSheet::Attached:
        return tr("Vaccination ticket attached");
    case core::TicketSheet::Printed:
        return tr("No vaccination ticket attached");
    }
    Q_UNREACHABLE();
    return {};
}

void ReturnedItemsModel::setItems(QList<core::ReturnedItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ReturnedItemsModel::addItem(const core::ReturnedItem& defaults)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(defaults);
    endInsertRows();
    emit itemsEdited();
    return row;
}

int ReturnedItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReturnedItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnedItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const core::ReturnedItem& item = m_items.at(index.row());
    const int column = index.column();
    if (role == ChoicesRole) {
        const QStringList labels = choices(column);
        return labels.isEmpty() ? QVariant() : QVariant(labels);
    }
    if (role == Qt::TextAlignmentRole) {
        return column == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case OriginalClaimMonth:
        // As the forms and the rest of the screen write a month (2021年03月), which parseMonth() reads back.
        return item.originalClaimMonth.isValid() ? core::BillingText::yearMonth(item.originalClaimMonth) : QString();
    case Sheet:
    case Kind:
    case Age:
    case Time:
        return edit ? QVariant(choiceValue(item, column)) : QVariant(choices(column).at(choiceValue(item, column)));
    case Municipality: {
        const QString name = m_directory.name(item.count.municipality);
        if (edit || name.isEmpty()) {
            return item.count.municipality;
        }
        return item.count.municipality + u' ' + name;
    }
    case Count:
        return edit ? QVariant(item.count.count)
                    : QVariant(QLocale(QLocale::Japanese, QLocale::Japan).toString(item.count.count));
    case Note:
        return item.note;
    default:
        return {};
    }
}

bool ReturnedItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_items.size()) {
        return false;
    }
    const int column = index.column();
    core::ReturnedItem item = m_items.at(index.row());
    switch (column) {
    case OriginalClaimMonth: {
        const QString text = core::TextNormalizer::normalize(value.toString());
        if (text.isEmpty()) {
            return reject(tr("%1: please enter the month, like 2021/12.").arg(columnName(column)));
        }
        const QDate month = core::ClaimHeaderRules::parseMonth(text);
        if (!month.isValid()) {
            return reject(
                tr("%1: %2 cannot be read as a year and month. Enter it like 2021/12.").arg(columnName(column), text));
        }
        item.originalClaimMonth = month;
        break;
    }
    case Sheet:
    case Kind:
    case Age:
    case Time:
        if (!setChoice(item, column, value)) {
            return reject(tr("%1: please choose one of %2.").arg(columnName(column), choices(column).join(u" / "_s)));
        }
        break;
    case Municipality: {
        const auto municipality = m_directory.claimable(value.toString(), columnName(column));
        if (!municipality) {
            return reject(municipality.error().message);
        }
        item.count.municipality = municipality->code;
        break;
    }
    case Count: {
        const qint64 count = countFromValue(value);
        if (count < 0) {
            return reject(tr("%1: %2 is not a count. Enter a whole number of 0 or more.")
                              .arg(columnName(column), core::TextNormalizer::normalize(value.toString())));
        }
        item.count.count = count;
        break;
    }
    case Note:
        item.note = value.toString();
        break;
    default:
        return false;
    }
    if (item == m_items.at(index.row())) {
        return true;
    }
    m_items[index.row()] = item;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit itemsEdited();
    return true;
}

bool ReturnedItemsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_items.size()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    emit itemsEdited();
    return true;
}

Qt::ItemFlags ReturnedItemsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ReturnedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const QString name = columnName(section);
    return name.isEmpty() ? QVariant() : QVariant(name);
}

QString ReturnedItemsModel::columnName(int column) const
{
    switch (column) {
    case OriginalClaimMonth:
        return tr("Original claim month");
    case Sheet:
        return tr("Questionnaire");
    case Municipality:
        return tr("Municipality");
    case Kind:
        return tr("Category");
    case Age:
        return tr("Age");
    case Time:
        return tr("Time");
    case Count:
        return tr("Count");
    case Note:
        return tr("Reason returned / note");
    default:
        return {};
    }
}

QStringList ReturnedItemsModel::choices(int column)
{
    switch (column) {
    case Sheet:
        return {label(core::TicketSheet::Attached), label(core::TicketSheet::Printed)};
    case Kind:
        return {core::BillingText::label(core::DoseKind::ScreeningOnly),
                core::BillingText::label(core::DoseKind::Vaccination)};
    case Age:
        return {core::BillingText::label(core::AgeBand::UnderSix), core::BillingText::label(core::AgeBand::SixAndOver)};
    case Time:
        return {core::BillingText::label(core::TimeBand::Regular), core::BillingText::label(core::TimeBand::AfterHours),
                core::BillingText::label(core::TimeBand::Holiday)};
    default:
        return {};
    }
}

int ReturnedItemsModel::choiceValue(const core::ReturnedItem& item, int column)
{
    switch (column) {
    case Sheet:
        return int(item.sheet);
    case Kind:
        return int(item.count.kind);
    case Age:
        return int(item.count.age);
    case Time:
        return int(item.count.time);
    default:
        return -1;
    }
}

bool ReturnedItemsModel::setChoice(core::ReturnedItem& item, int column, const QVariant& value)
{
    const QStringList labels = choices(column);
    bool ok = false;
    int choice = -1;
    if (value.typeId() == QMetaType::QString) {
        // Typed or pasted text: a label counts as its value.
        const QString text = core::TextNormalizer::normalize(value.toString());
        choice = int(labels.indexOf(text));
        if (choice < 0) {
            const int number = text.toInt(&ok);
            choice = ok ? number : -1;
        }
    } else {
        const int number = value.toInt(&ok);
        choice = ok ? number : -1;
    }
    const int count = int(labels.size());
    switch (column) {
    case Sheet:
        return setEnum(item.sheet, choice, count);
    case Kind:
        return setEnum(item.count.kind, choice, count);
    case Age:
        return setEnum(item.count.age, choice, count);
    case Time:
        return setEnum(item.count.time, choice, count);
    default:
        return false;
    }
}

bool ReturnedItemsModel::reject(const QString& message)
{
    emit invalidInput(message);
    return false;
}

} // namespace vsys::app
