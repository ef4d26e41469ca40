// Page images for review (GET /v1/jobs/{id}/pages/{n}.png): each page as scanned, turned by
// the quarter turn that made it upright but not deskewed, so that every box of the JSON
// (in the scan's own pixels) fits on it by that quarter turn and a scale. Kept at a width a
// screen can use, made while the page is in memory anyway.
#pragma once

#include <optional>
#include <string>

#include <opencv2/core.hpp>

#include "core/status.h"

namespace agreement_ocr {

// Widest review image kept, in pixels: an A4 page at 200 dpi (1654 px), enough for a
// 1280 px desk at a device pixel ratio of 1.25.
inline constexpr int kReviewImageWidth = 1654;

// The page scaled down to kReviewImageWidth at most (never up).
cv::Mat review_image_of(const cv::Mat& pixels);

// Writes the review image turned clockwise by `rotation` (0, 90, 180, 270) as PNG, atomically.
Status write_review_image(const std::string& path, const cv::Mat& review, int rotation);

// The PNG at `path`, scaled down to `width` pixels when that is smaller than its own.
// None when there is no such file.
std::optional<std::string> review_png(const std::string& path, std::optional<int> width);

}  // namespace agreement_ocr
