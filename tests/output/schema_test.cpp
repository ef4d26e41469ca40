// The published JSON contract: `extract` output validates against schema/agreement.schema.json
// (checked by scripts/validate-json-schema with Debian's python3-jsonschema), and the
// validator does reject a document that breaks the contract. Every scanned sample's output
// is validated where it is made, in the end-to-end test (tests/e2e/samples_test.cpp), so
// that no sample is OCR'd twice; these tests need no OCR.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = AGREEMENT_OCR_SOURCE_DIR;
const std::string kSchema = kSourceDir + "/schema/agreement.schema.json";
const std::string kValidator = kSourceDir + "/scripts/validate-json-schema";
const std::string kPython = "/usr/bin/python3";  // Debian's, which has python3-jsonschema
const std::string kSeedText = kSourceDir + "/samples/zielvereinbarung-2025-wiesbaden.txt";

testing::CommandResult validate(const std::vector<std::string>& files) {
  std::vector<std::string> argv = {kPython, kValidator, kSchema};
  argv.insert(argv.end(), files.begin(), files.end());
  return testing::run_program(argv);
}

std::string describe(const testing::CommandResult& result) {
  return "exit code " + std::to_string(result.exit_code) + "\n" + result.out + result.err;
}

std::vector<std::string> json_files_in(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Extracts `input` into a fresh directory and validates the one JSON file written there.
void expect_extract_output_valid(const std::string& input) {
  const std::string dir = testing::make_temp_dir();
  ASSERT_FALSE(dir.empty());
  const auto extract = testing::run_agreement_ocr({"extract", input, "--out", dir, "--quiet"});
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  const auto files = json_files_in(dir);
  ASSERT_EQ(files.size(), 1u);
  const auto result = validate(files);
  EXPECT_EQ(result.exit_code, 0) << describe(result);
  fs::remove_all(dir);
}

TEST(SchemaOfTextInput, SeedTextOutputValidatesAgainstTheSchema) { expect_extract_output_valid(kSeedText); }

// A real output, completed with contract-shaped empty fields where extraction has not filled
// them in, is valid; each corruption of it is then what the validator reports.
class SchemaValidatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::make_temp_dir();
    ASSERT_FALSE(dir_.empty());
    const auto extract = testing::run_agreement_ocr({"extract", kSeedText, "--quiet"});
    ASSERT_EQ(extract.exit_code, 0) << extract.err;
    document_ = nlohmann::ordered_json::parse(extract.out);
    if (!document_.contains("document")) {
      document_["document"] = {{"type", nullptr}, {"title", nullptr}, {"year", nullptr}, {"reference", nullptr},
                               {"page", nullptr}, {"bbox", nullptr}, {"confidence", 0.0},     {"rule", "none"}};
    }
    for (const char* key : {"parties", "received_stamps", "amounts", "projects", "signatories"}) {
      if (!document_.contains(key)) document_[key] = nlohmann::ordered_json::array();
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const nlohmann::ordered_json& json) {
    const std::string path = dir_ + "/" + name;
    testing::write_file(path, json.dump(2));
    return path;
  }

  std::string dir_;
  nlohmann::ordered_json document_;
};

TEST_F(SchemaValidatorTest, AcceptsTheCompletedOutput) {
  const auto result = validate({write("valid.json", document_)});
  EXPECT_EQ(result.exit_code, 0) << describe(result);
}

TEST_F(SchemaValidatorTest, RejectsARotationThatIsNoQuarterTurn) {
  document_["pages"][0]["rotation"] = 45;
  const auto result = validate({write("rotation.json", document_)});
  EXPECT_EQ(result.exit_code, 1) << describe(result);
  EXPECT_NE(result.out.find("$.pages[0].rotation"), std::string::npos) << describe(result);
}

TEST_F(SchemaValidatorTest, RejectsAMissingSource) {
  document_.erase("source");
  const auto result = validate({write("no-source.json", document_)});
  EXPECT_EQ(result.exit_code, 1) << describe(result);
  EXPECT_NE(result.out.find("'source' is a required property"), std::string::npos) << describe(result);
}

TEST_F(SchemaValidatorTest, RejectsABoxThatIsNotFourPixelCounts) {
  document_["document"]["bbox"] = {12, 40, -3};
  const auto result = validate({write("bbox.json", document_)});
  EXPECT_EQ(result.exit_code, 1) << describe(result);
  EXPECT_NE(result.out.find("$.document.bbox"), std::string::npos) << describe(result);
}

TEST_F(SchemaValidatorTest, OneInvalidFileAmongValidOnesFailsTheRun) {
  const std::string valid = write("valid.json", document_);
  document_["source"]["format"] = "gif";
  const auto result = validate({valid, write("format.json", document_)});
  EXPECT_EQ(result.exit_code, 1) << describe(result);
  EXPECT_NE(result.out.find("$.source.format"), std::string::npos) << describe(result);
}

TEST_F(SchemaValidatorTest, UnreadableInputIsExitCodeTwo) {
  testing::write_file(dir_ + "/truncated.json", "{\"source\": {");
  EXPECT_EQ(validate({dir_ + "/truncated.json"}).exit_code, 2);
  EXPECT_EQ(validate({dir_ + "/missing.json"}).exit_code, 2);
}

}  // namespace
}  // namespace agreement_ocr
