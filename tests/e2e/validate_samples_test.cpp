// End to end on the validation samples (samples/validate/, scripts/make-samples --validate):
// every returned copy is judged as its truth says, and each planted problem is reported by
// the check meant to find it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "support/run_command.h"
#include "support/sample_files.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Cases the validator still gets wrong, with why; the test fails when one starts to pass,
// so the list cannot go stale.
const std::map<std::string, std::string> kKnownWrong = {};

// The check whose failure stands for each kind of planted problem.
bool reported(const Json& report, const std::string& kind) {
  for (const Json& check : report["checks"]) {
    if (check["passed"].get<bool>()) continue;
    const std::string name = check["check"], subject = check["subject"];
    if (kind == "signature_missing" && name == "signature") return true;
    if (kind == "stamp_missing" && name == "received_stamp") return true;
    if (kind == "amount_changed" && (name == "amount" || subject == "number_changed")) return true;
    if (kind == "project_removed" && name == "project") return true;
    if (kind == "line_added" && subject == "words_added") return true;
    if (kind == "page_missing" && subject == "page_missing") return true;
  }
  return false;
}

std::vector<std::string> cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(testing::file_path("samples/validate"))) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 12 && name.substr(name.size() - 12) == ".expect.json") names.push_back(name.substr(0, name.size() - 12));
  }
  std::sort(names.begin(), names.end());
  return names;
}

class ValidateSample : public ::testing::TestWithParam<std::string> {};

TEST_P(ValidateSample, JudgedAsItsTruthSays) {
  const std::string dir = testing::file_path("samples/validate") + "/";
  const Json truth = Json::parse(std::ifstream(dir + GetParam() + ".expect.json"));
  const auto run = testing::run_agreement_ocr({"validate", dir + truth["scan"].get<std::string>(), "--expect",
                                               dir + truth["reference"].get<std::string>(), "--expect",
                                               dir + truth["reference_text"].get<std::string>(), "--today", "2026-11-25", "-q"});
  ASSERT_TRUE(run.exit_code == 0 || run.exit_code == 1) << run.err;
  const Json report = Json::parse(run.out);
  const bool judged_valid = report["status"] == "valid";
  EXPECT_EQ(run.exit_code == 0, judged_valid);
  const bool right = judged_valid == truth["valid"].get<bool>();
  if (kKnownWrong.count(GetParam())) {
    EXPECT_FALSE(right) << GetParam() << " is judged right now: remove it from kKnownWrong";
    return;
  }
  EXPECT_TRUE(right) << report["checks"].dump(1);
  for (const Json& problem : truth["problems"])
    EXPECT_TRUE(reported(report, problem["kind"])) << problem["kind"] << " not reported: " << report["checks"].dump(1);
}

INSTANTIATE_TEST_SUITE_P(Samples, ValidateSample, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace agreement_ocr
