// Fuzz target: a file of qualification answers (bantam-cli qualify ID --answers FILE.json) read
// by Questionnaire::answersFromJson, each answer then read and judged by the default
// questionnaire as QualificationService::answerAll does (readTyped in English and German,
// evaluate), shown again as the call screen shows it — from any bytes. Checks: refusals say
// what is wrong.
#include "fuzzcheck.h"
#include "qualification/questionnaire.h"

#include <QLocale>

using namespace bantam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Questionnaire questionnaire = Questionnaire::defaults();
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    static const QLocale german(QLocale::German, QLocale::Germany);
    auto answers = Questionnaire::answersFromJson(fuzz::bytesOf(data, size));
    if (!answers) {
        FUZZ_CHECK(!answers.error().message.isEmpty());
        return 0;
    }
    const QDate today(2026, 6, 1);
    for (const auto &[key, typed] : answers.value()) {
        for (const QLocale &locale : {QLocale::c(), english, german}) {
            auto canonical = questionnaire.readTyped(key, typed, locale);
            if (!canonical) {
                FUZZ_CHECK(!canonical.error().message.isEmpty());
                continue;
            }
            auto judged = questionnaire.evaluate(key, canonical.value(), today);
            if (!judged)
                continue;
            (void)questionnaire.displayValue(key, judged.value().value);
            (void)questionnaire.typedValue(key, judged.value().value, locale);
        }
    }
    return 0;
}
