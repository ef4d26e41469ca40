// Dispatch from detected format to the loader that reads it.
#include "io/document.h"
#include "io/pdf_document.h"
#include "io/raster_document.h"

namespace agreement_ocr {

Result<std::unique_ptr<Document>> open_document(Bytes bytes, const LoadLimits& limits) {
  if (bytes.empty()) return Status::BadInput("empty file");
  const DocumentFormat format = detect_format(bytes);
  switch (format) {
    case DocumentFormat::kPdf: return open_pdf_document(std::move(bytes), limits);
    case DocumentFormat::kTiff:
    case DocumentFormat::kPng:
    case DocumentFormat::kJpeg: return open_raster_document(std::move(bytes), format, limits);
    case DocumentFormat::kText:
    case DocumentFormat::kUnknown: break;
  }
  return Status::BadInput("unsupported file type (expected PDF, TIFF, PNG or JPEG)");
}

}  // namespace agreement_ocr
