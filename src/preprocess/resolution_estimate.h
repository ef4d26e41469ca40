// A page's resolution from the size of its characters, for files that state none (or an
// implausible one): OCR and every size-based rule need to know how large a millimetre is.
#pragma once

#include <optional>

#include <opencv2/core.hpp>

namespace agreement_ocr {

// Dots per inch, to the nearest 10, from the median height of character-sized ink on a grey
// or colour page; nullopt when there are too few characters to judge.
std::optional<double> estimate_dpi_from_text(const cv::Mat& pixels);

}  // namespace agreement_ocr
