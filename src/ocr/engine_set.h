// The engines one worker needs: the page engine of the chosen model and, when the other
// German model is installed too, a second engine whose readings of handwriting are voted
// with the first. Created once per worker and reused.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "ocr/ocr_engine.h"
#include "ocr/orientation_engine.h"

namespace agreement_ocr {

struct EngineSet {
  std::unique_ptr<OcrEngine> page;
  std::unique_ptr<OcrEngine> second_opinion;  // null when the other model is not installed
  std::unique_ptr<OrientationEngine> orientation;  // Tesseract's OSD; null when not installed

  std::vector<OcrEngine*> handwriting_readers() const;
};

// Fails when the chosen model cannot be loaded; a missing second model is not an error.
// `time_limit_seconds` bounds each recognition (0: none).
Result<EngineSet> create_engine_set(const std::string& model_name, double time_limit_seconds = 0.0);

}  // namespace agreement_ocr
