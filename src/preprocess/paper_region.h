// The sheet of paper inside a scan: a receipt laid on cardboard, or a page inside the dark
// border of a scanner's open lid. Orientation, deskew and OCR then work on the sheet alone;
// boxes still refer to the input page (the crop is part of the page transform).
#pragma once

#include <optional>

#include <opencv2/core.hpp>

namespace agreement_ocr {

// The bounding box of the one bright sheet on a clearly darker surround, in the grey page's
// pixels; nullopt when the paper fills the page (the usual case) or nothing stands out clearly.
std::optional<cv::Rect> find_paper(const cv::Mat& grey, double dpi);

}  // namespace agreement_ocr
