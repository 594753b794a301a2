// SPDX-License-Identifier: MIT
// ConsentTerms: the ワクチン接種に関する同意事項 agreed to with every 申込, word for word from the briefing.
// The text is kept in resources/application/consent.json (UNCONFIRMED against an MHLW original,
// domain-rules.md §9.6); its version is stored with the 申込 so a record says what was agreed to.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::core {

struct ConsentItem
{
    QString text; ///< (1)医師・看護員等の…
    QStringList notes; ///< ※… remarks printed under the item
};

class ConsentTerms
{
public:
    static const ConsentTerms& builtIn();
    static std::optional<ConsentTerms> fromJson(const QByteArray& json);

    QString version() const { return m_version; }
    QString heading() const { return m_heading; }
    const QList<ConsentItem>& items() const { return m_items; }

private:
    QString m_version;
    QString m_heading;
    QList<ConsentItem> m_items;
};

} // namespace vsys::core
