// SPDX-License-Identifier: MIT
#include "app/applicationform/AddressAutofill.h"

#include <QMenu>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace vsys::app {

QString AddressAutofill::candidateLine(const core::AddressCandidate& candidate)
{
    QStringList parts{candidate.prefName, candidate.municipalityName};
    if (!candidate.townName.isEmpty()) {
        parts.append(candidate.townName);
    }
    return u"%1 (%2)"_s.arg(parts.join(u' '), candidate.municipalityCode);
}

QString AddressAutofill::streetStart(const QString& townName)
{
    static const QRegularExpression note(u"（[^（）]*）"_s);
    QString street = townName;
    // Notes can nest (（高層棟）（１階）, （「…」を除く）): remove the innermost until none is left.
    while (street.contains(note)) {
        street.remove(note);
    }
    return street.trimmed();
}

std::optional<int> AddressAutofill::chooseFromMenu(QWidget* anchor, const QList<core::AddressCandidate>& candidates)
{
    QMenu menu(anchor);
    menu.setAccessibleName(tr("Choose the address for this postal code"));
    menu.addSection(tr("Choose the address for this postal code"));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        menu.addAction(candidateLine(candidates.at(i)))->setData(int(i));
    }
    const QAction* chosen = menu.exec(anchor->mapToGlobal(QPoint(0, anchor->height())));
    if (!chosen || !chosen->data().isValid()) {
        return std::nullopt;
    }
    return chosen->data().toInt();
}

} // namespace vsys::app
