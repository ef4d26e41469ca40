// Shared fixtures for the extractor tests: the project's default rules, loaded once, and
// the opening of the seed agreement exactly as OCR read it.
#pragma once

#include "extract/rules.h"

namespace agreement_ocr::testing {

// models/rules/agreement.rules.json; aborts the test binary when it does not load.
const Rules& default_rules();

// The start of samples/zielvereinbarung-2025-wiesbaden.txt (letterhead, stamp, title,
// parties, the first paragraph), OCR faults and all.
extern const char* const kSeedOpening;

}  // namespace agreement_ocr::testing
