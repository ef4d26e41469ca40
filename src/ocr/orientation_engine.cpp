// OSD through TessBaseAPI::DetectOrientationScript. Tesseract reports the page's orientation
// (orient_deg, counter-clockwise as displayed); the turn that undoes it is the opposite.
#include "ocr/orientation_engine.h"

#include <omp.h>
#include <tesseract/baseapi.h>

#include <cmath>

#include "ocr/model_location.h"

namespace agreement_ocr {

OrientationEngine::OrientationEngine(std::unique_ptr<tesseract::TessBaseAPI> api) : api_(std::move(api)) {}
OrientationEngine::~OrientationEngine() {
  if (api_) api_->End();
}

Result<std::unique_ptr<OrientationEngine>> OrientationEngine::create() {
  auto debian = locate_model("fast");
  if (!debian.ok()) return debian.status();
  omp_set_num_threads(1);
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(debian->tessdata_dir.c_str(), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
    return Status::MissingResource("cannot load Tesseract's orientation model osd.traineddata from " +
                                   debian->tessdata_dir + " (Debian package tesseract-ocr-osd)");
  }
  api->SetVariable("debug_file", "/dev/null");
  api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  return std::unique_ptr<OrientationEngine>(new OrientationEngine(std::move(api)));
}

std::optional<OsdReading> OrientationEngine::detect(const cv::Mat& grey, double dpi) {
  CV_Assert(grey.type() == CV_8UC1);
  // OpenMP's thread count belongs to the calling thread (see ocr_engine.cpp).
  omp_set_num_threads(1);
  api_->SetImage(grey.data, grey.cols, grey.rows, 1, static_cast<int>(grey.step));
  api_->SetSourceResolution(static_cast<int>(std::lround(dpi)));
  int orientation_degrees = 0;
  float confidence = 0;
  const char* script = nullptr;
  float script_confidence = 0;
  const bool found = api_->DetectOrientationScript(&orientation_degrees, &confidence, &script, &script_confidence);
  api_->Clear();
  if (!found) return std::nullopt;
  return OsdReading{(360 - orientation_degrees) % 360, confidence};
}

}  // namespace agreement_ocr
