// Section tracking.
#include "extract/sections.h"

namespace agreement_ocr {

std::string section_number_digits(const std::string& read) {
  // The fast German model's readings of a bold heading's digits, on the variety corpus's dev
  // part: "1" as i, l, ı (sı, si, sl for "§ 1", 6 of 24 documents), "4" as a or A (sa, 8A for
  // "§ 4", 5 of 24). Only ever taken as the very next section number (section_headings).
  std::string digits;
  for (std::size_t i = 0; i < read.size(); ++i) {
    const char c = read[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == 'i' || c == 'l' || c == 'I' || c == '|') {
      digits += '1';
    } else if (read.compare(i, 2, "ı") == 0) {
      digits += '1';
      ++i;
    } else if (c == 'a' || c == 'A') {
      digits += '4';
    } else {
      return {};
    }
  }
  return digits;
}

std::vector<std::pair<std::size_t, int>> section_headings(const DocumentText& lines, const Rules& rules) {
  std::vector<std::pair<std::size_t, int>> headings;
  int last_number = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    int number = 0;
    std::string read;
    const std::string next = std::to_string(last_number + 1);
    // The next heading follows the last; one or two lost to OCR may be skipped.
    if (RE2::FullMatch(lines[i].text, *rules.section_heading, &number) && number > last_number &&
        number <= last_number + 3) {
      last_number = number;
      headings.emplace_back(i, number);
    } else if (rules.section_heading_garbled && RE2::FullMatch(lines[i].text, *rules.section_heading_garbled, &read) &&
               section_number_digits(read).rfind(next, 0) == 0 && section_number_digits(read).size() <= next.size() + 1) {
      // A garbled heading only as the very next number ("855" after § 4 is § 5, "sa" after
      // § 3 is § 4).
      last_number += 1;
      headings.emplace_back(i, last_number);
    }
  }
  return headings;
}

std::vector<std::optional<std::string>> sections_of_lines(const DocumentText& lines, const Rules& rules) {
  std::vector<std::optional<std::string>> sections(lines.size());
  const auto headings = section_headings(lines, rules);
  for (std::size_t k = 0; k < headings.size(); ++k) {
    const std::size_t end = k + 1 < headings.size() ? headings[k + 1].first : lines.size();
    // A number skipped before the next heading: that heading was lost to OCR somewhere in
    // between, so no line there has a section it can be sure of.
    if (k + 1 < headings.size() && headings[k + 1].second > headings[k].second + 1) continue;
    for (std::size_t i = headings[k].first; i < end; ++i) sections[i] = "§ " + std::to_string(headings[k].second);
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
  } else if (first.text.size() > 1 && section_number_digits(first.text.substr(1)) == digits) {
    first.text = digits;  // "82", "sa": the sign and the number as one word
    line.words.insert(line.words.begin(), OcrWord{"§", first.box, first.confidence});
  } else {
    return false;
  }
  join_words(line);
  return true;
}

}  // namespace agreement_ocr
