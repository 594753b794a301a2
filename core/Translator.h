// SPDX-License-Identifier: MIT
// Installs the UI language: Japanese by default, for the app, the CLI and the server alike.
#pragma once

class QCoreApplication;
class QString;

namespace vsys::core {

/// Loads Qt's own catalogue (qtbase) and VSYS Desk's for `language` ("ja" unless the user chose
/// "en") into `app`. English needs no catalogue: it is the source language.
/// Returns false when the app catalogue for a non-English language is missing.
bool installTranslators(QCoreApplication& app, const QString& language);

} // namespace vsys::core
