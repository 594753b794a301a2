// SPDX-License-Identifier: MIT
// ReturnedItemsModel: 返戻分, the counts the 国保連 returned from an earlier 請求月 that are claimed again this
// month, one editable row each. Choice columns edit as the enum's int and list their labels in ChoicesRole.
#pragma once

#include "core/billing/MonthlyClaim.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace vsys::core {
class MunicipalityDirectory;
}

namespace vsys::app {

class ReturnedItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OriginalClaimMonth, ///< 元の請求月: shown 2021/12, edited as text
        Sheet, ///< 予診票: core::TicketSheet
        Municipality, ///< 市区町村: shown 「131016 千代田区」, edited as the code
        Kind, ///< 区分: core::DoseKind
        Age, ///< 年齢: core::AgeBand
        Time, ///< 時間帯: core::TimeBand
        Count, ///< 件数
        Note, ///< 返戻理由・メモ
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// QStringList: the labels a choice column offers, in the order of its enum's values (its EditRole).
        ChoicesRole = Qt::UserRole + 1,
    };

    explicit ReturnedItemsModel(const core::MunicipalityDirectory& directory, QObject* parent = nullptr);

    /// 接種券貼付あり / 接種券貼付なし.
    static QString label(core::TicketSheet sheet);

    /// Shows `items`; not a user's change, so itemsEdited() is not emitted.
    void setItems(QList<core::ReturnedItem> items);
    const QList<core::ReturnedItem>& items() const { return m_items; }
    /// Appends a row with the values of `defaults` and returns it; the user asked for it: itemsEdited().
    int addItem(const core::ReturnedItem& defaults);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// A value that cannot be read is not stored (the row keeps its other columns): invalidInput() says why.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// Removing rows is the user's change: itemsEdited().
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// What the user typed could not be stored; `message` names the column and says how to enter it.
    void invalidInput(const QString& message);
    /// The user added, removed or changed a row (the page saves the claim).
    void itemsEdited();

private:
    QString columnName(int column) const;
    static QStringList choices(int column);
    static int choiceValue(const core::ReturnedItem& item, int column);
    /// Stores a choice column's value from its int (or one of its labels); false when it is neither.
    static bool setChoice(core::ReturnedItem& item, int column, const QVariant& value);
    bool reject(const QString& message);

    const core::MunicipalityDirectory& m_directory;
    QList<core::ReturnedItem> m_items;
};

} // namespace vsys::app
