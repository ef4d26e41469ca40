// Turning a page upright: a quarter-turn plus a small skew correction applied in one
// resampling, with the canvas grown so no content is cropped and the corners white.
#pragma once

#include <opencv2/core.hpp>

namespace agreement_ocr {

struct PageTransform {
  int rotation = 0;           // clockwise quarter-turn: 0, 90, 180 or 270
  double skew_degrees = 0.0;  // counter-clockwise text skew, corrected by turning clockwise
  cv::Matx23d to_output = cv::Matx23d(1, 0, 0, 0, 1, 0);  // original pixel -> upright pixel
  cv::Size output_size;
};

// The transform that turns a `size` page clockwise by rotation + skew_degrees into a
// canvas large enough to hold all of it.
PageTransform make_page_transform(cv::Size size, int rotation, double skew_degrees);

// The same transform for the whole page when it was made for the part of it at `offset`
// (a crop): input pixels are then the whole page's, the output unchanged.
PageTransform from_crop_at(PageTransform transform, cv::Point offset);

// Applies `transform`; uncovered corners are filled with white.
cv::Mat apply_page_transform(const cv::Mat& pixels, const PageTransform& transform);

// Maps a box on the upright page back to the original input page (its bounding box).
cv::Rect2d box_on_original(const PageTransform& transform, const cv::Rect2d& upright_box);

}  // namespace agreement_ocr
