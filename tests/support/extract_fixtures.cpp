// Shared fixture for the extractor tests.
#include "support/extract_fixtures.h"

#include <cstdio>
#include <cstdlib>

namespace agreement_ocr::testing {

const Rules& default_rules() {
  static const std::shared_ptr<const Rules> loaded = [] {
    auto result = load_rules(default_rules_path());
    if (!result.ok()) {
      std::fprintf(stderr, "cannot load rules: %s\n", result.status().message().c_str());
      std::abort();
    }
    return result.value();
  }();
  return *loaded;
}

}  // namespace agreement_ocr::testing
