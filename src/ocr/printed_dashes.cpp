#include "ocr/printed_dashes.h"

#include <algorithm>

#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {
namespace {

bool is_lone_dash(const std::string& text) { return text == "-" || text == "–" || text == "—"; }

bool is_number(const std::string& text) {
  return text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return (values[(n - 1) / 2] + values[n / 2]) / 2;
}

}  // namespace

std::optional<DigitSize> digit_size(const std::vector<OcrWord>& words) {
  std::vector<double> widths, heights;
  for (const OcrWord& word : words) {
    if (!is_number(word.text) || word.box.width <= 0 || word.box.height <= 0) continue;
    widths.push_back(static_cast<double>(word.box.width) / static_cast<double>(word.text.size()));
    heights.push_back(word.box.height);
  }
  if (widths.empty()) return std::nullopt;
  return DigitSize{median(widths), median(heights)};
}

std::string dash_of_width(int width, const DigitSize& digit) {
  if (width > 1.5 * digit.width) return "—";
  return width / digit.width + width / digit.height >= 1.11 ? "–" : "-";
}

void restore_printed_dashes(OcrPage& page) {
  bool changed = false;
  for (OcrLine& line : page.lines) {
    // A stamp read apart gives each of its words the frame's box, a handwriting reading the
    // region's: no ink widths to go by.
    if (line.in_stamp_frame || !line.handwriting_readings.empty()) continue;
    if (std::none_of(line.words.begin(), line.words.end(), [](const OcrWord& w) { return is_lone_dash(w.text); }))
      continue;
    const std::optional<DigitSize> digit = digit_size(line.words);
    if (!digit) continue;
    bool line_changed = false;
    for (OcrWord& word : line.words) {
      if (!is_lone_dash(word.text) || word.box.width <= 0) continue;
      std::string printed = dash_of_width(word.box.width, *digit);
      if (printed == word.text) continue;
      word.text = std::move(printed);
      line_changed = true;
    }
    if (!line_changed) continue;
    // Only the text: the line's box and Tesseract's confidence stay as they were.
    line.text = text_of_words(line.words);
    changed = true;
  }
  if (changed) page.text = text_of_lines(page.lines);
}

}  // namespace agreement_ocr
