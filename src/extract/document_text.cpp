// Building the extractors' view of a document.
#include "extract/document_text.h"

#include <sstream>

namespace agreement_ocr {

void append_ocr_page(DocumentText& text, int page_number, const OcrPage& page) {
  for (const OcrLine& line : page.lines) {
    text.push_back({page_number, line.text, line.box, line.confidence, line.paragraph, line.words,
                    line.in_stamp_frame, line.handwriting_readings, line.cut_by_stamp});
  }
}

DocumentText text_from_plain(const std::string& plain) {
  DocumentText text;
  int page = 1, paragraph = 0;
  std::string line;
  for (std::size_t i = 0; i <= plain.size(); ++i) {
    const char c = i < plain.size() ? plain[i] : '\n';
    if (c != '\n' && c != '\f') {
      if (c != '\r') line += c;
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
