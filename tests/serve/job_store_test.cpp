#include "serve/job_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

JobUpload upload_of(const std::string& body) {
  JobUpload upload;
  upload.body = body;
  upload.name = "scan.png";
  return upload;
}

TEST(JobStore, AJobIsStartedOrCancelledNeverBoth) {
  const std::string dir = testing::make_temp_dir();
  JobStore store(dir);
  ASSERT_TRUE(store.open().ok());
  auto first = store.create(upload_of("one"));
  auto second = store.create(upload_of("two"));
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_TRUE(is_job_id(first->id));
  EXPECT_TRUE(std::filesystem::exists(store.upload_path(*first)));

  // Started first: a cancel finds it running and changes nothing.
  ASSERT_TRUE(store.start(first->id));
  const auto running = store.cancel_if_queued(first->id);
  ASSERT_TRUE(running);
  EXPECT_EQ(running->status, JobStatus::kRunning);
  EXPECT_TRUE(std::filesystem::exists(store.upload_path(*first)));

  // Cancelled first: a worker coming to it does not start it; its upload is gone.
  const auto cancelled = store.cancel_if_queued(second->id);
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(cancelled->status, JobStatus::kCancelled);
  EXPECT_FALSE(cancelled->finished.empty());
  EXPECT_FALSE(store.start(second->id));
  EXPECT_FALSE(std::filesystem::exists(store.upload_path(*second)));
  EXPECT_FALSE(store.start(std::string(24, '0')));

  // What is on disk is what a service started again sees.
  JobStore again(dir);
  ASSERT_TRUE(again.open().ok());
  EXPECT_EQ(again.get(first->id)->status, JobStatus::kRunning);
  EXPECT_EQ(again.get(second->id)->status, JobStatus::kCancelled);
  ASSERT_EQ(again.unfinished().size(), 1u);
  std::filesystem::remove_all(dir);
}

TEST(JobStore, OnlyJobsOverForLongerThanTheKeepTimeExpire) {
  const std::string dir = testing::make_temp_dir();
  JobStore store(dir);
  ASSERT_TRUE(store.open().ok());
  auto old_done = store.create(upload_of("a"));
  auto recent_done = store.create(upload_of("b"));
  auto old_running = store.create(upload_of("c"));
  ASSERT_TRUE(old_done.ok() && recent_done.ok() && old_running.ok());
  old_done->status = JobStatus::kDone;
  old_done->finished = "2026-01-01T00:00:00Z";
  ASSERT_TRUE(store.update(*old_done).ok());
  testing::write_file(store.result_path(old_done->id), "{}");
  recent_done->status = JobStatus::kDone;
  recent_done->finished = "2999-01-01T00:00:00Z";  // a clock that jumped back: kept
  ASSERT_TRUE(store.update(*recent_done).ok());
  old_running->status = JobStatus::kRunning;
  old_running->created = "2026-01-01T00:00:00Z";
  ASSERT_TRUE(store.update(*old_running).ok());

  EXPECT_EQ(store.expire(3600.0), 1);
  EXPECT_FALSE(store.get(old_done->id));
  EXPECT_FALSE(std::filesystem::exists(store.result_path(old_done->id)));
  EXPECT_TRUE(store.get(recent_done->id));
  EXPECT_TRUE(store.get(old_running->id));
  EXPECT_EQ(store.expire(3600.0), 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr
