#include "batch/input_files.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> relatives(const std::vector<InputFile>& inputs) {
  std::vector<std::string> names;
  for (const InputFile& input : inputs) names.push_back(input.relative);
  return names;
}

TEST(CollectInputs, FoldersAreWalkedSortedWithoutHiddenUnsupportedOrOutputEntries) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/in/b/deep");
  fs::create_directories(dir + "/in/.cache");
  fs::create_directories(dir + "/in/out");
  for (const char* name : {"in/z.PDF", "in/a.png", "in/b/deep/c.tif", "in/b/notes.txt", "in/readme.md", "in/.hidden.png",
                           "in/.cache/x.png", "in/out/a.txt"})
    testing::write_file(dir + "/" + name, "x");
  auto inputs = collect_inputs({dir + "/in"}, "", dir + "/in/out");
  ASSERT_TRUE(inputs.ok()) << inputs.status().message();
  EXPECT_EQ(relatives(*inputs), (std::vector<std::string>{"a.png", "b/deep/c.tif", "b/notes.txt", "z.PDF"}));
  EXPECT_EQ((*inputs)[0].path, (fs::path(dir + "/in") / "a.png").string());
  fs::remove_all(dir);
}

// --out equal to an input folder would read this run's outputs as the next run's inputs.
TEST(CollectInputs, AnOutputFolderThatIsAnInputFolderIsAUsageError) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/in");
  testing::write_file(dir + "/in/a.png", "x");
  auto inputs = collect_inputs({dir + "/in"}, "", dir + "/in/.");
  ASSERT_FALSE(inputs.ok());
  EXPECT_EQ(inputs.status().code(), ErrorCode::kUsage);
  EXPECT_NE(inputs.status().message().find("is the input folder"), std::string::npos) << inputs.status().message();
  fs::remove_all(dir);
}

TEST(CollectInputs, ManifestLinesResolveFromTheManifestFolderAndRepeatsAreDropped) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/scans/2025");
  testing::write_file(dir + "/scans/2025/x.pdf", "x");
  testing::write_file(dir + "/list.txt", "# archive box 7\n\nscans/2025/x.pdf\r\n  scans/2025/missing.tiff  \nscans/2025/../2025/x.pdf\n");
  auto inputs = collect_inputs({dir + "/scans/2025/x.pdf"}, dir + "/list.txt", "");
  ASSERT_TRUE(inputs.ok()) << inputs.status().message();
  // The file argument first; the manifest's x.pdf is the same file; a missing file stays
  // in the list, to fail as a document of its own.
  EXPECT_EQ(relatives(*inputs), (std::vector<std::string>{"x.pdf", "scans/2025/missing.tiff"}));
  EXPECT_EQ((*inputs)[1].path, dir + "/scans/2025/missing.tiff");
  fs::remove_all(dir);
}

TEST(CollectInputs, ManifestPathsNeverLeadOutOfTheOutputFolder) {
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/list.txt", "/archive/in/a.pdf\n../../etc/b.pdf\n");
  auto inputs = collect_inputs({}, dir + "/list.txt", "");
  ASSERT_TRUE(inputs.ok());
  EXPECT_EQ(relatives(*inputs), (std::vector<std::string>{"archive/in/a.pdf", "etc/b.pdf"}));
  fs::remove_all(dir);
}

TEST(CollectInputs, ARootNamesEveryInputBelowItTheSameWay) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/in/box-7");
  testing::write_file(dir + "/in/box-7/a.pdf", "x");
  testing::write_file(dir + "/in/box-7/b.pdf", "x");
  testing::write_file(dir + "/failed.txt", dir + "/in/box-7/b.pdf\n");
  auto inputs = collect_inputs({dir + "/in/box-7/a.pdf"}, dir + "/failed.txt", "", dir + "/in");
  ASSERT_TRUE(inputs.ok());
  EXPECT_EQ(relatives(*inputs), (std::vector<std::string>{"box-7/a.pdf", "box-7/b.pdf"}));
  auto walked = collect_inputs({dir + "/in/box-7"}, "", "", dir + "/in");
  ASSERT_TRUE(walked.ok());
  EXPECT_EQ(relatives(*walked), relatives(*inputs));
  fs::remove_all(dir);
}

// Issue #16: a symlinked file below the root was named by its target, outside the tree.
TEST(CollectInputs, ARootNamesSymlinksByWhereTheyStandNotByTheirTarget) {
  const std::string dir = testing::make_temp_dir();
  fs::create_directories(dir + "/in/box-7");
  fs::create_directories(dir + "/elsewhere/box-9");
  testing::write_file(dir + "/in/box-7/a.pdf", "x");
  testing::write_file(dir + "/elsewhere/real.pdf", "x");
  testing::write_file(dir + "/elsewhere/box-9/c.pdf", "x");
  fs::create_symlink(dir + "/elsewhere/real.pdf", dir + "/in/box-7/linked.pdf");
  fs::create_directory_symlink(dir + "/elsewhere/box-9", dir + "/in/box-9");
  auto walked = collect_inputs({dir + "/in/box-7", dir + "/in/box-9/c.pdf"}, "", "", dir + "/in");
  ASSERT_TRUE(walked.ok());
  EXPECT_EQ(relatives(*walked), (std::vector<std::string>{"box-7/a.pdf", "box-7/linked.pdf", "box-9/c.pdf"}));
  // A root given through a symlink of its own still names what lies below its target.
  fs::create_directory_symlink(dir + "/in", dir + "/in-link");
  auto through_link = collect_inputs({dir + "/in/box-7/a.pdf"}, "", "", dir + "/in-link");
  ASSERT_TRUE(through_link.ok());
  EXPECT_EQ(relatives(*through_link), (std::vector<std::string>{"box-7/a.pdf"}));
  fs::remove_all(dir);
}

TEST(CollectInputs, AnUnreadableManifestIsBadInput) {
  auto inputs = collect_inputs({}, "/nonexistent/list.txt", "");
  ASSERT_FALSE(inputs.ok());
  EXPECT_EQ(inputs.status().code(), ErrorCode::kBadInput);
  EXPECT_NE(inputs.status().message().find("/nonexistent/list.txt"), std::string::npos);
}

TEST(CollectInputs, ExtensionsAreMatchedInAnyCase) {
  EXPECT_TRUE(has_input_extension("a/B.JPEG"));
  EXPECT_TRUE(has_input_extension("scan.Tiff"));
  EXPECT_FALSE(has_input_extension("scan.json"));
  EXPECT_FALSE(has_input_extension("pdf"));
}

}  // namespace
}  // namespace agreement_ocr
