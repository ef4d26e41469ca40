// The handwriting region: from the end of "den" about twelve word heights to the right,
// stopping before the next block on the same row, grown upwards and downwards because
// handwriting stands taller than print.
#include "ocr/handwritten_dates.h"

#include <algorithm>
#include <optional>
#include <opencv2/imgproc.hpp>

#include "core/resize.h"
#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {
namespace {

// Digits and dots at full scale (large handwriting) and half scale (small), and free text
// at full scale for a month written out ("29. Juli 2024"); no reading wins everywhere.
struct Reading {
  double scale;
  OcrEngine::RegionKind kind;
};
constexpr Reading kReadings[] = {{1.0, OcrEngine::RegionKind::kDateLine},
                                 {0.5, OcrEngine::RegionKind::kDateLine},
                                 {1.0, OcrEngine::RegionKind::kLine}};

std::string text_of(const OcrPage& read, OcrEngine::RegionKind kind) {
  std::string text;
  for (const auto& line : read.lines) {
    for (const auto& word : line.words) {
      if (kind == OcrEngine::RegionKind::kLine && !text.empty()) text += ' ';
      text += word.text;
    }
  }
  return text;
}

}  // namespace

void reread_handwritten_dates(const std::vector<OcrEngine*>& engines, const cv::Mat& upright_grey, double dpi,
                              const RE2& place_date, OcrPage& page) {
  bool changed = false;
  for (OcrLine& line : page.lines) {
    if (!RE2::FullMatch(line.text, place_date)) continue;
    const auto den = std::find_if(line.words.begin(), line.words.end(), [](const OcrWord& w) { return w.text == "den"; });
    if (den == line.words.end()) continue;
    const int height = std::max(den->box.height, 1);
    const int left = den->box.x + den->box.width + height / 4;
    // At least twelve word heights, and over all that page OCR read of the date (a month
    // written out in a wide hand runs longer) up to twenty, but not into a word that stands
    // apart from it: the next block on the row.
    int right = left + 12 * height;
    auto end = den + 1;
    std::optional<int> next_block;
    for (int previous_right = left; end != line.words.end(); previous_right = end->box.x + end->box.width, ++end) {
      if (end->box.x - previous_right > 4 * height) {
        next_block = end->box.x - height / 2;
        break;
      }
      right = std::max(right, end->box.x + end->box.width + height / 2);
    }
    right = std::min(right, left + 20 * height);
    if (next_block) right = std::min(right, *next_block);
    const cv::Rect region = cv::Rect(left, line.box.y - height, right - left, line.box.height + 2 * height) &
                            cv::Rect(0, 0, upright_grey.cols, upright_grey.rows);
    if (region.width < height || region.height < height) continue;  // clipped away at the page edge
    line.handwriting_readings.clear();
    for (OcrEngine* engine : engines) {
      const bool page_model = engine == engines.front();
      for (const Reading& reading : kReadings) {
        const cv::Mat crop = scaled_by(upright_grey(region), reading.scale, cv::INTER_AREA);
        auto read = engine->recognize_region(crop, dpi * reading.scale, reading.kind);
        if (read.ok()) line.handwriting_readings.push_back(
              {text_of(*read, reading.kind), page_model, reading.kind == OcrEngine::RegionKind::kDateLine});
      }
    }
    if (line.handwriting_readings.empty() || line.handwriting_readings.front().text.empty()) continue;
    line.words.erase(den + 1, end);
    line.words.insert(den + 1, OcrWord{line.handwriting_readings.front().text, region, 0.5});
    line.text = text_of_words(line.words);
    changed = true;
  }
  if (changed) page.text = text_of_lines(page.lines);
}

}  // namespace agreement_ocr
