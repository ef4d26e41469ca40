// Recognising an input's format from its magic bytes.
#include "io/document_format.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace agreement_ocr {
namespace {

bool starts_with(const Bytes& bytes, std::string_view magic) {
  return bytes.size() >= magic.size() && std::memcmp(bytes.data(), magic.data(), magic.size()) == 0;
}

}  // namespace

DocumentFormat detect_format(const Bytes& bytes) {
  using namespace std::string_view_literals;
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n"sv)) return DocumentFormat::kPng;
  if (starts_with(bytes, "\xff\xd8\xff"sv)) return DocumentFormat::kJpeg;
  if (starts_with(bytes, "II*\0"sv) || starts_with(bytes, "MM\0*"sv)) return DocumentFormat::kTiff;
  // PDF readers accept the header anywhere in the first kilobyte (some scanners prepend junk).
  const auto head_end = bytes.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(bytes.size(), 1024));
  constexpr std::string_view kPdfMagic = "%PDF-";
  if (std::search(bytes.begin(), head_end, kPdfMagic.begin(), kPdfMagic.end()) != head_end) {
    return DocumentFormat::kPdf;
  }
  return DocumentFormat::kUnknown;
}

bool has_text_extension(const std::string& path) {
  std::string extension = path.size() >= 4 ? path.substr(path.size() - 4) : "";
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension == ".txt";
}

bool is_utf8_text(const Bytes& bytes) {
  // Well-formed UTF-8 (Unicode 15, table 3-7): no overlong forms, no surrogates, nothing
  // above U+10FFFF; and no NUL, which no text file holds.
  for (std::size_t i = 0; i < bytes.size();) {
    const std::uint8_t lead = bytes[i];
    if (lead == 0) return false;
    if (lead < 0x80) {
      ++i;
      continue;
    }
    int length = 0;
    std::uint8_t low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (i + static_cast<std::size_t>(length) > bytes.size()) return false;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return false;
    for (int k = 2; k < length; ++k)
      if ((bytes[i + static_cast<std::size_t>(k)] & 0xC0) != 0x80) return false;
    i += static_cast<std::size_t>(length);
  }
  return true;
}

std::string_view format_name(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kPdf: return "pdf";
    case DocumentFormat::kTiff: return "tiff";
    case DocumentFormat::kPng: return "png";
    case DocumentFormat::kJpeg: return "jpeg";
    case DocumentFormat::kText: return "text";
    case DocumentFormat::kUnknown: break;
  }
  return "unknown";
}

}  // namespace agreement_ocr
