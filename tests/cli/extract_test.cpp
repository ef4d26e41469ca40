// The CLI on a real sample: the JSON contract of `extract`, to stdout and to --out.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/sha256.h"
#include "support/bad_inputs.h"
#include "support/run_command.h"

namespace agreement_ocr {
namespace {

const std::string kSample = std::string(AGREEMENT_OCR_SOURCE_DIR) + "/samples/marburg-biedenkopf-2026.png";

TEST(Extract, WritesTheDocumentJsonToStdout) {
  const auto result = testing::run_agreement_ocr({"extract", kSample});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const auto truth = nlohmann::json::parse(std::ifstream(std::string(AGREEMENT_OCR_SOURCE_DIR) +
                                                         "/samples/marburg-biedenkopf-2026.truth.json"));
  EXPECT_EQ(json["source"]["path"], kSample);
  EXPECT_EQ(json["source"]["sha256"], sha256_hex(testing::file_at("samples/marburg-biedenkopf-2026.png")));
  EXPECT_EQ(json["source"]["format"], "png");
  EXPECT_EQ(json["source"]["pages"], 1);
  ASSERT_EQ(json["pages"].size(), 1u);
  const auto& page = json["pages"][0];
  EXPECT_EQ(page["number"], 1);
  EXPECT_EQ(page["rotation"], truth["pages"][0]["rotation"]);
  EXPECT_NEAR(page["skew_degrees"].get<double>(), truth["pages"][0]["skew_degrees"].get<double>(), 0.3);
  EXPECT_EQ(page["dpi"], truth["dpi"]);  // read from the PNG's pHYs chunk
  EXPECT_GT(page["width"].get<int>(), 0);
  EXPECT_GT(page["height"].get<int>(), 0);
  EXPECT_GT(page["mean_confidence"].get<double>(), 0.5);
  EXPECT_LE(page["mean_confidence"].get<double>(), 1.0);
  EXPECT_NE(page["text"].get<std::string>().find("Staatsministerin"), std::string::npos);
  EXPECT_TRUE(json["warnings"].is_array());
}

TEST(Extract, WithOutWritesOneCompleteFileAndNothingElse) {
  const std::string dir = testing::make_temp_dir();
  const auto result = testing::run_agreement_ocr({"extract", kSample, "--out", dir + "/json", "--quiet"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  const auto line = nlohmann::json::parse(result.out);  // exactly one JSON line
  EXPECT_EQ(line["status"], "ok");
  EXPECT_EQ(line["pages"], 1);
  EXPECT_EQ(line["output"], dir + "/json/marburg-biedenkopf-2026.json");
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir + "/json")) files.push_back(entry.path().filename());
  ASSERT_EQ(files, std::vector<std::string>{"marburg-biedenkopf-2026.json"});
  const auto json = nlohmann::json::parse(std::ifstream(dir + "/json/marburg-biedenkopf-2026.json"));
  EXPECT_EQ(json["source"]["format"], "png");
  std::filesystem::remove_all(dir);
}

TEST(Extract, APageOverTheOcrTimeLimitFailsCleanly) {
  const std::string dir = testing::make_temp_dir();
  const auto result = testing::run_agreement_ocr({"extract", kSample, "--out", dir, "--max-ocr-seconds", "0.05"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find("--max-ocr-seconds"), std::string::npos) << result.err;
  EXPECT_TRUE(std::filesystem::is_empty(dir));
  std::filesystem::remove_all(dir);
}

TEST(Extract, OutputDirectoryThatIsAFileIsExitCodeFive) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/taken", "x");
  const auto result = testing::run_agreement_ocr({"extract", kSample, "--out", dir + "/taken"});
  EXPECT_EQ(result.exit_code, 5) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// A page with ink and no text (a drawing): honest about having read nothing.
TEST(Extract, APageWithInkButNoTextSaysSoWithZeroConfidence) {
  const std::string dir = testing::make_temp_dir();
  cv::Mat drawing(1754, 1240, CV_8UC1, cv::Scalar(255));
  for (int r = 100; r < 600; r += 60) cv::circle(drawing, {620, 877}, r, cv::Scalar(0), 8);
  const std::string path = dir + "/drawing.png";
  cv::imwrite(path, drawing);
  const auto result = testing::run_agreement_ocr({"extract", path});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["pages"][0]["mean_confidence"], 0.0);
  EXPECT_NE(json["warnings"].dump().find("page 1: ink on the page but no text recognised"), std::string::npos)
      << json["warnings"].dump();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr
