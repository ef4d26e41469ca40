// Character error rate for tests.
#include "support/text_distance.h"

#include <algorithm>
#include <cctype>

#include "core/edit_distance.h"
#include "core/utf8.h"

namespace agreement_ocr::testing {

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
  const std::u32string a = code_points_of(collapse_whitespace(found));
  const std::u32string b = code_points_of(collapse_whitespace(truth));
  return static_cast<double>(edit_distance(a, b)) / static_cast<double>(std::max<std::size_t>(1, b.size()));
}

}  // namespace agreement_ocr::testing
