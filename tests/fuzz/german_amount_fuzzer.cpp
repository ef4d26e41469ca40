// Fuzz target: the euro amount finder (src/extract/german_amount.h) with the vocabulary of the
// default rules, on arbitrary bytes as OCR may produce them. Besides memory errors and UB it
// checks what the header promises: offsets inside the text, matches left to right without
// overlap, a refused amount has value 0 and says why, an accepted one is a finite euro value.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/german_amount.h"
#include "fuzz_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using agreement_ocr::fuzz::check;
  const auto& rules = agreement_ocr::fuzz::default_rules();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t previous_end = 0;
  for (const auto& match : rules.amount_finder->find(text)) {
    check(match.begin < match.end && match.end <= text.size(), "amount offsets inside the text");
    check(match.begin >= previous_end, "amounts left to right, not overlapping");
    check(match.text == text.substr(match.begin, match.end - match.begin), "amount text is text[begin, end)");
    check(match.ambiguous == !match.problem.empty(), "a refused amount says why, an accepted one has no problem");
    check(!match.ambiguous || match.value == 0, "a refused amount has value 0");
    check(std::isfinite(match.value) && match.value >= 0, "a finite, non-negative value");
    previous_end = match.end;
  }
  return 0;
}
