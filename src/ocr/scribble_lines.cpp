#include "ocr/scribble_lines.h"

#include <algorithm>
#include <cctype>

namespace agreement_ocr {

bool is_scribble_line(const OcrLine& line) {
  return std::all_of(line.words.begin(), line.words.end(),
                     [](const OcrWord& word) { return word.confidence < kScribbleConfidence; });
}

std::vector<OcrLine> without_scribble_lines(std::vector<OcrLine> lines, const RE2& place_date) {
  const auto first_block = std::find_if(lines.begin(), lines.end(),
                                        [&](const OcrLine& line) { return RE2::FullMatch(line.text, place_date); });
  if (first_block == lines.end()) return lines;
  lines.erase(std::remove_if(first_block + 1, lines.end(),
                             [](const OcrLine& line) {
                               return !line.in_stamp_frame && is_scribble_line(line) &&
                                      std::none_of(line.text.begin(), line.text.end(),
                                                   [](unsigned char c) { return std::isdigit(c) != 0; });
                             }),
              lines.end());
  return lines;
}

}  // namespace agreement_ocr
