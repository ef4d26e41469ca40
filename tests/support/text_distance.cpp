// Character error rate for tests.
#include "support/text_distance.h"

#include <algorithm>
#include <cctype>

#include "core/edit_distance.h"

namespace agreement_ocr::testing {

std::u32string utf8_to_code_points(const std::string& utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 1;
    char32_t code = length == 1 ? lead : lead & (0x7f >> length);
    for (int k = 1; k < length && i + k < utf8.size(); ++k) code = (code << 6) | (utf8[i + k] & 0x3f);
    out.push_back(code);
    i += static_cast<std::size_t>(length);
  }
  return out;
}

std::string collapse_whitespace(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double character_error_rate(const std::string& found, const std::string& truth) {
  const std::u32string a = utf8_to_code_points(collapse_whitespace(found));
  const std::u32string b = utf8_to_code_points(collapse_whitespace(truth));
  return static_cast<double>(edit_distance(a, b)) / static_cast<double>(std::max<std::size_t>(1, b.size()));
}

}  // namespace agreement_ocr::testing
