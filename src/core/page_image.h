// One page of an input document as pixels, with the resolution it was scanned at.
#pragma once

#include <opencv2/core.hpp>

#include <string>

namespace agreement_ocr {

struct PageImage {
  int number = 0;            // 1-based page number within the document
  cv::Mat pixels;            // CV_8UC1 (grey) or CV_8UC3 (BGR)
  double dpi = 300.0;        // horizontal resolution
  bool dpi_assumed = false;  // true when the file did not say and the default was used
  double stated_dpi = 0.0;   // what the file said when it was not plausible (0: nothing)
  std::string decode_warning;  // set when the decoder recovered from damage
};

}  // namespace agreement_ocr
