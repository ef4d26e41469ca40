// One mutex guards the queues and every job's counters; opening, page work and finishing run
// outside it. A job is finished (its result written, its record closed) by whichever worker
// finds it with no page left to start and none in work, so a cancel or a failure never waits
// for a page that will not be done. As in the batch, a page is decoded by the worker that
// OCRs it, under its document's own lock.
#include "serve/document_workers.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>

#include "core/clock_text.h"
#include "core/guarded.h"
#include "output/atomic_file.h"
#include "serve/review_images.h"
#include "validate/checks.h"
#include "validate/reference.h"
#include "validate/report_json.h"

namespace agreement_ocr {

using Clock = std::chrono::steady_clock;

struct JobInWork {
  std::string id;
  PipelineOptions options;       // the service's, with this job's cancel flag
  std::atomic<bool> cancelled{false};
  // Set by the worker that opens the job, before `opened`:
  JobRecord record;
  OpenedInput input;
  std::optional<DocumentResult> text;  // a text input is done when it is opened
  std::mutex decode_mutex;
  std::vector<PageResult> pages;
  // Guarded by the workers' mutex:
  bool opened = false;
  bool dropped = false;    // no longer queued when a worker came to it (cancelled)
  bool finishing = false;  // a worker is finishing it
  int page_count = 0;
  int next_page = 0;
  int in_work = 0;
  Status failure;

