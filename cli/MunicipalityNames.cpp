// SPDX-License-Identifier: MIT
#include "cli/MunicipalityNames.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace vsys::cli {

const MunicipalityNames& MunicipalityNames::builtIn()
{
    static const MunicipalityNames names = [] {
        MunicipalityNames loaded;
        QFile file(u":/data/address/municipalities.csv"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            return loaded;
        }
        // code6,pref_code,pref_name,name,name_kana; no field holds a comma, so a plain split reads it.
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(u',');
            if (fields.size() < 4) {
                continue;
            }
            loaded.m_municipalities.insert(fields.at(0), fields.at(3));
            loaded.m_prefectures.insert(fields.at(1), fields.at(2));
        }
        return loaded;
    }();
    return names;
}

QString MunicipalityNames::municipality(const QString& code6) const
{
    return m_municipalities.value(code6);
}

QString MunicipalityNames::prefecture(const QString& prefectureCode) const
{
    return m_prefectures.value(prefectureCode);
}

} // namespace vsys::cli
