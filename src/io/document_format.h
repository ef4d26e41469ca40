// Recognising an input's format from its first bytes, never from its file name.
#pragma once

#include <string_view>

#include "core/file_bytes.h"

namespace agreement_ocr {

enum class DocumentFormat { kPdf, kTiff, kPng, kJpeg, kUnknown };

DocumentFormat detect_format(const Bytes& bytes);

// "pdf", "tiff", "png", "jpeg" or "unknown": the names used in the JSON output.
std::string_view format_name(DocumentFormat format);

}  // namespace agreement_ocr
