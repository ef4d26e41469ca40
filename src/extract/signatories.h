// Signature blocks: "<Ort>, den <Datum>", room for the signature, then the printed name
// (with its academic title, in whichever order OCR scrambled it), the role and the
// organisation. Blocks side by side arrive already split into columns by the OCR stage.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

// The role a line starts with ("Staatsministerin", "Oberbürgermeister"), from the rules'
// list, as a whole word.
std::optional<std::string> role_of(const std::string& text, const Rules& rules);

// `signature_present` is left unknown here: text has no ink to judge; for scans the ink
// check (signature_ink.h) decides it, looking in `signature_area`.
// The signing date is voted among the handwriting readings of the date line
// (signing_date_vote.h), with `expected_year` the agreement's year.
std::vector<Signatory> find_signatories(const DocumentText& lines, const Rules& rules,
                                        std::optional<int> expected_year, std::vector<std::string>& warnings);

}  // namespace agreement_ocr
