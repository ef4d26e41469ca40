// Comparing extracted fields with a sample's truth fields, field by field, as paths like
// "signatories/1/date", so a test can name exactly what is wrong.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace agreement_ocr::testing {

// path -> (expected, found) for every truth field the output does not match.
using FieldMismatches = std::map<std::string, std::pair<std::string, std::string>>;

// Every path compared, with whether it matched.
std::map<std::string, bool> compare_fields(const nlohmann::json& truth_fields, const nlohmann::ordered_json& output,
                                           FieldMismatches& mismatches);

}  // namespace agreement_ocr::testing
