// Building the extractors' view of a document.
#include "extract/document_text.h"

#include <algorithm>
#include <sstream>

namespace agreement_ocr {

void append_ocr_page(DocumentText& text, int page_number, const OcrPage& page) {
  // A "line" under a quarter of the page's median line height is a speck OCR read as a
  // character (a 4 x 3 px "2" between two lines of a party's name, dev2 1030), not text.
  std::vector<int> heights;
  for (const OcrLine& line : page.lines)
    if (!line.in_stamp_frame && line.box.height > 0) heights.push_back(line.box.height);
  int median = 0;
  if (!heights.empty()) {
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    median = heights[heights.size() / 2];
  }
  for (const OcrLine& line : page.lines) {
    if (!line.in_stamp_frame && line.box.height > 0 && 4 * line.box.height < median) continue;
    text.push_back({page_number, line.text, line.box, line.confidence, line.paragraph, line.words,
                    line.in_stamp_frame, line.handwriting_readings, line.cut_by_stamp});
  }
}

DocumentText text_from_plain(const std::string& plain) {
  DocumentText text;
  int page = 1, paragraph = 0;
  std::string line;
  for (std::size_t i = 0; i <= plain.size(); ++i) {
    char c = i < plain.size() ? plain[i] : '\n';
    if (c == '\r') {
      if (i + 1 < plain.size() && plain[i + 1] == '\n') continue;  // CR LF: the LF ends the line
      c = '\n';  // a lone CR (old Mac files) ends a line as LF does
    }
    if (c != '\n' && c != '\f') {
      line += c;
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) {
      ++paragraph;
    } else {
      text.push_back({page, line, std::nullopt, 1.0, paragraph, {}, false, {}});
    }
    line.clear();
    if (c == '\f') {
      ++page;
      paragraph = 0;
    }
  }
  return text;
}

}  // namespace agreement_ocr
