// The dearer orientation opinions of the preprocessing stage, over a worker's engines:
// Tesseract's OSD and a reading of the candidate turns with the page model.
#pragma once

#include "ocr/ocr_engine.h"
#include "ocr/orientation_engine.h"
#include "preprocess/upright_page.h"

namespace agreement_ocr {

// Either engine may be null: that opinion is then left out. The engines must outlive the judges.
OrientationJudges orientation_judges(OrientationEngine* osd, OcrEngine* reader);

}  // namespace agreement_ocr
