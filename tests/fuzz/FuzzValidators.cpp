// SPDX-License-Identifier: MIT
// Text → every field validator (`vsysdesk-cli check`, the form's checks as you leave a field) and the
// normalisation the form applies before it stores what was typed.
#include "core/application/ApplicationForm.h"
#include "core/application/ApplicationValidator.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"
#include "tests/fuzz/FuzzInput.h"

using namespace Qt::StringLiterals;
using namespace vsys::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = vsys::fuzz::text(data, size);

    (void)PostalCode::validate(text, u"postal_code"_s);
    (void)PhoneNumber::validate(text, u"phone"_s);
    (void)MunicipalityCode::validate(text, u"municipality_code"_s);
    (void)InstitutionCode::validate(text, u"institution_code"_s);
    (void)EmailAddress::validate(text, u"email"_s);
    (void)Furigana::validate(text, Furigana::Script::Katakana, u"kana"_s);
    (void)Furigana::validate(text, Furigana::Script::Hiragana, u"kana"_s);

    (void)TextNormalizer::normalize(text);
    (void)TextNormalizer::numberText(text);
    (void)TextNormalizer::isAsciiDigits(text);
    (void)TextNormalizer::toKatakana(text);

    for (const FormField* field : ApplicationForm::fields()) {
        (void)ApplicationValidator::normalized(field->path, text);
        (void)ApplicationForm::displayValue(field->path, text);
    }
    return 0;
}
