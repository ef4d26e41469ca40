// Tests of the confidence calibration: loading the file, refusing a malformed one, mapping raw
// confidences to measured shares, and the shipped file covering the extractors' rules.
#include "extract/confidence_calibration.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace agreement_ocr {
namespace {

std::string written(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

TEST(ConfidenceCalibration, MapsARawConfidenceToItsBandsShare) {
  auto loaded = load_calibration(written("calibration.json", R"({"version": "t1", "rules": {
      "german-amount": [{"below": 0.8, "share_right": 0.9, "values": 10}, {"below": 1.0001, "share_right": 0.99, "values": 90}]}})"));
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const ConfidenceCalibration& calibration = **loaded;
  EXPECT_EQ(calibration.version, "t1");
  EXPECT_DOUBLE_EQ(calibrated_confidence(calibration, "german-amount", 0.5), 0.9);
  EXPECT_DOUBLE_EQ(calibrated_confidence(calibration, "german-amount", 0.8), 0.99);
  EXPECT_DOUBLE_EQ(calibrated_confidence(calibration, "german-amount", 1.0), 0.99);
  // A rule it has not measured keeps its raw confidence.
  EXPECT_DOUBLE_EQ(calibrated_confidence(calibration, "title-line", 0.42), 0.42);

  Fields fields;
  fields.amounts.push_back({});
  fields.amounts[0].evidence = {1, std::nullopt, 0.6, "german-amount", "5 Euro"};
  fields.document.evidence.confidence = 0.0;  // nothing found: no rule, left alone
  calibrate_confidences(fields, calibration);
  EXPECT_DOUBLE_EQ(fields.amounts[0].evidence.confidence, 0.9);
  EXPECT_DOUBLE_EQ(fields.document.evidence.confidence, 0.0);
}

TEST(ConfidenceCalibration, AMalformedFileIsRefusedWithWhatIsWrong) {
  auto loaded = load_calibration(written("falling.json", R"({"version": "t", "rules": {
      "r": [{"below": 0.9, "share_right": 0.9}, {"below": 0.5, "share_right": 0.95}]}})"));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), ErrorCode::kUsage);
  EXPECT_NE(loaded.status().message().find("'r'"), std::string::npos) << loaded.status().message();
  loaded = load_calibration(written("noversion.json", R"({"rules": {}})"));
  EXPECT_FALSE(loaded.ok());
  loaded = load_calibration(::testing::TempDir() + "no-such-calibration.json");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), ErrorCode::kMissingResource);
}

TEST(ConfidenceCalibration, TheShippedFileMeasuredTheExtractorsRules) {
  auto loaded = load_calibration(default_calibration_path());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  for (const char* rule : {"german-amount", "numbered-list", "place-date-name-role", "zwischen-und", "title-line"}) {
    ASSERT_TRUE((*loaded)->rules.count(rule)) << rule;
    for (const ConfidenceBand& band : (*loaded)->rules.at(rule)) EXPECT_GT(band.share_right, 0.5) << rule;
  }
}

}  // namespace
}  // namespace agreement_ocr
