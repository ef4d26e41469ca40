// The page engine with Debian's fast German model, for tests that read rendered text.
#pragma once

#include <memory>

#include "ocr/ocr_engine.h"

namespace agreement_ocr::testing {

// Null (with a test failure recorded) when the model cannot be loaded.
std::unique_ptr<OcrEngine> fast_engine();

}  // namespace agreement_ocr::testing
