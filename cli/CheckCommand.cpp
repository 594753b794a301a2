// SPDX-License-Identifier: MIT
#include "cli/CheckCommand.h"

#include "core/validation/Validators.h"

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace vsys::cli {

namespace {

using core::ValidationResult;
using Validator = std::function<ValidationResult(const QString&)>;

const std::map<QString, Validator>& validators()
{
    static const std::map<QString, Validator> kValidators = {
        {u"postal"_s, [](const QString& v) { return core::PostalCode::validate(v); }},
        {u"phone"_s, [](const QString& v) { return core::PhoneNumber::validate(v); }},
        {u"municipality-code"_s, [](const QString& v) { return core::MunicipalityCode::validate(v); }},
        {u"institution-code"_s, [](const QString& v) { return core::InstitutionCode::validate(v); }},
        {u"furigana"_s, [](const QString& v) { return core::Furigana::validate(v); }},
        {u"email"_s, [](const QString& v) { return core::EmailAddress::validate(v); }},
    };
    return kValidators;
}

QString verdictKey(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Valid:
        return u"valid"_s;
    case core::Verdict::Invalid:
        return u"invalid"_s;
    case core::Verdict::ValidWithWarning:
        return u"warning"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::summary() const
{
    return tr("check postal|phone|municipality-code|institution-code|furigana|email VALUE  "
              "(exit 0 valid, 1 invalid, 3 valid with a warning)");
}

int CheckCommand::run(const QStringList& arguments)
{
    if (arguments.size() != 2) {
        return usageError(tr("give a kind and one value, e.g. check postal 100-0001."));
    }
    const auto validator = validators().find(arguments.at(0));
    if (validator == validators().end()) {
        QStringList kinds;
        for (const auto& [kind, unused] : validators()) {
            kinds << kind;
        }
        return usageError(tr("unknown kind \"%1\"; use one of: %2.").arg(arguments.at(0), kinds.join(u", "_s)));
    }
    const ValidationResult result = validator->second(arguments.at(1));
    QJsonObject answer{{u"kind"_s, arguments.at(0)},
                       {u"input"_s, arguments.at(1)},
                       {u"result"_s, verdictKey(result.verdict)},
                       {u"valid"_s, result.acceptable()}};
    if (result.acceptable()) {
        answer.insert(u"normalized"_s, result.normalized);
    }
    if (!result.message.isEmpty()) {
        answer.insert(u"message"_s, result.message);
        printMessage(result.message);
    }
    printJson(answer);
    switch (result.verdict) {
    case core::Verdict::Valid:
        return kExitOk;
    case core::Verdict::ValidWithWarning:
        return kExitWarning;
    case core::Verdict::Invalid:
        return kExitInvalid;
    }
    Q_UNREACHABLE();
    return kExitInvalid;
}

} // namespace vsys::cli
