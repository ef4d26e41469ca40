// The parties of the agreement: the names after "zwischen" and "und", in the nominative,
// with the acronym the text gives them ("... Soziales (HMSI)").
#pragma once

#include <string>
#include <vector>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

// A party whose line runs under a received stamp may have lost words there: it is reported
// only when one of `organizations` (the signature blocks') begins with all that is readable
// of it, under that organisation's name; otherwise left out with a warning in `warnings`,
// never reported cut short.
std::vector<Party> find_parties(const DocumentText& lines, const Rules& rules, const std::vector<std::string>& organizations,
                                std::vector<std::string>& warnings);

}  // namespace agreement_ocr
