// SPDX-License-Identifier: MIT
#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QString>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace vsys::core {

bool installTranslators(QCoreApplication& app, const QString& language)
{
    if (language == u"en"_s) {
        return true;
    }
    // Qt's own strings (dialog buttons, print dialogs) come from the system's qtbase catalogue;
    // missing it is not fatal, the buttons just stay English.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* appTranslator = new QTranslator(&app);
    if (!appTranslator->load(u":/i18n/vsysdesk_"_s + language + u".qm"_s)) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

} // namespace vsys::core
