// SPDX-License-Identifier: MIT
// GoogleTest main for Qt code: a QCoreApplication for event loops and resources, and the
// Japanese catalogue so tests check the messages users really see.
#include "core/Translator.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
