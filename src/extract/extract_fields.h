// The extraction stage: all field extractors over a document's text, in the order their
// results depend on each other (stamps first, so their "AZ:" stays out of the reference).
#pragma once

#include <string>
#include <vector>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

// Whatever is not found is absent or null and noted in `warnings`; nothing is invented.
Fields extract_fields(const DocumentText& text, const Rules& rules, std::vector<std::string>& warnings);

}  // namespace agreement_ocr
