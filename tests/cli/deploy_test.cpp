// The deployment files as shipped: the systemd unit parses without a complaint from systemd.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

TEST(Deploy, TheSystemdUnitVerifies) {
  const std::string analyze = "/usr/bin/systemd-analyze";
  if (!std::filesystem::exists(analyze)) GTEST_SKIP() << "no " << analyze << " on this machine (Debian package systemd)";
  const std::string source = AGREEMENT_OCR_SOURCE_DIR;
  std::ifstream in(source + "/deploy/systemd/agreement-ocr.service");
  std::ostringstream unit;
  unit << in.rdbuf();
  std::string text = unit.str();
  ASSERT_FALSE(text.empty());
  // verify checks that ExecStart's program exists: point it at this build's binary.
  const std::string shipped = "/opt/agreement-ocr/build/agreement-ocr";
  const auto at = text.find("ExecStart=" + shipped);
  ASSERT_NE(at, std::string::npos);
  text.replace(at + 10, shipped.size(), AGREEMENT_OCR_BINARY);
  const std::string dir = testing::make_temp_dir();
  testing::write_file(dir + "/agreement-ocr.service", text);
  const auto verified = testing::run_program({analyze, "verify", dir + "/agreement-ocr.service"});
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_EQ(verified.err, "") << "systemd ignores a line of the unit";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr
