// The title is the first line that is only a document type and perhaps a year; the
// reference is the first labelled file reference outside the received stamp, its roman
// numerals read with lower-case l put right.
#include "extract/document_info.h"

#include <sstream>

#include "extract/evidence.h"

namespace agreement_ocr {
namespace {

// A file reference's group number in roman numerals ("III 2 – 53d") comes out of OCR with
// lower-case l for I ("Ill", "Il"). A word of nothing but I, V, X and l, with at least one
// capital among them, is such a numeral; a word with any other letter is left as read.
std::string with_roman_numerals_restored(const std::string& reference) {
  static const RE2 look_alike(R"([IVXl]*[IVX][IVXl]*)");
  std::istringstream words(reference);
  std::string word, restored;
  std::size_t at = 0;
  while (words >> word) {
    const std::size_t begin = reference.find(word, at);
    restored += reference.substr(at, begin - at);
    if (word.find('l') != std::string::npos && RE2::FullMatch(word, look_alike)) {
      for (char& c : word)
        if (c == 'l') c = 'I';
    }
    restored += word;
    at = begin + word.size();
  }
  return restored + reference.substr(at);
}

}  // namespace

DocumentInfo find_document_info(const DocumentText& lines, const Rules& rules,
                                const std::set<std::size_t>& stamp_lines) {
  DocumentInfo info;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string title, year;
    if (!RE2::FullMatch(lines[i].text, *rules.title, &title, &year)) continue;
    info.title = title;
    for (const auto& type : rules.document_types) {
      if (title.starts_with(type)) {
        info.type = type;
        break;
      }
    }
    if (!year.empty()) info.year = std::stoi(year);
    info.evidence = evidence_of(lines, i, i, "title-line", 0.95);
    break;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string reference;
    if (stamp_lines.count(i) || !RE2::FullMatch(lines[i].text, *rules.reference, &reference)) continue;
    info.reference = with_roman_numerals_restored(reference);
    break;
  }
  return info;
}

}  // namespace agreement_ocr
