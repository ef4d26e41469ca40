// The numbered list of measure types and their projects ("1. Ausbildungsvorbereitung"
// followed by bulleted items), across page breaks, with wrapped lines joined.
#pragma once

#include <vector>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

std::vector<Project> find_projects(const DocumentText& lines, const Rules& rules);

}  // namespace agreement_ocr
