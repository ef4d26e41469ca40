#include "validate/text_similarity.h"

#include <algorithm>
#include <vector>

namespace agreement_ocr {
namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

double similarity(const std::string& a, const std::string& b) {
  const std::size_t longest = std::max(a.size(), b.size());
  return longest == 0 ? 1.0 : 1.0 - static_cast<double>(edit_distance(a, b)) / static_cast<double>(longest);
}

}  // namespace agreement_ocr
