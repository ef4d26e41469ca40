// The document's type, title, year and file reference.
#pragma once

#include <set>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

// `stamp_lines`: indices of lines inside a received stamp, whose "AZ:" is not the document's.
DocumentInfo find_document_info(const DocumentText& lines, const Rules& rules, const std::set<std::size_t>& stamp_lines);

}  // namespace agreement_ocr
