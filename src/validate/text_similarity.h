// How alike two strings are, for comparing OCR readings with reference values that OCR
// noise may have touched (byte-wise: the callers compare lower-cased keys).
#pragma once

#include <string>

namespace agreement_ocr {

// 1 - Levenshtein distance (one byte per insertion, deletion or substitution) / the longer
// length: 1 for equal strings (two empty ones too), 0 for nothing in common.
double similarity(const std::string& a, const std::string& b);

}  // namespace agreement_ocr
