#include "validate/text_similarity.h"

#include <algorithm>

#include "core/edit_distance.h"

namespace agreement_ocr {

double similarity(const std::string& a, const std::string& b) {
  const std::size_t longest = std::max(a.size(), b.size());
  return longest == 0 ? 1.0 : 1.0 - static_cast<double>(edit_distance(a, b)) / static_cast<double>(longest);
}

}  // namespace agreement_ocr
