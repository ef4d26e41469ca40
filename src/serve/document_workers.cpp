#include "serve/document_workers.h"

#include <chrono>
#include <exception>
#include <filesystem>
#include <new>

#include "core/clock_text.h"
#include "output/atomic_file.h"
#include "validate/checks.h"
#include "validate/reference.h"
#include "validate/report_json.h"

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

// The report of `validate SCAN --expect REFERENCE...` for a validate job's scan.
Result<nlohmann::ordered_json> DocumentWorkers::validate_json(const JobRecord& record, const DocumentResult& scan) const {
  if (!pipeline_.rules || !scan.fields) return Status::Internal("no fields were extracted");
  std::vector<Reference> loaded;
  for (const std::string& path : store_.reference_paths(record)) {
    auto reference = load_reference(path, *pipeline_.rules);
    if (!reference.ok()) return reference.status();
    loaded.push_back(std::move(*reference));
  }
  const Reference reference = merge_references(loaded);
  ValidationOptions validation;
  validation.require_received_stamp = record.require_stamp;
  validation.today = local_date();
  const ValidationReport report = validate_document(scan, reference, *pipeline_.rules, validation);
  return report_to_json(scan, reference, report, {context_.model_name, context_.rules_version});
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
    // Validate reads the extractors' own confidences, as `agreement-ocr validate` does.
    PipelineOptions options = pipeline_;
    if (record->kind == "validate") options.calibration.reset();
    auto result = process_document(store_.upload_path(*record), &engines, options, {});
    if (result.ok()) {
      result->path = record->name;
      pages = static_cast<int>(result->pages.size());
      auto json = record->kind == "validate" ? validate_json(*record, *result) : Result<nlohmann::ordered_json>(document_to_json(*result, context_));
      failure = json.ok() ? write_file_atomically(store_.result_path(id),
                                                  json->dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n")
                          : json.status();
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
  record->finished = utc_timestamp();
  std::error_code ignored;
  std::filesystem::remove(store_.upload_path(*record), ignored);
  store_.update(*record);
  metrics_.count_job(job_status_name(record->status), record->error_code, pages,
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

}  // namespace agreement_ocr
