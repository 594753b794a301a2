// SPDX-License-Identifier: MIT
// Faq (よくある質問): the FAQ shipped in resources/help/faq.json, written by us for the app's jobs and the
// briefing's dates and rules, that the offline FAQ answerer searches.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::core {

struct FaqEntry
{
    QString id; ///< stable key, e.g. "claim-deadline"
    QString category; ///< 分類, e.g. 請求
    QString question;
    /// Other words a clerk may use for the same question; searched, never shown.
    QString keywords;
    QString answer;
    /// The app page (MainWindow::openPage's name) that does what the answer describes; empty for none.
    QString page;
};

class Faq
{
    Q_DECLARE_TR_FUNCTIONS(Faq)
public:
    /// Parses faq.json. Errors name the entry's field ("entries[3].answer").
    static Result<Faq> fromJson(const QByteArray& json);
    /// The shipped FAQ (:/data/help/faq.json), parsed once.
    static const Faq& builtIn();

    const QList<FaqEntry>& entries() const { return m_entries; }

private:
    QList<FaqEntry> m_entries;
};

} // namespace vsys::core
