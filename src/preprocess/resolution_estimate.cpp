// Printed text is about the same size everywhere (9-12 pt body text): the median height of
// its connected components, a mix of x-height letters and ascenders, is a length on paper.
// Measured with this same rule on 26 pages that state 200 or 300 dpi (../shared/real-scans
// and samples/): 0.057-0.087 inch on documents and books, 0.03-0.18 on receipts and a
// typewriter page; median 0.07. So an estimate is good to about ±25% on documents, which is
// close enough for Tesseract and our size rules, and far better than assuming 300 dpi for a
// 100 dpi letter.
#include "preprocess/resolution_estimate.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace agreement_ocr {
namespace {

constexpr double kMedianCharacterHeightInches = 0.07;
// Components counted as characters: at least this many pixels tall, at most this many
// (a 72 pt letter at 600 dpi), no wider than twice their height, and filling a tenth of their box.
constexpr int kMinCharacterPixels = 4;
constexpr int kMaxCharacterPixels = 600;
constexpr int kMinCharacters = 20;
// Estimates outside this range are not believed (a page of nothing but large shapes).
constexpr double kMinEstimateDpi = 50.0;
constexpr double kMaxEstimateDpi = 1200.0;

}  // namespace

std::optional<double> estimate_dpi_from_text(const cv::Mat& pixels) {
  cv::Mat grey = pixels;
  if (pixels.channels() != 1) cv::cvtColor(pixels, grey, cv::COLOR_BGR2GRAY);
  cv::Mat ink;
  cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  cv::Mat labels, stats, centroids;
  const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
  std::vector<int> heights;
  for (int label = 1; label < count; ++label) {
    const int height = stats.at<int>(label, cv::CC_STAT_HEIGHT);
    const int width = stats.at<int>(label, cv::CC_STAT_WIDTH);
    const int area = stats.at<int>(label, cv::CC_STAT_AREA);
    if (height < kMinCharacterPixels || height > kMaxCharacterPixels || width > 2 * height || width * 8 < height ||
        area * 10 < width * height)
      continue;
    heights.push_back(height);
  }
  if (static_cast<int>(heights.size()) < kMinCharacters) return std::nullopt;
  const auto middle = heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2);
  std::nth_element(heights.begin(), middle, heights.end());
  const double dpi = std::round(*middle / kMedianCharacterHeightInches / 10.0) * 10.0;
  if (dpi < kMinEstimateDpi || dpi > kMaxEstimateDpi) return std::nullopt;
  return dpi;
}

}  // namespace agreement_ocr
