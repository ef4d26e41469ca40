#include "ocr/list_numbers.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {
namespace {

bool is_list_number(const std::string& text) {
  static const RE2 kListNumber(R"(\d{1,2}[.)])");
  return RE2::FullMatch(text, kListNumber);
}

bool is_lone_number(const OcrLine& line) {
  return line.words.size() == 1 && has_own_word_boxes(line) &&
         is_list_number(line.words.front().text);
}

// The farthest an entry starts right of its number, in the number's heights: list styles
// indent the text by one or two tab stops (about 3 heights at 11 pt); 6 leaves room.
constexpr double kMaxNumberGapHeights = 6.0;

// The line the lone number `number` stands beside: the nearest on its right whose middle
// third of height it shares.
std::optional<std::size_t> entry_beside(const std::vector<OcrLine>& lines, std::size_t number) {
  const cv::Rect& at = lines[number].box;
  std::optional<std::size_t> nearest;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const OcrLine& line = lines[k];
    if (k == number || line.words.empty() || !has_own_word_boxes(line)) continue;
    const int gap = line.box.x - (at.x + at.width);
    if (gap <= 0 || gap > kMaxNumberGapHeights * at.height) continue;
    const int middle = at.y + at.height / 2;
    if (middle < line.box.y || middle > line.box.y + line.box.height) continue;
    if (!nearest || line.box.x < lines[*nearest].box.x) nearest = k;
  }
  return nearest;
}

}  // namespace

void restore_list_numbers(OcrEngine& engine, const cv::Mat& upright_grey, double dpi, OcrPage& page) {
  std::vector<OcrLine>& lines = page.lines;
  std::vector<bool> joined(lines.size(), false);
  bool changed = false;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    if (joined[n] || !is_lone_number(lines[n])) continue;
    const auto entry = entry_beside(lines, n);
    if (!entry || joined[*entry]) continue;
    const cv::Rect number_box = lines[n].box;
    const int entry_x = lines[*entry].box.x, entry_y = lines[*entry].box.y;
    lines[*entry].words.insert(lines[*entry].words.begin(), lines[n].words.front());
    join_words(lines[*entry]);
    joined[n] = changed = true;
    // The numbers of the entries after it, in the same column.
    for (std::size_t k = 0; k < lines.size(); ++k) {
      OcrLine& line = lines[k];
      if (joined[k] || k == *entry || line.words.empty() || !has_own_word_boxes(line)) continue;
      const int height = line.box.height;
      if (line.box.y <= entry_y || std::abs(line.box.x - entry_x) > height / 2) continue;
      if (std::isdigit(static_cast<unsigned char>(line.words.front().text[0]))) continue;
      const int left = number_box.x - height / 2, right = line.box.x - 2;
      if (right - left < number_box.width) continue;
      const cv::Rect strip(left, line.box.y - height / 4, right - left, height + height / 2);
      auto read = engine.recognize_words_in(upright_grey, strip, dpi, OcrEngine::RegionKind::kDateLine);
      if (!read.ok() || read->empty()) continue;
      OcrWord number;
      cv::Rect box = read->front().box;
      double confidence = 0;
      for (const OcrWord& word : *read) {
        number.text += word.text;
        box |= word.box;
        confidence += word.confidence;
      }
      if (!is_list_number(number.text)) continue;
      number.box = box;
      number.confidence = confidence / static_cast<double>(read->size());
      line.words.insert(line.words.begin(), number);
      join_words(line);
    }
  }
  if (!changed) return;
  std::vector<OcrLine> kept;
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (!joined[k]) kept.push_back(std::move(lines[k]));
  lines = std::move(kept);
  page.text = text_of_lines(lines);
}

}  // namespace agreement_ocr
