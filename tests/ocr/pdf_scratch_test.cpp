// Issue #16: a run killed with SIGKILL left its PDF scratch folder in $TMPDIR for good.
#include "ocr/pdf_scratch.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;

// The pid of a process that has ended and been reaped.
pid_t ended_process() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

TEST(PdfScratch, TheFolderNamesItsProcess) {
  const std::string scratch = make_pdf_scratch();
  ASSERT_FALSE(scratch.empty());
  EXPECT_TRUE(fs::is_directory(scratch));
  EXPECT_EQ(fs::path(scratch).filename().string().rfind("agreement-ocr-pdf-" + std::to_string(::getpid()) + "-", 0), 0u)
      << scratch;
  fs::remove_all(scratch);
}

TEST(PdfScratch, OnlyFoldersOfEndedProcessesAreRemoved) {
  const std::string dir = testing::make_temp_dir();
  const std::string dead = dir + "/agreement-ocr-pdf-" + std::to_string(ended_process()) + "-a1b2c3";
  const std::string own = dir + "/agreement-ocr-pdf-" + std::to_string(::getpid()) + "-d4e5f6";
  const std::string living = dir + "/agreement-ocr-pdf-" + std::to_string(::getppid()) + "-g7h8i9";
  const std::string old_style = dir + "/agreement-ocr-pdf-Xy12ab";
  const std::string other = dir + "/lept.12345";
  for (const std::string& folder : {dead, own, living, old_style, other}) fs::create_directories(folder);
  testing::write_file(dead + "/page.pdf", "%PDF-1.5");
  EXPECT_EQ(remove_abandoned_pdf_scratch(dir), 1);
  EXPECT_FALSE(fs::exists(dead));
  for (const std::string& folder : {own, living, old_style, other}) EXPECT_TRUE(fs::exists(folder)) << folder;
  EXPECT_EQ(remove_abandoned_pdf_scratch(dir), 0);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr
