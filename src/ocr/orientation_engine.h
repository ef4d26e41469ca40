// Tesseract's orientation and script detection (OSD, Debian's tesseract-ocr-osd model) as an
// engine of its own: which quarter turn makes a page upright, judged from the shapes of its
// characters in all four orientations. Created once per worker; not thread-safe.
#pragma once

#include <memory>
#include <optional>

#include <opencv2/core.hpp>

#include "core/status.h"

namespace tesseract {
class TessBaseAPI;
}

namespace agreement_ocr {

struct OsdReading {
  int turn = 0;             // the clockwise quarter turn (0, 90, 180, 270) that makes the page upright
  double confidence = 0.0;  // Tesseract's orientation confidence (unbounded; 0 = no preference)
};

class OrientationEngine {
 public:
  // Loads osd.traineddata from the folder of Debian's German model (TESSDATA_PREFIX
  // overrides it); fails with kMissingResource when it is not installed.
  static Result<std::unique_ptr<OrientationEngine>> create();
  ~OrientationEngine();
  OrientationEngine(const OrientationEngine&) = delete;
  OrientationEngine& operator=(const OrientationEngine&) = delete;

  // The turn OSD prefers for a grey page scanned at `dpi`; nullopt when the page has too few
  // characters to judge.
  std::optional<OsdReading> detect(const cv::Mat& grey, double dpi);

 private:
  explicit OrientationEngine(std::unique_ptr<tesseract::TessBaseAPI> api);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace agreement_ocr
