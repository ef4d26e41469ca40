// UTF-8 text as Unicode code points, for counting and comparing characters rather than bytes.
#pragma once

#include <string>

namespace agreement_ocr {

constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes `utf8` without failing, as text cut inside a character must still be counted: a
// byte that does not begin a whole sequence becomes one U+FFFD and decoding goes on after it
// (so a cut three-byte character gives two). The byte structure is checked, not every rule:
// the rarer overlong forms and surrogates after a valid lead byte decode as they stand.
std::u32string code_points_of(const std::string& utf8);

// Whether every byte belongs to a whole UTF-8 character (the structure checked as above).
bool is_valid_utf8(const std::string& bytes);

// `bytes` fit for one line of a message: control characters written as \n, \r, \t or \xNN,
// and each byte that begins no whole character as \xNN, so a file name with a newline or
// in another encoding neither breaks the line nor loses its bytes.
std::string printable(const std::string& bytes);

// Letters by code point: ASCII ones and Latin-1/Extended-A/B (U+00C0..U+024F, without × and
// ÷); dashes, quotes, ellipses, € and § are marks, not letters.
int letters_in(const std::string& utf8);

}  // namespace agreement_ocr
