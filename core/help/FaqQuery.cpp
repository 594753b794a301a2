// SPDX-License-Identifier: MIT
#include "core/help/FaqQuery.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace vsys::core::FaqQuery {

QString normalise(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QList<uint> kept;
    // By code point, so that a kanji outside the BMP (𠮟) stays one character.
    for (const uint c : folded.toUcs4()) {
        // Letters include kana, kanji and the prolonged sound mark ー (a modifier letter).
        if (QChar::isLetterOrNumber(char32_t(c))) {
            kept.append(c);
        }
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(kept.constData()), kept.size());
}

QString question(const QString& typed)
{
    // Longest first; each ending is shared by many FAQ questions, so its trigrams only add noise.
    static const std::array endings{u"教えてください"_s, u"でしょうか"_s, u"しますか"_s, u"ですか"_s,
                                    u"ますか"_s,         u"ください"_s,   u"教えて"_s,   u"のか"_s};
    QString text = normalise(typed);
    for (const QString& ending : endings) {
        if (text.endsWith(ending) && text.size() - ending.size() >= 3) {
            text.chop(ending.size());
            break;
        }
    }
    return text;
}

QStringList trigrams(const QString& typed)
{
    // Three code points, as FTS5's trigram tokenizer counts them.
    const QList<uint> text = question(typed).toUcs4();
    QStringList grams;
    for (qsizetype i = 0; i + 3 <= text.size(); ++i) {
        const QString gram = QString::fromUcs4(reinterpret_cast<const char32_t*>(text.constData() + i), 3);
        if (!grams.contains(gram)) {
            grams.append(gram);
        }
    }
    return grams;
}

} // namespace vsys::core::FaqQuery
