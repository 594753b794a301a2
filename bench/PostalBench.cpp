// SPDX-License-Identifier: MIT
// PostalBench: 郵便番号 → 住所 (core::PostalDirectory::lookup, as the 申込 form's AddressAutofill calls it with what
// the clerk typed, e.g. 100-0001) against the floor of a bare QHash lookup of the same key whose value is the
// same candidates, already decoded: the least any lookup can cost, as it leaves out the validation (全角, hyphen),
// the binary search over 124,510 rows and the decoding of the answer that the real lookup does. The first lookup
// (which loads the shipped table) is printed apart. Both in one run, in alternating blocks.
#include "bench/BenchTiming.h"
#include "core/ShippedData.h"
#include "core/address/PostalDirectory.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cstdio>

using namespace Qt::StringLiterals;
using vsys::core::AddressCandidate;
using vsys::core::PostalDirectory;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(u"--smoke"_s);
    const int blocks = smoke ? 3 : 15;
    const int callsPerBlock = smoke ? 2'000 : 50'000;

    QElapsedTimer load;
    load.start();
    const PostalDirectory& directory = PostalDirectory::builtIn();
    const double loadSeconds = double(load.nsecsElapsed()) / 1e9;

    // Every 500th row of the shipped table, written as a clerk types it (100-0001).
    QStringList keys;
    const QByteArray table = vsys::core::shipped::read(u":/data/address/postal_codes.tsv"_s);
    int line = 0;
    for (qsizetype start = 0; start >= 0 && start < table.size(); ++line) {
        if (line % 500 == 0) {
            const QString code = QString::fromLatin1(table.mid(start, 7));
            keys.append(code.left(3) + u'-' + code.mid(3));
        }
        const qsizetype end = table.indexOf('\n', start);
        start = end < 0 ? -1 : end + 1;
    }
    QHash<QString, QList<AddressCandidate>> answers;
    qsizetype candidates = 0;
    for (const QString& key : keys) {
        answers.insert(key, directory.lookup(key));
        candidates += answers.value(key).size();
    }
    if (keys.isEmpty() || candidates < keys.size()) {
        std::fprintf(stderr, "the shipped table gave %lld candidates for %lld codes\n", qlonglong(candidates),
                     qlonglong(keys.size()));
        return 1;
    }

    qsizetype found = 0; // read after the loops so that neither is optimised away
    const vsys::bench::Timing timing = vsys::bench::timeAlternating(
        blocks, callsPerBlock, [&](int i) { found += directory.lookup(keys.at(i % keys.size())).size(); },
        [&](int i) { found += answers.value(keys.at(i % keys.size())).size(); });
    std::printf("(%lld postal codes, %lld candidates; first lookup, which loads the table: %.1f ms; checksum %lld)\n",
                qlonglong(keys.size()), qlonglong(candidates), loadSeconds * 1e3, qlonglong(found));
    vsys::bench::printTiming("postal lookup (PostalDirectory::lookup, 郵便番号→住所)", "lookup",
                             "bare QHash lookup of the same key, answers decoded beforehand", timing);
    // Where the lookup's time goes: its first step, the rule every postal code field applies (全角 → ASCII,
    // the hyphen), against the same floor.
    const vsys::bench::Timing validation = vsys::bench::timeAlternating(
        blocks, callsPerBlock,
        [&](int i) { found += vsys::core::PostalCode::validate(keys.at(i % keys.size())).normalized.size(); },
        [&](int i) { found += answers.value(keys.at(i % keys.size())).size(); });
    vsys::bench::printTiming("  of which PostalCode::validate", "lookup", "the same floor", validation);
    return 0;
}
