// Recognising an input's format from its first bytes, never from its file name.
#pragma once

#include <string>
#include <string_view>

#include "core/file_bytes.h"

namespace agreement_ocr {

enum class DocumentFormat { kPdf, kTiff, kPng, kJpeg, kText, kUnknown };

DocumentFormat detect_format(const Bytes& bytes);

// Plain text is taken only when the name says so (.txt) and the bytes are UTF-8 without
// NUL bytes: text OCR'd elsewhere or born digital.
bool is_plain_text(const std::string& path, const Bytes& bytes);

// "pdf", "tiff", "png", "jpeg", "text" or "unknown": the names used in the JSON output.
std::string_view format_name(DocumentFormat format);

}  // namespace agreement_ocr
