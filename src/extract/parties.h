// The parties of the agreement: the names after "zwischen" and "und", in the nominative,
// with the acronym the text gives them ("... Soziales (HMSI)").
#pragma once

#include <vector>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

std::vector<Party> find_parties(const DocumentText& lines, const Rules& rules);

}  // namespace agreement_ocr
