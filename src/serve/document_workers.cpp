#include "serve/document_workers.h"

#include <chrono>
#include <ctime>
#include <exception>
#include <filesystem>
#include <new>

#include "output/atomic_file.h"

namespace agreement_ocr {
namespace {

std::string now_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace

Status DocumentWorkers::start(int jobs, const std::string& model, double max_ocr_seconds) {
  for (int i = 0; i < jobs; ++i) {
    auto engines = create_engine_set(model, max_ocr_seconds);
    if (!engines.ok()) return engines.status();
    engines_.push_back(std::move(*engines));
  }
  for (EngineSet& engines : engines_) threads_.emplace_back([this, &engines] { work(engines); });
  return Status::Ok();
}

bool DocumentWorkers::submit(const std::string& id, bool even_if_full) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || (!even_if_full && queue_.size() >= queue_limit_)) return false;
    queue_.push_back(id);
  }
  work_ready_.notify_one();
  return true;
}

void DocumentWorkers::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
    queue_.clear();  // their records say "queued": the next start does them
  }
  work_ready_.notify_all();
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
}

std::size_t DocumentWorkers::queued() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

bool DocumentWorkers::ready() const {
  std::lock_guard lock(mutex_);
  return !stopping_ && !threads_.empty() && queue_.size() < queue_limit_;
}

void DocumentWorkers::work(EngineSet& engines) {
  while (true) {
    std::string id;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return !queue_.empty() || stopping_; });
      if (stopping_ || queue_.empty()) return;
      id = std::move(queue_.front());
      queue_.pop_front();
    }
    run(id, engines);
  }
}

void DocumentWorkers::run(const std::string& id, EngineSet& engines) {
  auto record = store_.get(id);
  if (!record || record->status != JobStatus::kQueued) return;  // cancelled meanwhile
  record->status = JobStatus::kRunning;
  if (!store_.update(*record).ok()) return;
  const auto started = std::chrono::steady_clock::now();
  int pages = 0;
  Status failure;
  // A library throwing fails this job, never the worker.
  try {
    auto result = process_document(store_.upload_path(*record), &engines, pipeline_, {});
    if (result.ok()) {
      result->path = record->name;
      pages = static_cast<int>(result->pages.size());
      failure = write_file_atomically(
          store_.result_path(id),
          document_to_json(*result, context_).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
    } else {
      failure = result.status();
    }
  } catch (const std::bad_alloc&) {
    failure = Status::BadInput("out of memory");
  } catch (const std::exception& e) {
    failure = Status::Internal(std::string("unexpected failure: ") + e.what());
  }
  record->status = failure.ok() ? JobStatus::kDone : JobStatus::kFailed;
  if (!failure.ok()) {
    record->error_code = failure.code() == ErrorCode::kBadInput ? "unprocessable_document" : "internal";
    record->error = failure.message();
  }
  record->finished = now_iso();
  std::error_code ignored;
  std::filesystem::remove(store_.upload_path(*record), ignored);
  store_.update(*record);
  metrics_.count_job(job_status_name(record->status), record->error_code, pages,
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

}  // namespace agreement_ocr
