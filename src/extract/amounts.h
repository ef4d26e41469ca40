// Money amounts with the section they stand in and whether they are the agreement's total.
#pragma once

#include <string>
#include <vector>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

// Ambiguous amounts are refused and reported in `warnings`, never guessed.
std::vector<Amount> find_amounts(const DocumentText& lines, const Rules& rules, std::vector<std::string>& warnings);

}  // namespace agreement_ocr
