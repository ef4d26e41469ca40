// Section tracking.
#include "extract/sections.h"

namespace agreement_ocr {

std::vector<std::optional<std::string>> sections_of_lines(const DocumentText& lines, const Rules& rules) {
  std::vector<std::optional<std::string>> sections(lines.size());
  std::optional<std::string> current;
  int last_number = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    int number = 0;
    // The next heading follows the last; one or two lost to OCR may be skipped.
    if (RE2::FullMatch(lines[i].text, *rules.section_heading, &number) && number > last_number &&
        number <= last_number + 3) {
      last_number = number;
      current = "§ " + std::to_string(number);
    }
    sections[i] = current;
  }
  return sections;
}

}  // namespace agreement_ocr
