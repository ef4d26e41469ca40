// Shared fixture for the extractor tests: the project's default rules, loaded once.
#pragma once

#include "extract/rules.h"

namespace agreement_ocr::testing {

// models/rules/agreement.rules.json; aborts the test binary when it does not load.
const Rules& default_rules();

}  // namespace agreement_ocr::testing
