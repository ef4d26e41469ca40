// The title is the first line that is only a document type and perhaps a year (its type
// word misread by OCR tolerated), else a type opening the parties' sentence; the
// reference is the first labelled file reference outside the received stamp, its roman
// numerals read with lower-case l put right.
#include "extract/document_info.h"

#include "core/edit_distance.h"
#include "extract/evidence.h"
#include "extract/party_name.h"

namespace agreement_ocr {

DocumentInfo find_document_info(const DocumentText& lines, const Rules& rules,
                                const std::set<std::size_t>& stamp_lines) {
  DocumentInfo info;
  auto take = [&](const std::string& title, const std::string& year, std::size_t i, const char* rule, double sureness) {
    info.title = title;
    for (const auto& type : rules.document_types) {
      if (title.starts_with(type)) {
        info.type = type;
        break;
      }
    }
    if (!year.empty()) info.year = std::stoi(year);
    info.evidence = evidence_of(lines, i, i, rule, sureness);
  };
  for (std::size_t i = 0; i < lines.size() && !info.title; ++i) {
    std::string title, year;
    if (RE2::FullMatch(lines[i].text, *rules.title, &title, &year)) take(title, year, i, "title-line", 0.95);
  }
  // A type word OCR misread by a letter or an umlaut ("Zielvereinbärung 2023"): long type
  // words only (12 bytes or more), so no other word comes within two edits of one, and at
  // most one byte longer (an umlaut's), so a plural heading ("Vereinbarungen") is none.
  for (std::size_t i = 0; i < lines.size() && !info.title; ++i) {
    const std::string& text = lines[i].text;
    const std::size_t end = text.find(' ');
    const std::string first = text.substr(0, end);
    for (const auto& type : rules.document_types) {
      if (type.size() < 12 || first == type || first.size() > type.size() + 1 || edit_distance(first, type) > 2)
        continue;
      std::string title, year;
      const std::string corrected = type + (end == std::string::npos ? "" : text.substr(end));
      if (RE2::FullMatch(corrected, *rules.title, &title, &year)) take(title, year, i, "title-line-corrected", 0.85);
      break;
    }
  }
  // The title opening the parties' sentence: "Vereinbarung zwischen dem ... zur Umsetzung
  // des ... Budgets 2023": the type is the title, the first year in that paragraph its year.
  for (std::size_t i = 0; i < lines.size() && !info.title && rules.title_sentence; ++i) {
    std::string type;
    if (!RE2::PartialMatch(lines[i].text, *rules.title_sentence, &type)) continue;
    static const RE2 kYear(R"(\b((?:19|20)\d\d)\b)");
    std::string year;
    for (std::size_t k = i; k < lines.size() && lines[k].paragraph == lines[i].paragraph && lines[k].page == lines[i].page; ++k)
      if (RE2::PartialMatch(lines[k].text, kYear, &year)) break;
    take(type, year, i, "title-sentence", 0.85);
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
