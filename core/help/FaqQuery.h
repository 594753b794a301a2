// SPDX-License-Identifier: MIT
// FaqQuery: how a typed question becomes search terms. Japanese has no spaces between words and two
// phrasings of one question rarely share a whole phrase, so the text is cut into overlapping
// three-character pieces (trigrams), the unit of SQLite FTS5's trigram tokenizer.
#pragma once

#include <QString>
#include <QStringList>

namespace vsys::core::FaqQuery {

/// The text as it is indexed and searched: NFKC (全角英数 and 半角カナ alike), lower case, and only letters
/// and digits kept, so punctuation (？、。「」), spaces and FTS5's syntax characters never reach the search.
QString normalise(const QString& text);
/// normalise() of a question, without a polite ending (ますか, でしょうか...) that every question shares.
QString question(const QString& typed);
/// The distinct trigrams of question(typed), in order of first appearance; none under three characters.
QStringList trigrams(const QString& typed);

} // namespace vsys::core::FaqQuery
