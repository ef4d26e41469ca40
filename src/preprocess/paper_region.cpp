// Paper against background at about 50 dpi: Otsu's threshold between the two brightness
// levels, text closed over so the sheet is one region, then the largest bright region. It is
// taken only when everything around it is clearly darker than it, so a page whose margins
// are merely grey, or which holds a dark picture, is left whole.
#include "preprocess/paper_region.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "core/resize.h"

namespace agreement_ocr {
namespace {

constexpr double kWorkingDpi = 50.0;
constexpr double kMmPerInch = 25.4;
// Text and lines inside the sheet closed over up to this size.
constexpr double kCloseMm = 6.0;
// A sheet is smaller than the page by this share of its area at least, and bigger than the
// smallest receipt we expect (in share of the page).
constexpr double kMaxSheetShare = 0.97;
constexpr double kMinSheetShare = 0.03;
// The sheet's region fills its bounding box at least this much (a sheet is a rectangle).
constexpr double kMinRectangularity = 0.8;
// Grey levels by which the surround's median lies below the sheet's: cardboard 150-170 and
// a scanner lid 0-60 against paper 220-250 on ../shared/real-scans; a document's grey
// margins differ by less than 20.
constexpr double kMinContrast = 50.0;
// Share of the surround that may be as bright as paper (specks, a label on the cardboard).
constexpr double kMaxBrightSurroundShare = 0.1;

double median_of(const cv::Mat& grey, const cv::Mat& mask) {
  int histogram[256] = {};
  int total = 0;
  for (int y = 0; y < grey.rows; ++y) {
    const unsigned char* g = grey.ptr<unsigned char>(y);
    const unsigned char* m = mask.ptr<unsigned char>(y);
    for (int x = 0; x < grey.cols; ++x)
      if (m[x]) ++histogram[g[x]], ++total;
  }
  int seen = 0;
  for (int level = 0; level < 256; ++level)
    if ((seen += histogram[level]) * 2 >= total) return level;
  return 255;
}

}  // namespace

std::optional<cv::Rect> find_paper(const cv::Mat& grey, double dpi) {
  const double scale = std::min(1.0, kWorkingDpi / dpi);
  const cv::Mat small = scale < 1.0 ? scaled_by(grey, scale, cv::INTER_AREA) : grey;
  cv::Mat bright;
  cv::threshold(small, bright, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  const int close = std::max(1, static_cast<int>(kCloseMm / kMmPerInch * dpi * scale));
  cv::morphologyEx(bright, bright, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {close, close}));
  cv::Mat labels, stats, centroids;
  const int count = cv::connectedComponentsWithStats(bright, labels, stats, centroids, 4, CV_32S);
  int largest = 0;
  for (int label = 1; label < count; ++label)
    if (!largest || stats.at<int>(label, cv::CC_STAT_AREA) > stats.at<int>(largest, cv::CC_STAT_AREA)) largest = label;
  if (!largest) return std::nullopt;
  const cv::Rect box(stats.at<int>(largest, cv::CC_STAT_LEFT), stats.at<int>(largest, cv::CC_STAT_TOP),
                     stats.at<int>(largest, cv::CC_STAT_WIDTH), stats.at<int>(largest, cv::CC_STAT_HEIGHT));
  const double page_area = static_cast<double>(small.total());
  const double share = box.area() / page_area;
  if (share > kMaxSheetShare || share < kMinSheetShare) return std::nullopt;
  if (stats.at<int>(largest, cv::CC_STAT_AREA) < kMinRectangularity * box.area()) return std::nullopt;
  cv::Mat inside = cv::Mat::zeros(small.size(), CV_8UC1);
  inside(box).setTo(255);
  cv::Mat outside;
  cv::bitwise_not(inside, outside);
  if (median_of(small, inside) - median_of(small, outside) < kMinContrast) return std::nullopt;
  // All around the sheet must be dark: paper beyond a dark band (a photograph across the
  // page) would be text lost, not a surround.
  cv::Mat bright_outside;
  cv::bitwise_and(bright, outside, bright_outside);
  if (cv::countNonZero(bright_outside) > kMaxBrightSurroundShare * cv::countNonZero(outside)) return std::nullopt;
  // Back to the page's pixels, one working pixel of margin kept.
  const double back = 1.0 / scale;
  cv::Rect sheet(static_cast<int>((box.x - 1) * back), static_cast<int>((box.y - 1) * back),
                 static_cast<int>((box.width + 2) * back), static_cast<int>((box.height + 2) * back));
  return sheet & cv::Rect(0, 0, grey.cols, grey.rows);
}

}  // namespace agreement_ocr
