// Structure-checked decoding, one U+FFFD per byte that begins no whole character.
#include "core/utf8.h"

#include <cctype>
#include <cstdio>
#include <utility>

namespace agreement_ocr {

namespace {

// The character starting at byte `i`: its length in bytes (0 when the byte begins no whole
// character) and its code point.
std::pair<std::size_t, char32_t> sequence_at(const std::string& utf8, std::size_t i) {
  const auto lead = static_cast<unsigned char>(utf8[i]);
  // C0 and C1 would only begin overlong forms of ASCII; past F4 lies beyond Unicode.
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
  bool whole = length > 0 && i + length <= utf8.size();
  char32_t code = length == 1 ? lead : lead & (0x7f >> length);
  for (std::size_t k = 1; whole && k < length; ++k) {
    const auto next = static_cast<unsigned char>(utf8[i + k]);
    whole = (next & 0xC0) == 0x80;
    code = (code << 6) | (next & 0x3f);
  }
  return whole ? std::make_pair(length, code) : std::make_pair(std::size_t{0}, kReplacementCharacter);
}

}  // namespace

std::u32string code_points_of(const std::string& utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto [length, code] = sequence_at(utf8, i);
    out.push_back(code);
    i += length > 0 ? length : 1;
  }
  return out;
}

bool is_valid_utf8(const std::string& bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t length = sequence_at(bytes, i).first;
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string printable(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size());
  char escaped[8];
  for (std::size_t i = 0; i < bytes.size();) {
    const auto [length, code] = sequence_at(bytes, i);
    const bool control = length > 0 && (code < 0x20 || (code >= 0x7F && code < 0xA0));
    if (length > 0 && !control) {
      out.append(bytes, i, length);
      i += length;
      continue;
    }
    if (code == '\n') {
      out += "\\n";
    } else if (code == '\r') {
      out += "\\r";
    } else if (code == '\t') {
      out += "\\t";
    } else {
      // A control character of two bytes (C1) is escaped byte by byte, like a broken one.
      const std::size_t count = length > 0 ? length : 1;
      for (std::size_t k = 0; k < count; ++k) {
        std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(bytes[i + k]));
        out += escaped;
      }
      i += count;
      continue;
    }
    i += length;
  }
  return out;
}

int letters_in(const std::string& utf8) {
  int letters = 0;
  for (const char32_t code : code_points_of(utf8)) {
    const bool letter = code < 0x80 ? std::isalpha(static_cast<int>(code)) != 0
                                    : code >= 0xC0 && code <= 0x24F && code != 0xD7 && code != 0xF7;
    if (letter) ++letters;
  }
  return letters;
}

}  // namespace agreement_ocr
