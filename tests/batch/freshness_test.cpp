#include "batch/freshness.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

using Json = nlohmann::ordered_json;

const Json kGenerator = {{"name", "agreement-ocr"}, {"version", "0.1.0"}, {"ocr_model", "fast"}, {"rules_version", "3"}};

class FreshnessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::make_temp_dir();
    Json output = {{"source", {{"sha256", "abc"}, {"pages", 4}}}, {"generator", kGenerator}};
    testing::write_file(json_path(), output.dump());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string json_path() const { return dir_ + "/doc.json"; }
  std::string dir_;
};

TEST_F(FreshnessTest, SameInputAndGeneratorIsCurrent) {
  EXPECT_EQ(current_output_pages(json_path(), "abc", kGenerator, {}), 4);
}

TEST_F(FreshnessTest, ChangedInputModelOrRulesIsNot) {
  EXPECT_EQ(current_output_pages(json_path(), "abd", kGenerator, {}), -1);
  Json other_model = kGenerator;
  other_model["ocr_model"] = "best_int";
  EXPECT_EQ(current_output_pages(json_path(), "abc", other_model, {}), -1);
  Json other_rules = kGenerator;
  other_rules["rules_version"] = "4";
  EXPECT_EQ(current_output_pages(json_path(), "abc", other_rules, {}), -1);
}

TEST_F(FreshnessTest, AMissingArchiveFileIsNot) {
  EXPECT_EQ(current_output_pages(json_path(), "abc", kGenerator, {dir_ + "/doc.pdf"}), -1);
  testing::write_file(dir_ + "/doc.pdf", "%PDF");
  EXPECT_EQ(current_output_pages(json_path(), "abc", kGenerator, {dir_ + "/doc.pdf"}), 4);
}

TEST_F(FreshnessTest, MissingOrDamagedJsonIsNot) {
  EXPECT_EQ(current_output_pages(dir_ + "/none.json", "abc", kGenerator, {}), -1);
  testing::write_file(json_path(), "{\"source\": {\"sha256\": \"abc\"");
  EXPECT_EQ(current_output_pages(json_path(), "abc", kGenerator, {}), -1);
  testing::write_file(json_path(), "[1, 2]");
  EXPECT_EQ(current_output_pages(json_path(), "abc", kGenerator, {}), -1);
}

}  // namespace
}  // namespace agreement_ocr
