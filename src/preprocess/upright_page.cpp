// Orientation and deskew as one stage, so the page is resampled once: find the text axis
// and skew on a small mask, turn and deskew, then decide up or down on the result and
// finish with an exact half turn where needed.
#include "preprocess/upright_page.h"

#include <algorithm>
#include <cstdio>
#include <opencv2/imgproc.hpp>

#include "preprocess/orientation.h"

namespace agreement_ocr {
namespace {

// Below this a page on its side is not turned: a quarter turn on a wrong guess ruins OCR.
constexpr double kMinAxisConfidence = 0.15;

cv::Mat to_grey(const cv::Mat& pixels) {
  if (pixels.channels() == 1) return pixels;
  cv::Mat grey;
  cv::cvtColor(pixels, grey, cv::COLOR_BGR2GRAY);
  return grey;
}

std::string page_label(const PageImage& page) { return "page " + std::to_string(page.number); }

}  // namespace

UprightPage make_upright(const PageImage& page, const UprightOptions& options) {
  UprightPage result;
  const cv::Mat grey = to_grey(page.pixels);
  TextAxis axis = find_text_axis(grey, page.dpi, options.max_skew_degrees);
  if (!axis.has_text) {
    result.warnings.push_back(page_label(page) + ": blank (no contrast); nothing to read");
    result.blank = true;
    result.grey = grey;
    result.transform = make_page_transform(grey.size(), 0, 0.0);
    return result;
  }
  if (axis.lines_run_down && axis.confidence < kMinAxisConfidence) {
    result.warnings.push_back(page_label(page) + ": text lines look vertical but the evidence is weak; not turned");
    axis.lines_run_down = false;
  }
  const int quarter_turn = axis.lines_run_down ? 90 : 0;
  PageTransform transform = make_page_transform(grey.size(), quarter_turn, axis.skew_degrees);
  cv::Mat upright_grey = apply_page_transform(grey, transform);

  const UpDown up_down = detect_upside_down(upright_grey, page.dpi);
  if (!up_down.decided) {
    char note[160];
    std::snprintf(note, sizeof note, "%s: up/down evidence is weak (%.1f); kept as found", page_label(page).c_str(),
                  up_down.evidence);
    result.warnings.emplace_back(note);
  }
  if (up_down.upside_down) {
    transform = make_page_transform(grey.size(), quarter_turn + 180, axis.skew_degrees);
    cv::rotate(upright_grey, upright_grey, cv::ROTATE_180);
  }
  result.transform = transform;
  result.grey = upright_grey;
  result.orientation_confidence = std::min(axis.confidence, up_down.confidence);
  return result;
}

}  // namespace agreement_ocr
