// Fuzz target: the whole-text path of a .txt input, as src/pipeline.cpp runs it: bytes that
// pass is_utf8_text go through text_from_plain and extract_fields with the default rules.
// No OCR is involved, so each input costs only the rule extractors. Besides memory errors
// and UB it checks that every piece of evidence names a page of the text and a confidence
// in [0, 1] (src/extract/fields.h).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/document_text.h"
#include "extract/extract_fields.h"
#include "fuzz_rules.h"
#include "io/document_format.h"

namespace {

void check_evidence(const agreement_ocr::Evidence& evidence, int page_count) {
  using agreement_ocr::fuzz::check;
  check(evidence.page >= 0 && evidence.page <= page_count, "evidence names a page of the text (or 0)");
  check(evidence.confidence >= 0 && evidence.confidence <= 1, "confidence in [0, 1]");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace agreement_ocr;
  const Bytes bytes(data, data + size);
  if (!is_utf8_text(bytes)) return 0;  // refused by open_input before any extractor runs
  const DocumentText text = text_from_plain(std::string(bytes.begin(), bytes.end()));
  const int page_count = text.empty() ? 1 : text.back().page;
  std::vector<std::string> warnings;
  const Fields fields = extract_fields(text, fuzz::default_rules(), warnings);

  check_evidence(fields.document.evidence, page_count);
  for (const auto& party : fields.parties) check_evidence(party.evidence, page_count);
  for (const auto& stamp : fields.received_stamps) check_evidence(stamp.evidence, page_count);
  for (const auto& amount : fields.amounts) {
    check_evidence(amount.evidence, page_count);
    fuzz::check(std::isfinite(amount.value), "a finite amount");
  }
  for (const auto& project : fields.projects) check_evidence(project.evidence, page_count);
  for (const auto& signatory : fields.signatories) check_evidence(signatory.evidence, page_count);
  return 0;
}
