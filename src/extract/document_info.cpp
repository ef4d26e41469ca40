// The title is the first line that is only a document type and perhaps a year; the
// reference is the first labelled file reference outside the received stamp.
#include "extract/document_info.h"

#include "extract/evidence.h"

namespace agreement_ocr {

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
    info.reference = reference;
    break;
  }
  return info;
}

}  // namespace agreement_ocr
