// Amounts. Each line is read together with the start of the next so that "2.812.460" at a
// line's end and "Euro" at the next one's start are one amount; only amounts that begin
// on the line itself are kept. An amount is the total when a total marker ("insgesamt",
// "in Höhe von", any case) stands between it and the amount before it, or, for a line's
// first amount, after the last amount of the line before.
#include "extract/amounts.h"

#include <algorithm>
#include <cctype>

#include "extract/evidence.h"
#include "extract/sections.h"

namespace agreement_ocr {
namespace {

std::string lower_case(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool has_total_marker(const std::string& text, const Rules& rules) {
  const std::string lower = lower_case(text);
  for (const auto& marker : rules.total_markers)
    if (lower.find(lower_case(marker)) != std::string::npos) return true;
  return false;
}

// The text of a line after its last amount, where a marker for the next line's first
// amount would stand ("... in Höhe von insgesamt" / "2.812.460 Euro").
std::string after_last_amount(const std::string& line, const Rules& rules) {
  const auto found = rules.amount_finder->find(line);
  return found.empty() ? line : line.substr(std::min(found.back().end, line.size()));
}

}  // namespace

std::vector<Amount> find_amounts(const DocumentText& lines, const Rules& rules, std::vector<std::string>& warnings) {
  std::vector<Amount> amounts;
  const auto sections = sections_of_lines(lines, rules);
  const auto headings = section_headings(lines, rules);
  const std::size_t sections_begin = headings.empty() ? lines.size() : headings.front().first;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i].text;
    const bool next_on_same_page = i + 1 < lines.size() && lines[i + 1].page == lines[i].page;
    const std::string joined = next_on_same_page ? line + " " + lines[i + 1].text : line;
    std::size_t previous_end = 0;  // a marker counts for the amount right after it only
    for (const AmountMatch& match : rules.amount_finder->find(joined, next_on_same_page ? line.size() : std::string::npos)) {
      if (match.begin >= line.size()) continue;
      if (match.ambiguous) {
        warnings.push_back("page " + std::to_string(lines[i].page) + ": amount \"" + match.text +
                           "\" is ambiguous (" + match.problem + "); not extracted");
        previous_end = match.end;
        continue;
      }
      Amount amount;
      amount.value = match.value;
      amount.currency = match.currency;
      amount.section = sections[i];
      if (!amount.section && i > 0 && sections_begin <= i) {
        warnings.push_back("page " + std::to_string(lines[i].page) + ": the section of amount \"" + match.text +
                           "\" is unknown (a section heading before it was not read)");
      }
      const std::string before = line.substr(previous_end, match.begin - previous_end);
      // For a line's first amount, also the end of the line before in reading order, even
      // across a page break ("insgesamt" ending a page).
      const bool first_on_line = previous_end == 0;
      amount.is_total = has_total_marker(before, rules) ||
                        (first_on_line && i > 0 && has_total_marker(after_last_amount(lines[i - 1].text, rules), rules));
      amount.evidence = evidence_of(lines, i, match.end > line.size() ? i + 1 : i, "german-amount", 0.95);
      amount.evidence.text = match.text;
      amounts.push_back(std::move(amount));
      previous_end = std::min(match.end, line.size());
    }
  }
  return amounts;
}

}  // namespace agreement_ocr
