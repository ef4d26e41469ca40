// The bad-input corpus of tests/data/make-bad-inputs, each file alone and all of them in
// one batch, plus the places outputs can fail: a read-only folder, a full disk, a full stdout.
// Every case ends in a result or one clear line with a documented exit code, and no
// half-written file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "batch/input_files.h"
#include "support/run_command.h"
#include "support/sample_files.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::size_t line_count(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

std::vector<std::string> files_below(const std::string& dir) {
  std::vector<std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

class BadInputCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = testing::make_temp_dir();
    const auto made = testing::run_program({"/bin/bash", testing::file_path("tests/data/make-bad-inputs"), dir_ + "/in"});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    std::ifstream list(dir_ + "/in/expected.tsv", std::ios::binary);
    for (std::string line; std::getline(list, line);) {
      const auto tab = line.find('\t');
      expected_[line.substr(tab + 1)] = line.substr(0, tab);
    }
    fs::remove(dir_ + "/in/expected.tsv");
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static std::string dir_;
  static std::map<std::string, std::string> expected_;  // file name -> ok | bad_input | either
};
std::string BadInputCorpus::dir_;
std::map<std::string, std::string> BadInputCorpus::expected_;

TEST_F(BadInputCorpus, EachFileAloneGetsAResultOrOneLineAndExitTwo) {
  ASSERT_GE(expected_.size(), 50u);
  int results = 0, refused = 0;
  for (const auto& [name, outcome] : expected_) {
    const std::string out = dir_ + "/single/" + std::to_string(results + refused);
    const auto run = testing::run_agreement_ocr({"extract", dir_ + "/in/" + name, "--out", out, "-q"});
    ASSERT_TRUE(run.exit_code == 0 || run.exit_code == 2) << name << ": exit " << run.exit_code << " " << run.err;
    if (outcome == "ok") {
      EXPECT_EQ(run.exit_code, 0) << name << ": " << run.err;
    }
    if (outcome == "bad_input") {
      EXPECT_EQ(run.exit_code, 2) << name;
    }
    const Json line = Json::parse(run.out, nullptr, false);
    ASSERT_TRUE(line.is_object()) << name << ": " << run.out;
    if (run.exit_code == 0) {
      ++results;
      EXPECT_TRUE(run.err.empty()) << name << ": " << run.err;
      EXPECT_EQ(line["status"], "ok") << name;
      const auto files = files_below(out);
      ASSERT_EQ(files.size(), 1u) << name;
      std::ifstream written(out + "/" + files[0]);
      const Json output = Json::parse(written, nullptr, false);
      ASSERT_TRUE(output.is_object()) << name;
      EXPECT_GE(output["source"]["pages"].get<int>(), 1) << name;
    } else {
      ++refused;
      EXPECT_EQ(line_count(run.err), 1u) << name << ": " << run.err;
      EXPECT_EQ(run.err.rfind("agreement-ocr: error: ", 0), 0u) << name << ": " << run.err;
      EXPECT_EQ(line["status"], "failed") << name;
      EXPECT_TRUE(files_below(out).empty()) << name;  // nothing half-written
    }
  }
  std::printf("bad-input corpus: %zu files, %d results, %d refused with exit 2\n", expected_.size(), results, refused);
}

TEST_F(BadInputCorpus, AllInOneBatchEveryFileIsReportedAndTheGoodOnesAreDone) {
  const auto run = testing::run_agreement_ocr({"extract", dir_ + "/in", "--out", dir_ + "/batch", "-q", "--jobs", "2"});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  // JSON holds only UTF-8: a file name that is not appears with U+FFFD in its line.
  std::map<std::string, std::string> expected_by_reported_name;
  for (const auto& [name, outcome] : expected_) {
    if (!has_input_extension(name)) continue;  // a folder walk takes only the types it reads
    const std::string as_json = Json(name).dump(-1, ' ', false, Json::error_handler_t::replace);
    expected_by_reported_name[Json::parse(as_json).get<std::string>()] = outcome;
  }
  std::istringstream lines(run.out);
  std::size_t reported = 0, ok = 0, failed = 0;
  for (std::string text; std::getline(lines, text); ++reported) {
    const Json line = Json::parse(text);
    const std::string name = fs::path(line["path"].get<std::string>()).filename().string();
    ASSERT_TRUE(expected_by_reported_name.count(name)) << name;
    if (line["status"] == "ok") ++ok;
    else if (line["status"] == "failed") ++failed;
    else ADD_FAILURE() << text;
    if (expected_by_reported_name[name] == "ok") {
      EXPECT_EQ(line["status"], "ok") << text;
    }
    if (expected_by_reported_name[name] == "bad_input") {
      EXPECT_EQ(line["status"], "failed") << text;
    }
  }
  EXPECT_EQ(reported, expected_by_reported_name.size());
  EXPECT_EQ(line_count(run.err), failed) << run.err;  // one line per failed file
  EXPECT_EQ(files_below(dir_ + "/batch").size(), ok);   // an output for each done file, nothing else
}

TEST(OutputFailures, AReadOnlyOutputFolderIsExitFiveBeforeAnyWork) {
  // As root, permissions do not stop a write; /proc refuses new files to everyone.
  const std::string folder = ::geteuid() == 0 ? "/proc/agreement-ocr-out" : testing::make_temp_dir();
  if (::geteuid() != 0) fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
  const auto run = testing::run_agreement_ocr(
      {"extract", testing::file_path("samples/marburg-biedenkopf-2026.png"), "--out", folder + "/json"});
  EXPECT_EQ(run.exit_code, 5) << run.err;
  EXPECT_EQ(line_count(run.err), 1u) << run.err;
  EXPECT_TRUE(run.out.empty());
  if (::geteuid() != 0) fs::remove_all(folder);
}

TEST(OutputFailures, AFullDiskFailsTheDocumentWithExitFiveAndLeavesNothing) {
  // A 64 KiB file system: the searchable PDF (about 360 KB) does not fit. In a mount
  // namespace of its own when the machine allows it, else under a file-size limit.
  const std::string dir = testing::make_temp_dir();
  const std::string script = R"(out=$1; shift
if unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs "$0"' "$out" 2>/dev/null; then
  unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs "$0" && { "$@"; code=$?; ls -A "$0" | wc -l; exit $code; }' "$out" "$@"
else
  prlimit --fsize=65536 "$@"; code=$?; ls -A "$out" | wc -l; exit $code
fi)";
  const auto run = testing::run_program({"/bin/sh", "-c", script, "sh", dir, AGREEMENT_OCR_BINARY, "extract",
                                         testing::file_path("samples/marburg-biedenkopf-2026.png"), "--out", dir, "--pdf", "-q"});
  EXPECT_EQ(run.exit_code, 5) << run.err;
  EXPECT_NE(run.err.find("agreement-ocr: error: "), std::string::npos) << run.err;
  // The last line printed is the number of files left in the output folder.
  const std::string left = run.out.substr(run.out.rfind('\n', run.out.size() - 2) + 1);
  EXPECT_EQ(left, "0\n") << run.out;
  fs::remove_all(dir);
}

TEST(OutputFailures, AFullStdoutIsExitFive) {
  const auto run = testing::run_program({"/bin/sh", "-c", "exec \"$0\" extract \"$1\" > /dev/full", AGREEMENT_OCR_BINARY,
                                         testing::file_path("samples/zielvereinbarung-2025-wiesbaden.txt")});
  EXPECT_EQ(run.exit_code, 5) << run.err;
  EXPECT_EQ(line_count(run.err), 1u) << run.err;
}

}  // namespace
}  // namespace agreement_ocr
