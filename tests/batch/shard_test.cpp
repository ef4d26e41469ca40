#include "batch/shard.h"

#include <gtest/gtest.h>

#include <vector>

namespace agreement_ocr {
namespace {

TEST(Shard, ParsesKOfN) {
  auto shard = parse_shard("2/5");
  ASSERT_TRUE(shard.ok());
  EXPECT_EQ(shard->index, 2);
  EXPECT_EQ(shard->count, 5);
  for (const char* bad : {"5/5", "-1/3", "1", "1/0", "a/b", "1/2x", "/3", "1/", ""}) {
    auto parsed = parse_shard(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.status().code(), ErrorCode::kUsage) << bad;
    }
  }
}

TEST(Shard, EveryPathFallsInExactlyOneShardAndTheSharesAreEven) {
  constexpr int kShards = 4;
  std::vector<int> sizes(kShards, 0);
  for (int i = 0; i < 4000; ++i) {
    const std::string path = "box-" + std::to_string(i / 100) + "/scan-" + std::to_string(i) + ".pdf";
    int owners = 0;
    for (int k = 0; k < kShards; ++k) {
      if (in_shard(path, {k, kShards})) {
        ++owners;
        ++sizes[static_cast<std::size_t>(k)];
      }
    }
    EXPECT_EQ(owners, 1) << path;
  }
  for (int size : sizes) EXPECT_NEAR(size, 1000, 150);
}

TEST(Shard, TheHashIsFixedAcrossMachines) {
  // Shards of one archive run on different machines and builds: the assignment must never
  // change. Pinned to FNV-1a 64 as computed independently (a.pdf: 0xa27e24b56b97e31c).
  std::vector<int> owners;
  for (const char* path : {"a.pdf", "b/c.tiff", "2025/zielvereinbarung.png"})
    for (int k = 0; k < 7; ++k)
      if (in_shard(path, {k, 7})) owners.push_back(k);
  EXPECT_EQ(owners, (std::vector<int>{3, 1, 4}));
}

}  // namespace
}  // namespace agreement_ocr
