// SPDX-License-Identifier: MIT
// Text → the address look-ups: 郵便番号 → 住所 (the form's 住所自動入力, `vsysdesk-cli address`), and the
// 市区町村 a claim names, by code (claimable, as the app and the CLI check it) or by what a user typed
// into 「市区町村を追加」.
#include "core/address/MunicipalityDirectory.h"
#include "core/address/PostalDirectory.h"
#include "tests/fuzz/FuzzInput.h"

using namespace Qt::StringLiterals;
using namespace vsys::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = vsys::fuzz::text(data, size);

    (void)PostalDirectory::builtIn().lookup(text);

    const MunicipalityDirectory& municipalities = MunicipalityDirectory::builtIn();
    (void)municipalities.find(text);
    (void)municipalities.name(text);
    (void)municipalities.cityOfWard(text);
    (void)municipalities.claimable(text, u"municipality"_s);
    (void)municipalities.prefecture(text);
    (void)municipalities.search(text);
    return 0;
}
