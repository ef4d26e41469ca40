// Evidence from a run of lines: the page of the first, the union of their boxes, the
// weakest OCR confidence scaled by how sure the rule is.
#pragma once

#include <cstddef>

#include "extract/document_text.h"
#include "extract/fields.h"

namespace agreement_ocr {

Evidence evidence_of(const DocumentText& lines, std::size_t first, std::size_t last, const std::string& rule,
                     double rule_confidence);

}  // namespace agreement_ocr
