// PNG, JPEG and (multi-page) TIFF inputs, decoded with Leptonica, which also reads the
// resolution each file states.
#pragma once

#include "io/document.h"

namespace agreement_ocr {

Result<std::unique_ptr<Document>> open_raster_document(Bytes bytes, DocumentFormat format,
                                                       const LoadLimits& limits);

}  // namespace agreement_ocr
