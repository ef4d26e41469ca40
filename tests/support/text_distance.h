// Character error rate for tests: Levenshtein distance over Unicode code points between
// texts whose whitespace runs are collapsed (layout is not what CER measures).
#pragma once

#include <string>

namespace agreement_ocr::testing {

std::string collapse_whitespace(const std::string& text);
double character_error_rate(const std::string& found, const std::string& truth);

}  // namespace agreement_ocr::testing
