// SPDX-License-Identifier: MIT
#include "app/conflict/ConflictDialog.h"

#include "app/conflict/ConflictModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

ConflictDialog::ConflictDialog(const QString& recordTitle,
                               const QJsonObject& local,
                               const QJsonObject& server,
                               QWidget* parent)
    : QDialog(parent)
    , m_model(new ConflictModel(local, server, this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Resolve a conflict: %1").arg(recordTitle));
    auto* explanation = new QLabel(tr("This record was changed on the server while you edited it here. For each "
                                      "field, choose which value to keep. Until you save, both copies are kept."),
                                   this);
    explanation->setWordWrap(true);

    m_view->setObjectName(u"differencesTableView"_s);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Fields that differ"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    QPushButton* allLocal = buttons->addButton(tr("Keep all of this computer's"), QDialogButtonBox::ActionRole);
    allLocal->setObjectName(u"allLocalPushButton"_s);
    QPushButton* allServer = buttons->addButton(tr("Take all of the server's"), QDialogButtonBox::ActionRole);
    allServer->setObjectName(u"allServerPushButton"_s);
    QPushButton* save = buttons->addButton(tr("Save the chosen values"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"savePushButton"_s);
    QPushButton* later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"laterPushButton"_s);
    // The safe choice is the default: deciding later loses nothing.
    later->setDefault(true);
    connect(allLocal, &QPushButton::clicked, this, [this] { m_model->takeAll(ConflictModel::Local); });
    connect(allServer, &QPushButton::clicked, this, [this] { m_model->takeAll(ConflictModel::Server); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 420);
}

QJsonObject ConflictDialog::merged() const
{
    return m_model->merged();
}

} // namespace vsys::app
