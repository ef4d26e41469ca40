// `agreement-ocr validate` as a clerk runs it: exit codes, the report, a bad reference.
#include <gtest/gtest.h>

#include <map>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/run_command.h"
#include "support/sample_files.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const std::string kScan = "samples/marburg-biedenkopf-2026.png";  // the signature page alone

TEST(Validate, ASignedPageMatchingItsFieldsIsValid) {
  const std::string dir = testing::make_temp_dir();
  // A hand-written reference: only what must hold.
  testing::write_file(dir + "/expect.json", R"({"signatories": [
      {"name": "Miriam Osterhagen", "role": "Staatsministerin"},
      {"name": "Prof. Dr. Jens Kaltenbach", "role": "Landrat"}]})");
  const auto run = testing::run_agreement_ocr(
      {"validate", testing::file_path(kScan), "--expect", dir + "/expect.json", "--overlay", dir + "/overlay"});
  EXPECT_EQ(run.exit_code, 0) << run.err << run.out;
  const Json report = Json::parse(run.out);
  EXPECT_EQ(report["status"], "valid");
  ASSERT_EQ(report["checks"].size(), 4u);  // signature and place/date of each
  for (const Json& check : report["checks"]) {
    EXPECT_TRUE(check["passed"].get<bool>()) << check;
    EXPECT_EQ(check["page"], 1);
    EXPECT_EQ(check["bbox"].size(), 4u);
  }
  EXPECT_NE(run.err.find("VALID"), std::string::npos) << run.err;
  EXPECT_TRUE(fs::exists(dir + "/overlay/marburg-biedenkopf-2026-page-1.png"));
  fs::remove_all(dir);
}

TEST(Validate, AMissingSignatoryAStampAndAnAmountNotThereMakeItInvalid) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/expect.json", R"({"signatories": [{"name": "Erika Mustermann", "role": "Oberbürgermeisterin"}],
      "amounts": [{"value": 1650000, "is_total": true}], "require_received_stamp": true})");
  const auto run = testing::run_agreement_ocr({"validate", testing::file_path(kScan), "--expect", dir + "/expect.json", "-q"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const Json report = Json::parse(run.out);
  EXPECT_EQ(report["status"], "invalid");
  std::vector<std::string> failed;
  for (const Json& check : report["checks"])
    if (!check["passed"].get<bool>()) failed.push_back(check["check"]);
  EXPECT_EQ(failed, (std::vector<std::string>{"signature", "received_stamp", "amount"}));
  EXPECT_TRUE(run.err.empty()) << run.err;  // -q: no summary
  fs::remove_all(dir);
}

TEST(Validate, AnUnreadableOrEmptyReferenceIsExitTwoBeforeAnyOcr) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/broken.json", "{\"signatories\": [");
  testing::write_file(dir + "/empty.json", "{}");
  for (const std::string& reference : {dir + "/broken.json", dir + "/empty.json", dir + "/missing.json"}) {
    const auto run = testing::run_agreement_ocr({"validate", testing::file_path(kScan), "--expect", reference});
    EXPECT_EQ(run.exit_code, 2) << reference << ": " << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_TRUE(run.out.empty());
  }
  const auto no_scan = testing::run_agreement_ocr({"validate", dir + "/none.pdf", "--expect", testing::file_path("samples/zielvereinbarung-2025-wiesbaden.txt")});
  EXPECT_EQ(no_scan.exit_code, 2) << no_scan.err;
  fs::remove_all(dir);
}

// A reference must ask for something, and its numbers must be in range.
TEST(Validate, AReferenceThatAsksForNothingOrHoldsWrongNumbersIsExitTwo) {
  const std::string dir = testing::make_temp_dir();
  const std::map<std::string, std::string> references = {
      {"empty-lists", R"({"signatories":[],"amounts":[],"parties":[],"projects":[]})"},
      {"bare-project", R"({"projects":[{"number":1}]})"},
      {"huge-project-number", R"({"projects":[{"number":99999999999,"category":"A"}]})"},
      {"zero-project-number", R"({"projects":[{"number":0,"category":"A"}]})"},
      {"negative-amount", R"({"amounts":[{"value":-5}]})"},
      {"empty-pages", R"({"pages":[{"text":"  "}]})"},
  };
  for (const auto& [name, text] : references) {
    testing::write_file(dir + "/" + name + ".json", text);
    const auto run = testing::run_agreement_ocr({"validate", testing::file_path(kScan), "--expect", dir + "/" + name + ".json"});
    EXPECT_EQ(run.exit_code, 2) << name << ": " << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << name << ": " << run.err;
    EXPECT_TRUE(run.out.empty()) << name;
  }
  fs::remove_all(dir);
}

// Pictures that cannot be written never cost the verdict.
TEST(Validate, AnUnwritableOverlayFolderIsAWarningAfterTheVerdict) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/expect.json", R"({"signatories": [{"name": "Miriam Osterhagen"}]})");
  testing::write_file(dir + "/a-file", "not a folder");
  const auto run = testing::run_agreement_ocr(
      {"validate", testing::file_path(kScan), "--expect", dir + "/expect.json", "--overlay", dir + "/a-file/overlay"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Json::parse(run.out)["status"], "valid");
  EXPECT_NE(run.err.find("warning"), std::string::npos) << run.err;
  fs::remove_all(dir);
}

// A text has no ink: it cannot stand for the signed copy.
TEST(Validate, ATextAsTheScanIsRefusedWithExitTwo) {
  const auto run = testing::run_agreement_ocr({"validate", testing::file_path("samples/zielvereinbarung-2025-wiesbaden.txt"),
                                               "--expect", testing::file_path("samples/validate/wiesbaden-2025.reference.json")});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("no ink to check"), std::string::npos) << run.err;
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  EXPECT_TRUE(run.out.empty());
}

TEST(Validate, ABadTodayIsAUsageError) {
  for (const std::string today : {"garbage", "2025-02-30", "2025-13-01", "20250101", "2025-+1-01", "+202-01-01"}) {
    const auto run = testing::run_agreement_ocr({"validate", testing::file_path(kScan), "--expect",
                                                 testing::file_path("samples/validate/wiesbaden-2025.reference.json"),
                                                 "--today", today});
    EXPECT_EQ(run.exit_code, 3) << today << ": " << run.err;
  }
}

}  // namespace
}  // namespace agreement_ocr
