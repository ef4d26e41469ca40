// Section tracking.
#include "extract/sections.h"

namespace agreement_ocr {

std::vector<std::pair<std::size_t, int>> section_headings(const DocumentText& lines, const Rules& rules) {
  std::vector<std::pair<std::size_t, int>> headings;
  int last_number = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    int number = 0;
    // The next heading follows the last; one or two lost to OCR may be skipped.
    if (RE2::FullMatch(lines[i].text, *rules.section_heading, &number) && number > last_number &&
        number <= last_number + 3) {
      last_number = number;
      headings.emplace_back(i, number);
    }
  }
  return headings;
}

std::vector<std::optional<std::string>> sections_of_lines(const DocumentText& lines, const Rules& rules) {
  std::vector<std::optional<std::string>> sections(lines.size());
  const auto headings = section_headings(lines, rules);
  std::optional<std::string> current;
  auto next = headings.begin();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (next != headings.end() && next->first == i) current = "§ " + std::to_string((next++)->second);
    sections[i] = current;
  }
  return sections;
}

bool restore_section_sign(OcrLine& line, int number) {
  if (line.words.empty()) return false;
  const std::string digits = std::to_string(number);
  OcrWord& first = line.words.front();
  if (first.text.rfind("§", 0) == 0) return false;
  if (first.text.size() == 1 && line.words.size() > 1 && line.words[1].text.rfind(digits, 0) == 0) {
    first.text = "§";  // "8 2"
  } else if (first.text.size() == 1 + digits.size() && first.text.compare(1, std::string::npos, digits) == 0) {
    first.text = digits;  // "82": the sign and the number as one word
    line.words.insert(line.words.begin(), OcrWord{"§", first.box, first.confidence});
  } else {
    return false;
  }
  join_words(line);
  return true;
}

}  // namespace agreement_ocr
