#include "cli/freed_page_memory.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdlib>
#include <vector>

namespace agreement_ocr {
namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;

// A page-sized buffer, written to as a decoded page is.
std::vector<unsigned char> page_buffer(std::size_t bytes) { return std::vector<unsigned char>(bytes, 200); }

#ifdef AGREEMENT_OCR_WITH_JEMALLOC

// The sizes below are over jemalloc's default oversize threshold (8 MiB), which MALLOC_CONF
// could move.
TEST(FreedPageMemory, KeepsFreedPageBuffersForTheNextPage) {
  if (std::getenv("MALLOC_CONF")) GTEST_SKIP() << "MALLOC_CONF is set: the sizes assume jemalloc's defaults";
  const FreedPageMemory memory = FreedPageMemory::keep(64 * kMiB);
  ASSERT_TRUE(memory.active());
  memory.trim();
  const std::size_t before = memory.kept_bytes();
  {
    const auto page = page_buffer(24 * kMiB);
    ASSERT_EQ(page.back(), 200);
  }
  EXPECT_GE(memory.kept_bytes(), before + 24 * kMiB);
  memory.trim();  // under the cap: kept
  EXPECT_GE(memory.kept_bytes(), before + 24 * kMiB);
}

TEST(FreedPageMemory, GivesBackWhatIsOverTheCap) {
  if (std::getenv("MALLOC_CONF")) GTEST_SKIP() << "MALLOC_CONF is set: the sizes assume jemalloc's defaults";
  const FreedPageMemory memory = FreedPageMemory::keep(64 * kMiB);
  ASSERT_TRUE(memory.active());
  {
    std::vector<std::vector<unsigned char>> pages;
    for (int i = 0; i < 4; ++i) pages.push_back(page_buffer(30 * kMiB));
    ASSERT_EQ(pages.back().back(), 200);
  }
  EXPECT_GT(memory.kept_bytes(), 64 * kMiB);
  memory.trim();
  EXPECT_EQ(memory.kept_bytes(), 0u);
}

#else

TEST(FreedPageMemory, DoesNothingWithoutJemalloc) {
  const FreedPageMemory memory = FreedPageMemory::keep(64 * kMiB);
  EXPECT_FALSE(memory.active());
  { ASSERT_EQ(page_buffer(24 * kMiB).back(), 200); }
  memory.trim();
  EXPECT_EQ(memory.kept_bytes(), 0u);
}

#endif

}  // namespace
}  // namespace agreement_ocr
