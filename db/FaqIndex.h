// SPDX-License-Identifier: MIT
// FaqIndex: the offline FAQ answerer's search. An in-memory SQLite database with an FTS5 table using the
// trigram tokenizer (Japanese needs no word splitter then), built from the FAQ at first use; a question
// finds the entries that share the most of its three-character pieces, ranked by bm25 with the question
// column weighing most.
#pragma once

#include "core/Result.h"
#include "core/help/Faq.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::db {

class FaqIndex
{
    Q_DECLARE_TR_FUNCTIONS(FaqIndex)
public:
    /// Indexes `faq`, which must outlive the index.
    static core::Result<std::unique_ptr<FaqIndex>> build(const core::Faq& faq);
    ~FaqIndex();
    FaqIndex(const FaqIndex&) = delete;
    FaqIndex& operator=(const FaqIndex&) = delete;

    /// Up to `limit` entries closest to `typed`, best first; none for a question with no letters or digits or
    /// sharing nothing with the FAQ. A question of one or two characters is looked up as a plain substring.
    core::Result<QList<core::FaqEntry>> search(const QString& typed, int limit) const;

private:
    FaqIndex(const core::Faq& faq, QString connectionName);

    const core::Faq& m_faq;
    const QString m_connectionName;
};

} // namespace vsys::db
