// End to end on the committed samples: each scan is loaded, turned upright, deskewed and
// OCR'd, and every page is checked against the sample's truth file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "pipeline.h"
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

std::vector<std::string> truth_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(AGREEMENT_OCR_SOURCE_DIR) / "samples")) {
    if (entry.path().string().ends_with(".truth.json")) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class SampleTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    auto model = locate_model("fast");
    ASSERT_TRUE(model.ok()) << model.status().message();
    auto created = OcrEngine::create(*model);
    ASSERT_TRUE(created.ok()) << created.status().message();
    engine_ = std::move(*created);
  }
  static void TearDownTestSuite() { engine_.reset(); }
  static std::unique_ptr<OcrEngine> engine_;
};
std::unique_ptr<OcrEngine> SampleTest::engine_;

TEST_P(SampleTest, EveryPageUprightDeskewedAndRead) {
  ASSERT_TRUE(engine_);
  const nlohmann::json truth = nlohmann::json::parse(std::ifstream(GetParam()));
  const std::string scan = (fs::path(GetParam()).parent_path() / truth["file"].get<std::string>()).string();
  auto document = process_document(scan, *engine_, {});
  ASSERT_TRUE(document.ok()) << document.status().message();
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

INSTANTIATE_TEST_SUITE_P(Samples, SampleTest, ::testing::ValuesIn(truth_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = fs::path(info.param).filename().string();
                           name = name.substr(0, name.find('.'));
                           std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                           return name;
                         });

}  // namespace
}  // namespace agreement_ocr
