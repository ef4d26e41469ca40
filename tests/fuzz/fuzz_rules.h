// The project's default rules (models/rules/agreement.rules.json) for the fuzz targets,
// loaded and compiled once per process: compiling them per input would be all the fuzzer did.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "extract/rules.h"

namespace agreement_ocr::fuzz {

inline const Rules& default_rules() {
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

// Stops the run with a crash the fuzzer records when a documented promise is broken.
inline void check(bool promise_kept, const char* what) {
  if (promise_kept) return;
  std::fprintf(stderr, "broken promise: %s\n", what);
  std::abort();
}

}  // namespace agreement_ocr::fuzz
