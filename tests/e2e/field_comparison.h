// Comparing extracted fields with a sample's truth fields through `scripts/evaluate --pair`,
// so that the end-to-end tests, scripts/evaluate and scripts/bench-ocr judge a value by the
// same rules (scripts/field_scores.py). Each check is named by a path like
// "signatories/1/date", so a test can say exactly what is wrong.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace agreement_ocr::testing {

struct FieldCheck {
  std::string outcome;  // "right", "wrong" (another value reported) or "absent" (null reported)
  std::string expected;
  std::string found;
};

// path -> check, for every truth field of the sample; an error message instead when the
// evaluation could not run.
struct FieldChecks {
  std::map<std::string, FieldCheck> checks;
  std::string error;
};

FieldChecks evaluate_fields(const std::string& truth_path, const nlohmann::ordered_json& output);

}  // namespace agreement_ocr::testing
