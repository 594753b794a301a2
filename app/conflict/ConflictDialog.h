// SPDX-License-Identifier: MIT
// ConflictDialog (競合の解決): shows both copies of a record field by field and lets the user keep
// either side per field; nothing is dropped until the user saves the choice.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QTableView;

namespace vsys::app {

class ConflictModel;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QString& recordTitle,
                   const QJsonObject& local,
                   const QJsonObject& server,
                   QWidget* parent = nullptr);

    QJsonObject merged() const;
    ConflictModel* model() const { return m_model; }

private:
    ConflictModel* m_model;
    QTableView* m_view;
};

} // namespace vsys::app
