#include "batch/memory_budget.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace agreement_ocr {
namespace {

TEST(MemoryBudget, APageBiggerThanTheWholeBudgetFailsAtOnce) {
  MemoryBudget budget(100);
  const Status status = budget.acquire(101, nullptr);
  EXPECT_EQ(status.code(), ErrorCode::kBadInput);
  EXPECT_NE(status.message().find("--max-memory"), std::string::npos);
}

TEST(MemoryBudget, PagesThatDoNotFitTogetherWaitForEachOther) {
  MemoryBudget budget(100);
  ASSERT_TRUE(budget.acquire(60, nullptr).ok());
  std::atomic<bool> second_in{false};
  std::thread second([&] {
    ASSERT_TRUE(budget.acquire(60, nullptr).ok());
    second_in = true;
    budget.release(60);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(second_in.load());  // 60 + 60 > 100: it waits
  budget.release(60);
  second.join();
  EXPECT_TRUE(second_in.load());
  ASSERT_TRUE(budget.acquire(100, nullptr).ok());  // everything was given back
  budget.release(100);
}

TEST(MemoryBudget, AStopRequestEndsTheWait) {
  MemoryBudget budget(100);
  ASSERT_TRUE(budget.acquire(100, nullptr).ok());
  std::atomic<bool> stop{false};
  std::thread waiting([&] {
    EXPECT_TRUE(budget.acquire(50, &stop).ok());
    budget.release(50);
  });
  stop = true;
  waiting.join();  // returns within the 200 ms poll, not never
  budget.release(100);
}

}  // namespace
}  // namespace agreement_ocr
