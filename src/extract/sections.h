// Section headings ("§ 4", and OCR's readings of § as $, S, 8 or 5 before a number at the
// start of a line): which section each line of the document belongs to.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/document_text.h"
#include "extract/rules.h"

namespace agreement_ocr {

// For every line, the section it stands in ("§ 4"); none before the first heading, and none
// between two headings whose numbers skip one (3, then 5: § 4 was lost, and whether a line
// there is in § 3 or § 4 cannot be known; precision first). A
// heading is a line of its own: the number alone or with a capitalised title, so a
// reference in running text ("... die in § 5 vereinbarten Ziele") is not one.
// A heading counts only when its number follows the previous one (1, 2, 3 ...; up to two
// lost headings skipped), which keeps OCR's "8" and "5" for "§" from turning ordinary
// numbered lines into sections.
std::vector<std::optional<std::string>> sections_of_lines(const DocumentText& lines, const Rules& rules);

// The indices of the heading lines sections_of_lines goes by, with their numbers.
std::vector<std::pair<std::size_t, int>> section_headings(const DocumentText& lines, const Rules& rules);

// The number of a garbled heading as digits: digits as read, and the letters OCR reads for
// a bold heading's 1 (i, l, I, ı, |) and 4 (a, A) as those digits; empty when anything else
// stands in it.
std::string section_number_digits(const std::string& read);

// Puts back the "§" OCR read as 8, 5, S, s, g, $ or & at the start of a heading line ("82"
// for "§ 2", "sa" for "§ 4"), in its words and text. Returns whether the line changed.
bool restore_section_sign(OcrLine& line, int number);

}  // namespace agreement_ocr