  bool ready_to_finish() const {
    return opened && !finishing && in_work == 0 && (dropped || next_page == page_count || !failure.ok() || cancelled.load());
  }
};

Status DocumentWorkers::start(int jobs, const std::string& model, double max_ocr_seconds, std::function<void()> after_page) {
  after_page_ = std::move(after_page);
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
  work_ready_.notify_all();
  return true;
}

bool DocumentWorkers::cancel(const std::string& id) {
  bool found = false;
  {
    std::lock_guard lock(mutex_);
    for (const auto& job : in_work_)
      if (job->id == id && !job->finishing) {
        job->cancelled = true;
        found = true;
      }
  }
  work_ready_.notify_all();  // a job with no page in work is finished by an idle worker
  return found;
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

// Finishing first (it frees memory and answers a waiting client), then a page of the oldest
// job that has one left, then a new job; when stopping, only the jobs in work go on.
void DocumentWorkers::work(EngineSet& engines) {
  std::unique_lock lock(mutex_);
  while (true) {
    std::shared_ptr<JobInWork> job;
    for (const auto& candidate : in_work_)
      if (candidate->ready_to_finish()) {
        job = candidate;
        break;
      }
    if (job) {
      job->finishing = true;
      lock.unlock();
      if (!job->dropped) finish(job);
      lock.lock();
      std::erase(in_work_, job);
      work_ready_.notify_all();
      continue;
    }
    for (const auto& candidate : in_work_)
      if (candidate->opened && candidate->failure.ok() && !candidate->cancelled && candidate->next_page < candidate->page_count) {
        job = candidate;
        break;
      }
    if (job) {
      const int index = job->next_page++;
      ++job->in_work;
      lock.unlock();
      run_page(job, index, engines);
      lock.lock();
      --job->in_work;
      work_ready_.notify_all();
      continue;
    }
    if (!stopping_ && !queue_.empty()) {
      job = std::make_shared<JobInWork>();
      job->id = std::move(queue_.front());
      queue_.pop_front();
      // In the list before its record says "running", so that a cancel always finds it.
      in_work_.push_back(job);
      lock.unlock();
      open(job);
      lock.lock();
      job->opened = true;
      work_ready_.notify_all();
      continue;
    }
    if (stopping_ && in_work_.empty()) return;
    work_ready_.wait(lock);
  }
}

void DocumentWorkers::open(const std::shared_ptr<JobInWork>& job) {
  auto record = store_.start(job->id);
  if (!record) {  // cancelled while it waited
    std::lock_guard lock(mutex_);
    job->dropped = true;
    return;
  }
  job->record = *record;
  job->options = pipeline_;
  // Validate reads the extractors' own confidences, as `agreement-ocr validate` does.
  if (record->kind == "validate") job->options.calibration.reset();
  job->options.limits.cancel = &job->cancelled;
  Status failure = guarded([&]() -> Status {
    auto input = open_input(store_.upload_path(*record), job->options.limits);
    if (!input.ok()) return input.status();
    if (!input->scan) {
      auto text = process_text(std::move(*input), job->options);
      if (!text.ok()) return text.status();
      job->text = std::move(*text);
      return Status::Ok();
    }
    job->input = std::move(*input);
    job->pages.resize(static_cast<std::size_t>(job->input.page_count()));
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(store_.page_image_path(job->id, 1)).parent_path(), error);
    if (error) return Status::Output("cannot create the folder of the page images: " + error.message());
    return Status::Ok();
  });
  const int page_count = failure.ok() && !job->text ? job->input.page_count() : 0;
  if (page_count > 0) {
    job->record.pages_total = page_count;
    store_.update(job->record);
  }
  std::lock_guard lock(mutex_);
  job->failure = failure;
  job->page_count = page_count;
}

void DocumentWorkers::run_page(const std::shared_ptr<JobInWork>& job, int index, EngineSet& engines) {
  const auto started = Clock::now();
  auto page = guarded([&]() -> Result<PageResult> {
    auto image = [&] {
      std::lock_guard decode(job->decode_mutex);
      return job->input.scan->load_page(index);
    }();
    if (!image.ok()) return image.status();
    const cv::Mat review = review_image_of(image->pixels);
    auto processed = process_page(std::move(*image), engines, job->options);
    if (!processed.ok()) return processed;
    if (Status written = write_review_image(store_.page_image_path(job->id, index + 1), review, processed->transform.rotation);
        !written.ok())
      return written;
    return processed;
  });
  if (after_page_) after_page_();
  if (!page.ok()) {
    std::lock_guard lock(mutex_);
    if (job->failure.ok()) job->failure = page.status();
    return;
  }
  metrics_.count_page(std::chrono::duration<double>(Clock::now() - started).count());
  job->pages[static_cast<std::size_t>(index)] = std::move(*page);
  // Progress on the record, for clients that poll (GET /v1/jobs/{id}).
  std::lock_guard lock(mutex_);
  ++job->record.pages_done;
  JobRecord progress = job->record;
  progress.cancel_requested = job->cancelled;
  // Records are written in the order of their counts: a slower write never undoes a later one.
  store_.update(progress);
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

// Every page is done, or the job failed or was cancelled: the result and the record's end.
void DocumentWorkers::finish(const std::shared_ptr<JobInWork>& job) {
  JobRecord& record = job->record;
  Status failure = job->failure;
  const bool cancelled = job->cancelled.load();
  if (failure.ok() && !cancelled) {
    failure = guarded([&]() -> Status {
      DocumentResult document;
      if (job->text) {
        document = std::move(*job->text);
      } else {
        document = std::move(job->input.result);
        document.pages = std::move(job->pages);
        job->input.scan.reset();
        finish_document(document, job->options);
      }
      document.path = record.name;
      auto json = record.kind == "validate" ? validate_json(record, document)
                                            : Result<nlohmann::ordered_json>(document_to_json(document, context_));
      if (!json.ok()) return json.status();
      return write_file_atomically(store_.result_path(record.id),
                                   json->dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
    });
  }
  // Cancelled wins over the failure a cancel causes (a render stopped).
  record.status = cancelled ? JobStatus::kCancelled : failure.ok() ? JobStatus::kDone : JobStatus::kFailed;
  if (record.status == JobStatus::kFailed) {
    record.error_code = failure.code() == ErrorCode::kBadInput ? "unprocessable_document" : "internal";
    record.error = failure.message();
  }
  record.cancel_requested = false;
  record.finished = utc_timestamp();
  std::error_code ignored;
  std::filesystem::remove(store_.upload_path(record), ignored);
  // Page images serve the review of a result: none without one.
  if (record.status != JobStatus::kDone)
    std::filesystem::remove_all(std::filesystem::path(store_.page_image_path(record.id, 1)).parent_path(), ignored);
  {
    std::lock_guard lock(mutex_);  // after any progress write of this job (small files, written under the lock)
    store_.update(record);
  }
  metrics_.count_job(job_status_name(record.status), record.error_code);
}

}  // namespace agreement_ocr
