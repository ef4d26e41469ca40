#include "serve/document_workers.h"

#include <exception>
#include <filesystem>
#include <new>

namespace agreement_ocr {

Status DocumentWorkers::start(int jobs, const std::string& model, double max_ocr_seconds) {
  for (int i = 0; i < jobs; ++i) {
    auto engines = create_engine_set(model, max_ocr_seconds);
    if (!engines.ok()) return engines.status();
    engines_.push_back(std::move(*engines));
  }
  for (EngineSet& engines : engines_) threads_.emplace_back([this, &engines] { work(engines); });
  return Status::Ok();
}

std::optional<std::shared_future<ExtractOutcome>> DocumentWorkers::submit(ExtractRequest request) {
  std::shared_future<ExtractOutcome> future;
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= queue_limit_) return std::nullopt;
    Task task{std::move(request), {}};
    future = task.promise.get_future().share();
    queue_.push_back(std::move(task));
  }
  work_ready_.notify_one();
  return future;
}

void DocumentWorkers::stop() {
  std::deque<Task> dropped;
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
    dropped.swap(queue_);
  }
  work_ready_.notify_all();
  for (Task& task : dropped) {
    task.promise.set_value({Status::Internal("the service is stopping"), "", true});
    std::error_code ignored;
    if (task.request.remove_when_done) std::filesystem::remove(task.request.path, ignored);
  }
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
    Task task;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return !queue_.empty() || stopping_; });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task.promise.set_value(extract(task.request, engines));
    std::error_code ignored;
    if (task.request.remove_when_done) std::filesystem::remove(task.request.path, ignored);
  }
}

ExtractOutcome DocumentWorkers::extract(const ExtractRequest& request, EngineSet& engines) const {
  // A library throwing fails this document, never the worker.
  try {
    auto result = process_document(request.path, &engines, pipeline_, {});
    if (!result.ok()) return {result.status(), ""};
    result->path = request.name;
    return {Status::Ok(), document_to_json(*result, context_).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"};
  } catch (const std::bad_alloc&) {
    return {Status::BadInput("out of memory"), ""};
  } catch (const std::exception& e) {
    return {Status::Internal(std::string("unexpected failure: ") + e.what()), ""};
  }
}

}  // namespace agreement_ocr
