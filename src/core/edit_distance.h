// Levenshtein distance over any two sequences of comparable elements: bytes (std::string),
// code points (std::u32string), words. One row of the table is kept, so memory is linear.
#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace agreement_ocr {

template <typename Sequence>
std::size_t edit_distance(const Sequence& a, const Sequence& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace agreement_ocr
