// The judge itself: scripts/evaluate --pair on a small truth and output whose outcomes are
// known, so that a change to the comparison rules cannot silently pass everything.
#include "e2e/field_comparison.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace agreement_ocr::testing {
namespace {

namespace fs = std::filesystem;

nlohmann::json truth_fields() {
  return nlohmann::json::parse(R"({
    "document": {"type": "Zielvereinbarung", "title": "Zielvereinbarung 2025", "year": 2025, "reference": null},
    "parties": [{"name": "Stadt Kassel", "short_name": null}],
    "received_stamps": [],
    "amounts": [{"value": 2718350, "currency": "EUR", "section": "§ 4", "is_total": true, "page": 2}],
    "projects": [{"number": 1, "category": "Ausbildungsvorbereitung", "items": ["A", "B"], "page": 3}],
    "signatories": [
      {"name": "Heike Hofmann", "title": null, "role": "Staatsministerin", "organization": "HMSI",
       "place": "Wiesbaden", "date": "2025-08-06", "signature_present": true, "page": 4},
      {"name": "Nicole Brandstetter", "title": null, "role": "Stadträtin", "organization": "Stadt Kassel",
       "place": "Kassel", "date": "2024-07-29", "signature_present": true, "page": 4}]})");
}

FieldChecks judged(const nlohmann::ordered_json& output) {
  const fs::path truth_path = fs::temp_directory_path() / ("field-comparison-" + std::to_string(::getpid()) + ".truth.json");
  std::ofstream(truth_path) << nlohmann::json{{"file", "x.pdf"}, {"fields", truth_fields()}}.dump();
  auto checks = evaluate_fields(truth_path.string(), output);
  fs::remove(truth_path);
  return checks;
}

TEST(FieldComparison, RightWrongAbsentAndExtra) {
  const auto output = nlohmann::ordered_json::parse(R"({
    "document": {"type": "Zielvereinbarung", "title": "Zielvereinbarung  2025", "year": 2025, "reference": null},
    "parties": [{"name": "Stadt Kassel", "short_name": null}],
    "received_stamps": [{"date": "2025-08-20", "page": 1}],
    "amounts": [{"value": 2718350.0, "currency": "EUR", "section": "§ 4", "is_total": true, "page": 2}],
    "projects": [{"number": 1, "category": "Ausbildungsvorbereitung", "items": ["B", "C", "D"], "page": 3}],
    "signatories": [
      {"name": "Nicole Brandstetter", "title": null, "role": "Stadträtin", "organization": "Stadt Kassel",
       "place": "Kassel", "date": null, "signature_present": false, "page": 4},
      {"name": "Heike Hofmann", "title": null, "role": "Staatsministerin", "organization": "HMSI",
       "place": "Wiesbaden", "date": "2025-08-09", "signature_present": true, "page": 4}]})");
  const auto result = judged(output);
  ASSERT_TRUE(result.error.empty()) << result.error;
  const auto& checks = result.checks;
  auto outcome = [&](const std::string& path) { return checks.count(path) ? checks.at(path).outcome : "(no check)"; };
  EXPECT_EQ(outcome("document/title"), "right");          // whitespace runs collapse
  EXPECT_EQ(outcome("document/reference"), "right");      // null against null
  EXPECT_EQ(outcome("amounts/0/value"), "right");         // 2718350.0 is 2718350
  EXPECT_EQ(outcome("signatories/0/name"), "right");      // paired by name, not by order
  EXPECT_EQ(outcome("signatories/0/date"), "wrong");      // another date reported
  EXPECT_EQ(outcome("signatories/1/date"), "absent");     // null reported
  EXPECT_EQ(outcome("signatories/1/signature_present"), "wrong");  // a decision, never absent
  EXPECT_EQ(outcome("projects/1/items/0"), "wrong");      // "A" read as "C" or "D"
  EXPECT_EQ(outcome("projects/1/items/1"), "right");
  EXPECT_EQ(outcome("projects/1/items/extra0"), "wrong");  // one item too many
  EXPECT_EQ(outcome("received_stamps/extra0/date"), "wrong");  // a stamp the truth does not have
  EXPECT_EQ(checks.at("signatories/0/date").expected, "2025-08-06");
  EXPECT_EQ(checks.at("signatories/0/date").found, "2025-08-09");
}

TEST(FieldComparison, MissingListsAreAbsentValues) {
  const auto result = judged(nlohmann::ordered_json::object());
  ASSERT_TRUE(result.error.empty()) << result.error;
  EXPECT_EQ(result.checks.at("signatories/1/name").outcome, "absent");
  EXPECT_EQ(result.checks.at("projects/1/items/1").outcome, "absent");
  // A key the output lacks is never right, not even where the truth is null.
  EXPECT_EQ(result.checks.at("document/reference").outcome, "absent");
}

}  // namespace
}  // namespace agreement_ocr::testing
