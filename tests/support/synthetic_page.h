// Small synthetic pages for unit tests: lines of Latin text drawn with OpenCV's Hershey
// font, then turned and skewed like a scan, so preprocessing can be tested without OCR.
#pragma once

#include <opencv2/core.hpp>

namespace agreement_ocr::testing {

// An upright grey page of `lines` text lines, about A5 at 150 dpi.
cv::Mat text_page(int lines = 24);

// Turns `page` counter-clockwise by `degrees` as displayed, growing the canvas, white corners
// (what a scanner does to a page laid on the glass at an angle).
cv::Mat scanned_at(const cv::Mat& page, double degrees);

}  // namespace agreement_ocr::testing
