// One Tesseract engine, created once and reused page after page (Init costs ~80 ms and
// ~100 MB). Not thread-safe: give each worker thread its own.
#pragma once

#include <memory>

#include "core/status.h"
#include "ocr/model_location.h"
#include "ocr/ocr_page.h"

namespace tesseract {
class TessBaseAPI;
}

namespace agreement_ocr {

class OcrEngine {
 public:
  static Result<std::unique_ptr<OcrEngine>> create(const OcrModel& model);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Recognises an upright, deskewed CV_8UC1 page scanned at `dpi`.
  Result<OcrPage> recognize(const cv::Mat& grey, double dpi);

 private:
  explicit OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace agreement_ocr
