// The cheap orientation opinions. The quarter-turn test compares the sharpest row profile of the
// page with that of the page turned on its side: lines of text give sharp peaks only
// along their own axis. Up/down is Leptonica's pixUpDownDetect, which counts ascenders
// against descenders of Latin text and costs tens of milliseconds, against Tesseract
// OSD's half second.
#include "preprocess/orientation.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "core/pix_mat.h"
#include "core/resize.h"
#include "preprocess/skew_estimate.h"

namespace agreement_ocr {
namespace {

// Profiles at about 75 dpi keep a page's ink to a few tens of thousands of points.
constexpr double kSkewWorkingDpi = 75.0;
// The final skew pass at 150 dpi brings the error to a few hundredths of a degree.
constexpr double kSkewRefineDpi = 150.0;
// Leptonica judges best at 150-300 dpi.
constexpr double kUpDownMaxDpi = 150.0;
// |evidence| below this is too weak to turn a page over (Leptonica's own default is 8
// for its combined decision; a single up/down test is reliable from about 5 on text pages).
constexpr double kMinUpDownEvidence = 5.0;

}  // namespace

TextAxis find_text_axis(const cv::Mat& grey, double dpi, double max_skew_degrees) {
  TextAxis axis;
  const cv::Mat mask = character_mask(grey, dpi, kSkewWorkingDpi);
  if (cv::countNonZero(mask) == 0) return axis;
  cv::Mat turned;
  cv::rotate(mask, turned, cv::ROTATE_90_CLOCKWISE);
  const SkewEstimate across = estimate_skew(mask, max_skew_degrees);
  const SkewEstimate down = estimate_skew(turned, max_skew_degrees);
  axis.has_text = true;
  axis.lines_run_down = down.sharpness > across.sharpness;
  axis.across_skew_degrees = across.degrees;
  axis.down_skew_degrees = down.degrees;
  const double stronger = std::max(across.sharpness, down.sharpness);
  const double weaker = std::max(1.0, std::min(across.sharpness, down.sharpness));
  // A text page's own axis is typically 1.5-3x sharper; map a ratio of 1 to 0 and 2 to 1.
  axis.confidence = std::clamp(stronger / weaker - 1.0, 0.0, 1.0);
  return axis;
}

double coarse_skew(const TextAxis& axis, int turn) {
  return turn % 180 != 0 ? axis.down_skew_degrees : axis.across_skew_degrees;
}

double refined_skew(const cv::Mat& grey, double dpi, const TextAxis& axis, int turn) {
  cv::Mat fine_mask = character_mask(grey, dpi, kSkewRefineDpi);
  if (turn % 180 != 0) cv::rotate(fine_mask, fine_mask, cv::ROTATE_90_CLOCKWISE);
  return refine_skew(fine_mask, coarse_skew(axis, turn), 0.3, 0.02).degrees;
}

UpDown detect_upside_down(const cv::Mat& grey, double dpi) {
  UpDown result;
  cv::Mat judged = grey;
  if (dpi > kUpDownMaxDpi) {
    const double scale = kUpDownMaxDpi / dpi;
    judged = scaled_by(grey, scale, cv::INTER_AREA);
  }
  cv::Mat binary;
  const double threshold = cv::threshold(judged, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  PixPtr pix8 = pix_from_grey(judged);
  if (!pix8) return result;
  PixPtr pix1(pixThresholdToBinary(pix8.get(), static_cast<l_int32>(threshold) + 1));
  if (!pix1) return result;
  l_float32 evidence = 0;
  if (pixUpDownDetect(pix1.get(), &evidence, 0, 0, 0) != 0) return result;
  result.evidence = evidence;
  result.decided = std::abs(evidence) >= kMinUpDownEvidence;
  result.upside_down = result.decided && evidence < 0;
  result.confidence = std::clamp(std::abs(evidence) / (4 * kMinUpDownEvidence), 0.0, 1.0);
  return result;
}

}  // namespace agreement_ocr
