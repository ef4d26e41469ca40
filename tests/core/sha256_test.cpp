#include "core/sha256.h"

#include <gtest/gtest.h>

#include "support/bad_inputs.h"
#include "support/run_command.h"

namespace agreement_ocr {
namespace {

// The hash read in pieces is the hash of the whole: over several pieces of 1 MiB and a rest.
TEST(Sha256, AFileReadInPiecesHashesAsItsBytes) {
  const std::string dir = testing::make_temp_dir();
  const Bytes bytes = testing::random_bytes((std::size_t{5} << 20) + 123);
  testing::write_file(dir + "/noise.bin", std::string(bytes.begin(), bytes.end()));
  const auto hash = sha256_of_file(dir + "/noise.bin");
  ASSERT_TRUE(hash.ok()) << hash.status().message();
  EXPECT_EQ(hash.value(), sha256_hex(bytes));
  testing::write_file(dir + "/empty.bin", "");
  EXPECT_EQ(sha256_of_file(dir + "/empty.bin").value(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, AMissingFileIsBadInput) {
  EXPECT_EQ(sha256_of_file("/nonexistent/file").status().code(), ErrorCode::kBadInput);
}

}  // namespace
}  // namespace agreement_ocr
