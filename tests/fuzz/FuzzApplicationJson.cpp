// SPDX-License-Identifier: MIT
// JSON bytes → the application record codec (what a client reads from the server, and the server
// from its database), and the content of PUT /applications/{id} through the rules 申込 applies to it
// (ApplicationService's check) and the conflict dialog's field-by-field comparison.
//
// An input is a record ({"id","version","status","content",...}); its optional
// "existing_registration" plays the venue's 既存登録情報 and its optional "server_copy" the other copy.
#include "core/application/ApplicationContent.h"
#include "core/application/ApplicationRecord.h"
#include "core/application/ApplicationValidator.h"
#include "core/application/ContentDiff.h"
#include "tests/fuzz/FuzzInput.h"

#include <QSet>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace vsys::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = vsys::fuzz::jsonObject(data, size);
    if (!json) {
        return 0;
    }

    const auto record = ApplicationJson::fromJson(*json);
    if (record.ok()) {
        // What one side writes, the other must read back as the same record.
        const auto again = ApplicationJson::fromJson(ApplicationJson::toJson(*record));
        if (!again.ok() || !(*again == *record)) {
            std::fprintf(stderr, "an application record does not survive toJson/fromJson\n");
            std::abort();
        }
    }

    const QJsonObject content = json->value(u"content"_s).toObject();
    const QJsonObject existing = json->value(u"existing_registration"_s).toObject();
    const QJsonObject effective = ApplicationContent::effective(content, existing);
    const QList<FieldIssue> issues = ApplicationValidator().validate(effective);
    (void)ApplicationValidator::hasErrors(issues);

    const QJsonObject serverCopy = json->value(u"server_copy"_s).toObject();
    QSet<QString> takeServer;
    for (const ContentDifference& difference : ContentDiff::diff(content, serverCopy)) {
        takeServer.insert(difference.path);
    }
    (void)ContentDiff::merge(content, serverCopy, takeServer);
    return 0;
}
