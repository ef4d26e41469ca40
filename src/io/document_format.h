// Recognising an input's format from its first bytes, never from its file name.
#pragma once

#include <string>
#include <string_view>

#include "core/file_bytes.h"

namespace agreement_ocr {

enum class DocumentFormat { kPdf, kTiff, kPng, kJpeg, kText, kUnknown };

DocumentFormat detect_format(const Bytes& bytes);

// Plain text (text OCR'd elsewhere, or born digital) is taken only when the name says so:
// a .txt extension, in any case.
bool has_text_extension(const std::string& path);

// Whether the bytes are UTF-8 without NUL bytes, as a .txt input must be.
bool is_utf8_text(const Bytes& bytes);

// "pdf", "tiff", "png", "jpeg", "text" or "unknown": the names used in the JSON output.
std::string_view format_name(DocumentFormat format);

}  // namespace agreement_ocr
