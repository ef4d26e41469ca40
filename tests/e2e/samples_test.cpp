// End to end on the committed samples: each scan is loaded, turned upright, deskewed and
// OCR'd once; every page and field is checked against the sample's truth file, and the
// output against the published JSON Schema.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <nlohmann/json.hpp>

#include "e2e/field_comparison.h"
#include "output/json_output.h"
#include "ocr/engine_set.h"
#include "pipeline.h"
#include "support/run_command.h"
#include "support/sample_files.h"
#include "support/text_distance.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;

// Body pages hold only printed text. Cover and signature pages also carry a rotated
// coloured stamp, a wordmark and handwritten dates (all in the truth text) and signature
// scribbles (not text), which the page OCR reads less well: their bound is looser.
constexpr double kMaxBodyCer = 0.03;
constexpr double kMaxOtherCer = 0.10;
constexpr double kMaxSkewError = 0.3;

class SampleTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    auto created = create_engine_set("fast");
    ASSERT_TRUE(created.ok()) << created.status().message();
    engines_ = std::move(*created);
    auto rules = load_rules(default_rules_path());
    ASSERT_TRUE(rules.ok()) << rules.status().message();
    options_.rules = *rules;
  }
  static void TearDownTestSuite() { engines_ = {}; }

  // Runs the pipeline once per sample; both tests of a sample share the result.
  static const DocumentResult& result_for(const std::string& truth_path) {
    static std::map<std::string, DocumentResult> results;
    if (!results.count(truth_path)) {
      auto document = process_document(testing::scan_of(truth_path), &engines_, options_);
      EXPECT_TRUE(document.ok()) << document.status().message();
      results[truth_path] = document.ok() ? std::move(*document) : DocumentResult{};
    }
    return results[truth_path];
  }

  static EngineSet engines_;
  static PipelineOptions options_;
};
EngineSet SampleTest::engines_;
PipelineOptions SampleTest::options_;

TEST_P(SampleTest, EveryPageUprightDeskewedAndRead) {
  ASSERT_TRUE(engines_.page);
  const nlohmann::json truth = nlohmann::json::parse(std::ifstream(GetParam()));
  const DocumentResult* document = &result_for(GetParam());
  EXPECT_EQ(format_name(document->format), truth["format"].get<std::string>());
  ASSERT_EQ(document->pages.size(), truth["pages"].size());
  for (std::size_t i = 0; i < document->pages.size(); ++i) {
    const PageResult& page = document->pages[i];
    const nlohmann::json& expected = truth["pages"][i];
    SCOPED_TRACE(truth["file"].get<std::string>() + " page " + std::to_string(page.number));
    EXPECT_EQ(page.transform.rotation, expected["rotation"].get<int>());
    EXPECT_NEAR(page.transform.skew_degrees, expected["skew_degrees"].get<double>(), kMaxSkewError);
    const double cer = testing::character_error_rate(page.ocr.text, expected["text"].get<std::string>());
    EXPECT_LE(cer, expected["kind"] == "body" ? kMaxBodyCer : kMaxOtherCer);
    EXPECT_FALSE(page.ocr.lines.empty());
  }
}

// Every truth field, judged by scripts/evaluate, except the gaps listed in known_gaps.json with
// their reason; a listed gap that starts to pass fails too, so the list only ever shrinks and
// stays true, and a listed gap must be an absent value, not a wrong one.
TEST_P(SampleTest, EveryTruthFieldExtracted) {
  ASSERT_TRUE(engines_.page);
  const nlohmann::json truth = nlohmann::json::parse(std::ifstream(GetParam()));
  const nlohmann::json all_gaps =
      nlohmann::json::parse(std::ifstream(fs::path(AGREEMENT_OCR_SOURCE_DIR) / "tests/e2e/known_gaps.json"));
  const std::string sample = truth["file"].get<std::string>();
  const nlohmann::json gaps = all_gaps.value(sample, nlohmann::json::object());
  const auto output = document_to_json(result_for(GetParam()), {"fast", ""});
  const auto evaluated = testing::evaluate_fields(GetParam(), output);
  ASSERT_TRUE(evaluated.error.empty()) << evaluated.error;
  ASSERT_FALSE(evaluated.checks.empty());
  for (const auto& [path, check] : evaluated.checks) {
    if (gaps.contains(path)) {
      EXPECT_NE(check.outcome, "right") << sample << " " << path << " now matches: remove it from tests/e2e/known_gaps.json";
      // A known gap is a value left out with a warning, never a wrong one (precision first).
      EXPECT_EQ(check.outcome, "absent") << sample << " " << path << ": expected " << check.expected << ", found "
                                         << check.found;
    } else if (check.outcome != "right") {
      ADD_FAILURE() << sample << " " << path << " " << check.outcome << ": expected " << check.expected
                    << ", found " << check.found;
    }
  }
  for (const auto& [path, reason] : gaps.items()) {
    EXPECT_TRUE(evaluated.checks.count(path)) << sample << ": known gap " << path << " is no field of the truth";
  }
}

// The published JSON contract, on the output this test made (see tests/output/schema_test.cpp
// for the validator's own tests).
TEST_P(SampleTest, OutputValidatesAgainstTheSchema) {
  ASSERT_TRUE(engines_.page);
  const std::string dir = testing::make_temp_dir();
  const std::string output = dir + "/" + fs::path(GetParam()).stem().stem().string() + ".json";
  testing::write_file(output, document_to_json(result_for(GetParam()), {"fast", ""}).dump(2));
  const std::string source = AGREEMENT_OCR_SOURCE_DIR;
  const auto checked = testing::run_program(
      {"/usr/bin/python3", source + "/scripts/validate-json-schema", source + "/schema/agreement.schema.json", output});
  EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleTest, ::testing::ValuesIn(testing::sample_truth_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = fs::path(info.param).filename().string();
                           name = name.substr(0, name.find('.'));
                           std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                           return name;
                         });

}  // namespace
}  // namespace agreement_ocr
