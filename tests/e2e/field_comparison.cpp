// Field comparison. Strings are compared with whitespace collapsed; amounts as numbers.
#include "e2e/field_comparison.h"

#include "support/text_distance.h"

namespace agreement_ocr::testing {
namespace {

std::string shown(const nlohmann::json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

bool same(const nlohmann::json& expected, const nlohmann::json& found) {
  if (expected.is_string() && found.is_string()) {
    return collapse_whitespace(expected.get<std::string>()) == collapse_whitespace(found.get<std::string>());
  }
  if (expected.is_number() && found.is_number()) return std::abs(expected.get<double>() - found.get<double>()) < 0.005;
  if (expected.is_array() && found.is_array()) {
    if (expected.size() != found.size()) return false;
    for (std::size_t i = 0; i < expected.size(); ++i)
      if (!same(expected[i], found[i])) return false;
    return true;
  }
  return expected == found;
}

class Comparer {
 public:
  Comparer(std::map<std::string, bool>& results, FieldMismatches& mismatches)
      : results_(results), mismatches_(mismatches) {}

  void field(const std::string& path, const nlohmann::json& expected, const nlohmann::json& found) {
    const bool ok = same(expected, found);
    results_[path] = ok;
    if (!ok) mismatches_[path] = {shown(expected), shown(found)};
  }

  // Compares the listed keys of each truth element with the element at the same index.
  void list(const std::string& name, const nlohmann::json& expected, const nlohmann::json& found,
            const std::vector<std::string>& keys) {
    field(name + "/count", expected.size(), found.is_array() ? found.size() : 0);
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const nlohmann::json element = found.is_array() && i < found.size() ? found[i] : nlohmann::json::object();
      for (const auto& key : keys) {
        field(name + "/" + std::to_string(i) + "/" + key, expected[i].value(key, nlohmann::json()),
              element.value(key, nlohmann::json()));
      }
    }
  }

 private:
  std::map<std::string, bool>& results_;
  FieldMismatches& mismatches_;
};

}  // namespace

std::map<std::string, bool> compare_fields(const nlohmann::json& truth_fields, const nlohmann::ordered_json& output,
                                           FieldMismatches& mismatches) {
  std::map<std::string, bool> results;
  Comparer compare(results, mismatches);
  const auto found = nlohmann::json::parse(output.dump());
  const auto document = found.value("document", nlohmann::json::object());
  for (const char* key : {"type", "title", "year", "reference"}) {
    compare.field(std::string("document/") + key, truth_fields["document"][key], document.value(key, nlohmann::json()));
  }
  compare.list("parties", truth_fields["parties"], found.value("parties", nlohmann::json()), {"name", "short_name"});
  compare.list("received_stamps", truth_fields["received_stamps"], found.value("received_stamps", nlohmann::json()),
               {"date", "page"});
  compare.list("amounts", truth_fields["amounts"], found.value("amounts", nlohmann::json()),
               {"value", "currency", "section", "is_total", "page"});
  compare.list("projects", truth_fields["projects"], found.value("projects", nlohmann::json()),
               {"number", "category", "items", "page"});
  compare.list("signatories", truth_fields["signatories"], found.value("signatories", nlohmann::json()),
               {"name", "title", "role", "organization", "place", "date", "signature_present", "page"});
  return results;
}

}  // namespace agreement_ocr::testing
