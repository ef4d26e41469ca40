#include "ocr/printed_dashes.h"

#include <algorithm>

#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {
namespace {

bool is_lone_dash(const std::string& text) { return text == "-" || text == "–" || text == "—"; }

bool is_number(const std::string& text) {
  return text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<double> digit_width(const std::vector<OcrWord>& words) {
  std::vector<double> widths;
  for (const OcrWord& word : words)
    if (is_number(word.text)) widths.push_back(static_cast<double>(word.box.width) / word.text.size());
  if (widths.empty()) return std::nullopt;
  std::sort(widths.begin(), widths.end());
  const std::size_t n = widths.size();
  return (widths[(n - 1) / 2] + widths[n / 2]) / 2;
}

std::string dash_of_width(int width, double digit) {
  // Midway between the widest hyphen (0.60) and the narrowest en dash (0.67) measured.
  if (width < 0.63 * digit) return "-";
  if (width <= 1.5 * digit) return "–";
  return "—";
}

void restore_printed_dashes(OcrPage& page) {
  bool changed = false;
  for (OcrLine& line : page.lines) {
    // A stamp read apart gives each of its words the frame's box: no widths to go by.
    if (line.in_stamp_frame) continue;
    if (std::none_of(line.words.begin(), line.words.end(), [](const OcrWord& w) { return is_lone_dash(w.text); }))
      continue;
    const std::optional<double> digit = digit_width(line.words);
    if (!digit) continue;
    bool line_changed = false;
    for (OcrWord& word : line.words) {
      if (!is_lone_dash(word.text)) continue;
      std::string printed = dash_of_width(word.box.width, *digit);
      if (printed == word.text) continue;
      word.text = std::move(printed);
      line_changed = true;
    }
    if (!line_changed) continue;
    join_words(line);
    changed = true;
  }
  if (changed) page.text = text_of_lines(page.lines);
}

}  // namespace agreement_ocr
