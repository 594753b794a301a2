// SPDX-License-Identifier: MIT
#include "core/ShippedData.h"

#include <QFile>

namespace vsys::core::shipped {

QByteArray read(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("%s is missing from the resources of vsys_core", qUtf8Printable(resourcePath));
    }
    return file.readAll();
}

void malformed(const QString& resourcePath, const QString& why)
{
    qFatal("The shipped %s is invalid: %s", qUtf8Printable(resourcePath), qUtf8Printable(why));
}

} // namespace vsys::core::shipped
