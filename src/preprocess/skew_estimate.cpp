// Projection-profile skew search. Each ink pixel is projected onto the axis normal to a
// candidate text-line direction; the sum of squared bin counts peaks when lines align.
#include "preprocess/skew_estimate.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <vector>

#include "core/resize.h"

namespace agreement_ocr {
namespace {

// Ink that can be a character, in millimetres: text up to about 30 pt tall, words up to a
// few centimetres. Illustrations, hatching, a scanner lid or cardboard around a receipt,
// and rules are larger; their edges and textures would otherwise set the skew.
constexpr double kMaxCharacterHeightMm = 12.0;
constexpr double kMaxWordWidthMm = 60.0;
constexpr double kMmPerInch = 25.4;
constexpr int kMaxHeightOverTypical = 3;

// The sharpness of the projection of `points` onto the normal of a line at `degrees`.
double profile_sharpness(const std::vector<cv::Point>& points, cv::Size size, double degrees) {
  const double radians = degrees * std::numbers::pi / 180.0;
  const double sin_a = std::sin(radians);
  const double cos_a = std::cos(radians);
  const double center_x = size.width / 2.0;
  const double center_y = size.height / 2.0;
  const int extent = static_cast<int>(std::ceil(std::hypot(size.width, size.height))) + 2;
  std::vector<int> bins(static_cast<std::size_t>(extent), 0);
  const double offset = extent / 2.0;
  for (const cv::Point& point : points) {
    // A line skewed counter-clockwise rises to the right (y falls as x grows); adding
    // x·sin flattens it.
    const double row = (point.y - center_y) * cos_a + (point.x - center_x) * sin_a + offset;
    ++bins[static_cast<std::size_t>(row)];
  }
  double sum = 0;
  for (const int count : bins) sum += static_cast<double>(count) * count;
  return sum;
}

SkewEstimate search(const std::vector<cv::Point>& points, cv::Size size, double from, double to, double step) {
  SkewEstimate best{from, -1.0};
  std::vector<double> scores;
  for (double degrees = from; degrees <= to + 1e-9; degrees += step) {
    const double score = profile_sharpness(points, size, degrees);
    scores.push_back(score);
    if (score > best.sharpness) best = {degrees, score};
  }
  // Refine between grid points with a parabola through the best score and its neighbours.
  const auto index = static_cast<std::size_t>(std::lround((best.degrees - from) / step));
  if (index > 0 && index + 1 < scores.size()) {
    const double left = scores[index - 1], middle = scores[index], right = scores[index + 1];
    const double denominator = left - 2 * middle + right;
    if (denominator < 0) best.degrees += step * 0.5 * (left - right) / denominator;
  }
  return best;
}

}  // namespace

cv::Mat text_mask(const cv::Mat& grey, double page_dpi, double working_dpi) {
  cv::Mat small;
  const double scale = std::min(1.0, working_dpi / page_dpi);
  if (scale < 1.0) {
    small = scaled_by(grey, scale, cv::INTER_AREA);
  } else {
    small = grey;
  }
  // Otsu on a page without contrast (blank, all black) would call half its noise ink.
  double darkest = 0, lightest = 0;
  cv::minMaxLoc(small, &darkest, &lightest);
  if (lightest - darkest < kMinInkContrast) return cv::Mat::zeros(small.size(), CV_8UC1);
  cv::Mat mask;
  cv::threshold(small, mask, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  return mask;
}

cv::Mat character_mask(const cv::Mat& grey, double page_dpi, double working_dpi) {
  cv::Mat mask = text_mask(grey, page_dpi, working_dpi);
  const double dpi = page_dpi * std::min(1.0, working_dpi / page_dpi);
  cv::Mat labels, stats, centroids;
  const int count = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
  const int max_height = static_cast<int>(kMaxCharacterHeightMm / kMmPerInch * dpi);
  const int max_width = static_cast<int>(kMaxWordWidthMm / kMmPerInch * dpi);
  std::vector<int> heights;
  for (int label = 1; label < count; ++label) {
    if (stats.at<int>(label, cv::CC_STAT_HEIGHT) <= max_height && stats.at<int>(label, cv::CC_STAT_WIDTH) <= max_width)
      heights.push_back(stats.at<int>(label, cv::CC_STAT_HEIGHT));
  }
  const bool any_kept = !heights.empty();
  // Characters of the page's body text are about one height; hatching and scribbles vary.
  int typical = 0;
  if (any_kept) {
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    typical = heights[heights.size() / 2];
  }
  std::vector<unsigned char> keep(static_cast<std::size_t>(count), 0);
  for (int label = 1; label < count; ++label) {
    const int height = stats.at<int>(label, cv::CC_STAT_HEIGHT);
    const bool character_sized = height <= max_height && stats.at<int>(label, cv::CC_STAT_WIDTH) <= max_width &&
                                 height <= kMaxHeightOverTypical * typical;
    keep[static_cast<std::size_t>(label)] = character_sized ? 255 : 0;
  }
  // A page of nothing but large shapes (a photograph) keeps its ink: something to judge by.
  if (!any_kept) return mask;
  for (int y = 0; y < mask.rows; ++y) {
    const int* label = labels.ptr<int>(y);
    unsigned char* out = mask.ptr<unsigned char>(y);
    for (int x = 0; x < mask.cols; ++x) out[x] = keep[static_cast<std::size_t>(label[x])];
  }
  return mask;
}

SkewEstimate estimate_skew(const cv::Mat& mask, double max_degrees) {
  std::vector<cv::Point> points;
  cv::findNonZero(mask, points);
  if (points.empty()) return {};
  const SkewEstimate coarse = search(points, mask.size(), -max_degrees, max_degrees, 0.5);
  return search(points, mask.size(), coarse.degrees - 0.6, coarse.degrees + 0.6, 0.05);
}

SkewEstimate refine_skew(const cv::Mat& mask, double around, double half_width, double step) {
  std::vector<cv::Point> points;
  cv::findNonZero(mask, points);
  if (points.empty()) return {around, 0.0};
  return search(points, mask.size(), around - half_width, around + half_width, step);
}

}  // namespace agreement_ocr
