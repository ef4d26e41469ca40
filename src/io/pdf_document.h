// PDF inputs: each page rendered to pixels with poppler-cpp at a fixed resolution.
#pragma once

#include "io/document.h"

namespace agreement_ocr {

Result<std::unique_ptr<Document>> open_pdf_document(Bytes bytes, const LoadLimits& limits);

}  // namespace agreement_ocr
