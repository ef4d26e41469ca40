// The page engine with Debian's fast German model, for tests that read rendered text, and
// the orientation judges built on it.
#pragma once

#include <memory>

#include "ocr/ocr_engine.h"
#include "preprocess/upright_page.h"

namespace agreement_ocr::testing {

// Null (with a test failure recorded) when the model cannot be loaded.
std::unique_ptr<OcrEngine> fast_engine();

// The orientation judges the pipeline uses (Tesseract's OSD and a reading with the fast
// model), over engines kept for the whole test program; for one thread.
OrientationJudges orientation_judges();

}  // namespace agreement_ocr::testing
