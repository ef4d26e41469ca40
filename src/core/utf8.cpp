// Structure-checked decoding, one U+FFFD per byte that begins no whole character.
#include "core/utf8.h"

#include <cctype>

namespace agreement_ocr {

std::u32string code_points_of(const std::string& utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
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
    if (whole) {
      out.push_back(code);
      i += length;
    } else {
      out.push_back(kReplacementCharacter);
      ++i;
    }
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
