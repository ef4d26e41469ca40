// Amounts. Each line is read together with the start of the next so that "2.812.460" at a
// line's end and "Euro" at the next one's start are one amount; only amounts that begin
// on the line itself are kept. An amount is the total when a total marker ("insgesamt",
// "in Höhe von") stands before it on its line or on the line before it.
#include "extract/amounts.h"

#include "extract/evidence.h"
#include "extract/sections.h"

namespace agreement_ocr {
namespace {

bool has_total_marker(const std::string& text, const Rules& rules) {
  for (const auto& marker : rules.total_markers)
    if (text.find(marker) != std::string::npos) return true;
  return false;
}

}  // namespace

std::vector<Amount> find_amounts(const DocumentText& lines, const Rules& rules, std::vector<std::string>& warnings) {
  std::vector<Amount> amounts;
  const auto sections = sections_of_lines(lines, rules);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i].text;
    const bool next_on_same_page = i + 1 < lines.size() && lines[i + 1].page == lines[i].page;
    const std::string joined = next_on_same_page ? line + " " + lines[i + 1].text.substr(0, 12) : line;
    for (const AmountMatch& match : find_german_amounts(joined, rules.amounts)) {
      if (match.begin >= line.size()) continue;
      if (match.ambiguous) {
        warnings.push_back("page " + std::to_string(lines[i].page) + ": amount \"" + match.text +
                           "\" is ambiguous (" + match.problem + "); not extracted");
        continue;
      }
      Amount amount;
      amount.value = match.value;
      amount.currency = match.currency;
      amount.section = sections[i];
      const std::string before = line.substr(0, match.begin);
      // The line before in reading order, even across a page break ("insgesamt" ending a page).
      amount.is_total = has_total_marker(before, rules) || (i > 0 && has_total_marker(lines[i - 1].text, rules));
      amount.evidence = evidence_of(lines, i, match.end > line.size() ? i + 1 : i, "german-amount", 0.95);
      amount.evidence.text = match.text;
      amounts.push_back(std::move(amount));
    }
  }
  return amounts;
}

}  // namespace agreement_ocr
