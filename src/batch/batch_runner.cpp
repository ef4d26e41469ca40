// One mutex guards the queue and the counters; page work runs outside it. A page is
// decoded by the worker that OCRs it (under its document's own lock: poppler does not
// promise that one document renders from two threads), so only the queued page numbers,
// not their pixels, wait in memory.
#include "batch/batch_runner.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <new>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include "batch/freshness.h"
#include "batch/memory_budget.h"
#include "core/guarded.h"
#include "core/sha256.h"
#include "ocr/pdf_scratch.h"
#include "output/atomic_file.h"

namespace agreement_ocr {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A library throwing inside a worker thread fails the document (core/guarded.h).
template <typename Work>
auto guarded_in_batch(Work work) -> decltype(work()) {
  return guarded(std::move(work), "out of memory (see --max-memory and --jobs)");
}

struct Job {
  std::size_t order = 0;
  const BatchDocument* document = nullptr;
  OpenedInput input;
  std::mutex decode_mutex;
  std::vector<PageResult> pages;
  int remaining = 0;  // page tasks not done yet (guarded by the batch mutex)
  Status failure;     // the first page failure (guarded by the batch mutex)
  std::size_t input_bytes = 0;  // held in the memory budget until the document is finished
  Clock::time_point started;
};

struct Task {
  std::shared_ptr<Job> job;
  int page_index = -1;  // -1: the whole document at once (text, or no pages)
};

class Batch {
 public:
  Batch(const std::vector<BatchDocument>& documents, const PipelineOptions& pipeline, const BatchOptions& options,
        const BatchCallbacks& callbacks, const std::atomic<bool>* stop)
      : documents_(documents), pipeline_(pipeline), options_(options), callbacks_(callbacks), stop_(stop),
        outcomes_(documents.size()) {
    progress_.documents_total = static_cast<int>(documents.size());
  }

  Status run() {
    remove_own_temporaries();
    const int jobs = std::max(1, options_.jobs);
    std::vector<EngineSet> engines(static_cast<std::size_t>(jobs));
    if (needs_ocr()) {
      // The first set on this thread, so a missing model stops the batch before any work.
      auto first = create_engine_set(options_.model, options_.max_ocr_seconds);
      if (!first.ok()) return first.status();
      engines[0] = std::move(*first);
    }
    const bool ocr = static_cast<bool>(engines[0].page);
    std::vector<std::thread> workers;
    for (int i = 0; i < jobs; ++i) {
      workers.emplace_back([this, &engines, i, ocr] {
        if (ocr && i > 0) {
          auto created = create_engine_set(options_.model, options_.max_ocr_seconds);
          if (created.ok()) engines[static_cast<std::size_t>(i)] = std::move(*created);
          else return;  // the first worker's set loaded, so this is memory: fewer workers do the work
        }
        work(engines[static_cast<std::size_t>(i)]);
      });
    }
    feed();
    {
      std::lock_guard lock(mutex_);
      feeding_done_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& worker : workers) worker.join();
    flush_outcomes();
    return Status::Ok();
  }

 private:
  bool needs_ocr() const {
    for (const BatchDocument& document : documents_)
      if (!has_text_extension(document.input.path)) return true;
    return false;
  }
  // What a killed earlier run of these documents left half-written. Archive files of
  // every kind are considered: which ones a document gets depends on its format.
  void remove_own_temporaries() const {
    std::set<std::string> targets;
    std::set<std::string> folders;
    const ArchiveRequest every_file{true, true, true, true};
    for (const BatchDocument& document : documents_) {
      if (document.output_base.empty()) continue;
      targets.insert(document.output_base + ".json");
      for (const std::string& path : archive_paths(document.output_base, every_file)) targets.insert(path);
    }
    if (!targets.empty() && !options_.out_dir.empty()) remove_stale_temporaries(options_.out_dir, targets);
    // And the PDF renderer's scratch folders of runs killed before they could remove them.
    if (options_.archive.pdf) remove_abandoned_pdf_scratch();
  }

  bool stopping() const { return stop_ && stop_->load(); }
  std::size_t queue_capacity() const { return static_cast<std::size_t>(2 * std::max(1, options_.jobs)); }

  ArchiveRequest archive_for(bool text_input) const {
    ArchiveRequest request = options_.archive;
    if (text_input) request = ArchiveRequest{.text = request.text};  // no page images to render
    return request;
  }

  // The calling thread: opens documents in order and queues their pages, never more than
  // the queue holds, so memory stays flat however many documents the batch has.
  void feed() {
    for (std::size_t order = 0; order < documents_.size() && !stopping(); ++order) {
      wait_for_room();
      if (stopping()) break;
      const BatchDocument& document = documents_[order];
      const Clock::time_point started = Clock::now();
      const std::string json_path = document.output_base + ".json";
      const bool text = has_text_extension(document.input.path);
      auto fail = [&](const Status& error) {
        finish_outcome(order, {document.input.path, DocumentStatus::kFailed, "", 0, seconds_since(started), error, ""});
      };
      // Up to date or not, from a hash read in pieces: a document already done is never
      // loaded. (Of the format, the generator only records whether it is text.)
      if (!options_.force && !document.output_base.empty()) {
        const auto hash = sha256_of_file(document.input.path);
        const int kept = !hash.ok() ? -1
                                    : current_output_pages(json_path, hash.value(),
                                                           generator_json(text ? DocumentFormat::kText : DocumentFormat::kUnknown,
                                                                          options_.context),
                                                           archive_paths(document.output_base, archive_for(text)));
        if (kept >= 0) {
          finish_outcome(order, {document.input.path, DocumentStatus::kSkipped, json_path, kept, seconds_since(started), {}, ""});
          continue;
        }
      }
      std::size_t input_bytes = 0;
      const Status reserved = reserve_input_memory(document.input.path, text, input_bytes);
      if (!reserved.ok()) {
        fail(reserved);
        continue;
      }
      if (stopping()) {
        memory_.release(input_bytes);
        break;
      }
      auto opened = guarded_in_batch([&] { return open_input(document.input.path, pipeline_.limits); });
      if (!opened.ok()) {
        memory_.release(input_bytes);
        fail(opened.status());
        continue;
      }
      auto job = std::make_shared<Job>();
      job->order = order;
      job->document = &document;
      job->input = std::move(*opened);
      job->input_bytes = input_bytes;
      job->started = started;
      const int page_count = job->input.page_count();
      job->pages.resize(static_cast<std::size_t>(page_count));
      if (!job->input.scan || page_count == 0) {
        job->remaining = 1;
        push({job, -1});
        continue;
      }
      {
        std::lock_guard lock(mutex_);
        job->remaining = page_count;
        progress_.pages_pending += page_count;
      }
      for (int index = 0; index < page_count; ++index) {
        wait_for_room();
        push({job, index});
      }
    }
  }

  // The input stays in memory while its pages are in work (its bytes; a text's lines and
  // fields too): that counts in the budget from before it is read to the end of its outputs.
  Status reserve_input_memory(const std::string& path, bool text, std::size_t& reserved) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) return Status::Ok();  // opening it reports what is wrong
    const auto bytes = static_cast<std::size_t>(static_cast<double>(size) * (text ? kTextBytesPerByte : 1.0));
    const Status acquired = memory_.acquire(bytes, stop_);
    if (!acquired.ok()) return Status::BadInput((text ? "the text in work " : "the file held in memory ") + acquired.message());
    reserved = bytes;
    return Status::Ok();
  }

  void wait_for_room() {
    // Woken by a worker taking a task, or every 200 ms to notice a stop request.
    std::unique_lock lock(mutex_);
    while (queue_.size() >= queue_capacity() && !stopping()) room_.wait_for(lock, std::chrono::milliseconds(200));
  }

  void push(Task task) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(task));
    }
    work_ready_.notify_one();
  }

  void work(EngineSet& engines) {
    while (true) {
      Task task;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return !queue_.empty() || feeding_done_; });
        if (queue_.empty()) return;
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      room_.notify_one();
      if (task.page_index < 0) {
        finish_job(*task.job);
      } else {
        run_page(*task.job, task.page_index, engines);
      }
    }
  }

  void run_page(Job& job, int index, EngineSet& engines) {
    Status failure;
    std::optional<PageResult> page;
    bool skip = stopping();
    {
      std::lock_guard lock(mutex_);
      skip = skip || !job.failure.ok();
    }
    if (!skip) {
      std::size_t reserved = 0;
      failure = reserve_memory(job, index, reserved);
      skip = stopping();
      if (failure.ok() && !skip) {
        Result<PageImage> image = guarded_in_batch([&]() -> Result<PageImage> {
          std::lock_guard decode(job.decode_mutex);
          return job.input.scan->load_page(index);
        });
        if (!image.ok()) {
          failure = image.status();
        } else {
          auto processed = guarded_in_batch([&] { return process_page(std::move(*image), engines, pipeline_); });
          if (processed.ok()) page = std::move(*processed);
          else failure = processed.status();
        }
      }
      if (reserved > 0) memory_.release(reserved);
      if (callbacks_.after_page) callbacks_.after_page();
      // A page cut short by the stop request (a render killed) is interrupted, not failed.
      if (!failure.ok() && stopping()) {
        failure = Status::Ok();
        skip = true;
      }
    }
    bool last = false;
    {
      std::lock_guard lock(mutex_);
      if (page) job.pages[static_cast<std::size_t>(index)] = std::move(*page);
      if (!failure.ok() && job.failure.ok()) job.failure = failure;
      last = --job.remaining == 0;
      --progress_.pages_pending;
      if (!skip) ++progress_.pages_done;
      report_progress();
    }
    if (last) finish_job(job);
  }

  // What the page will take while in work, held from before decoding to the end of OCR.
  Status reserve_memory(Job& job, int index, std::size_t& reserved) {
    auto pixels = guarded_in_batch([&]() -> Result<long long> {
      std::lock_guard decode(job.decode_mutex);
      return job.input.scan->page_pixels(index);
    });
    if (!pixels.ok()) return pixels.status();
    const auto bytes = static_cast<std::size_t>(static_cast<double>(*pixels) * kPageBytesPerPixel);
    const std::string label = "page " + std::to_string(index + 1);
    // Its own file is held beside it: a page that fits only without it would wait forever.
    if (bytes <= memory_.total() && bytes + job.input_bytes > memory_.total()) {
      return Status::BadInput(label + " needs about " + std::to_string(bytes >> 20) + " MiB beside the " +
                              std::to_string(job.input_bytes >> 20) + " MiB of its file, more than the memory limit of " +
                              std::to_string(memory_.total() >> 20) + " MiB (--max-memory)");
    }
    Status acquired = memory_.acquire(bytes, stop_);
    if (!acquired.ok()) return Status::BadInput(label + " " + acquired.message());
    reserved = bytes;
    return Status::Ok();
  }

  // The last page of a document is done (or the document is text): fields, then outputs.
  void finish_job(Job& job) {
    const BatchDocument& document = *job.document;
    DocumentOutcome outcome{document.input.path, DocumentStatus::kOk, "", job.input.page_count(), 0.0, {}, ""};
    Status failure;
    {
      std::lock_guard lock(mutex_);
      failure = job.failure;
    }
    if (!failure.ok()) {
      outcome.status = DocumentStatus::kFailed;
      outcome.error = failure;
    } else if (stopping()) {
      outcome.status = DocumentStatus::kInterrupted;
    } else {
      const Status written = guarded_in_batch([&]() -> Result<bool> {
                               const Status status = write_outputs(job, outcome);
                               if (!status.ok()) return status;
                               return true;
                             }).status();
      if (!written.ok()) {
        outcome.status = DocumentStatus::kFailed;
        outcome.error = written;
      }
    }
    outcome.seconds = seconds_since(job.started);
    job.input = OpenedInput{};
    job.pages.clear();
    memory_.release(std::exchange(job.input_bytes, 0));
    finish_outcome(job.order, std::move(outcome));
  }

  Status write_outputs(Job& job, DocumentOutcome& outcome) {
    const ArchiveRequest archive = archive_for(!job.input.scan);
    Result<DocumentResult> result = Status::Internal("not processed");
    if (!job.input.scan) {
      result = process_text(std::move(job.input), pipeline_);
    } else {
      DocumentResult document = std::move(job.input.result);
      document.pages = std::move(job.pages);
      finish_document(document, pipeline_);
      result = std::move(document);
    }
    if (!result.ok()) return result.status();
    outcome.pages = static_cast<int>(result->pages.size());
    const std::string json = document_to_json(*result, options_.context)
                                 .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                             "\n";
    const std::string base = job.document->output_base;
    if (base.empty()) {
      outcome.json = json;
      return Status::Ok();
    }
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(base).parent_path(), error);
    if (error) return Status::Output("cannot create folder " + std::filesystem::path(base).parent_path().string() + ": " + error.message());
    // --out pointing into the input folder must never overwrite a scan or a .txt input.
    std::vector<std::string> targets = archive_paths(base, archive);
    targets.push_back(base + ".json");
    for (const std::string& target : targets) {
      std::error_code ignored;
      if (std::filesystem::equivalent(target, job.document->input.path, ignored)) {
        return Status::Output("the output " + target + " would overwrite the input; choose another --out");
      }
    }
    // All of a document's files or none: what was renamed into place before a failure goes.
    auto remove_written = [&] {
      for (const std::string& target : targets) {
        std::error_code ignored;
        std::filesystem::remove(target, ignored);
      }
    };
    if (Status s = write_archive_files(*result, base, archive); !s.ok()) {
      remove_written();
      return s;
    }
    if (Status s = write_file_atomically(base + ".json", json); !s.ok()) {
      remove_written();
      return s;
    }
    outcome.output = base + ".json";
    return Status::Ok();
  }

  // Records an outcome and reports every outcome that is now next in input order.
  void finish_outcome(std::size_t order, DocumentOutcome outcome) {
    {
      std::lock_guard lock(mutex_);
      ++progress_.documents_done;
      if (outcome.status == DocumentStatus::kOk) {
        ++progress_.documents_processed;
        progress_.pages_done_in_finished += outcome.pages;
      }
      report_progress();
    }
    std::lock_guard lock(report_mutex_);
    outcomes_[order] = std::move(outcome);
    while (next_report_ < outcomes_.size() && outcomes_[next_report_]) {
      if (callbacks_.on_document) callbacks_.on_document(*outcomes_[next_report_]);
      outcomes_[next_report_].reset();
      ++next_report_;
    }
  }

  // After an interruption some documents were never opened: they are reported as
  // interrupted, so that every input has its line.
  void flush_outcomes() {
    std::lock_guard lock(report_mutex_);
    for (; next_report_ < outcomes_.size(); ++next_report_) {
      DocumentOutcome outcome = outcomes_[next_report_]
                                    ? *outcomes_[next_report_]
                                    : DocumentOutcome{documents_[next_report_].input.path, DocumentStatus::kInterrupted, "", 0, 0.0, {}, ""};
      if (callbacks_.on_document) callbacks_.on_document(outcome);
    }
  }

  void report_progress() {  // with mutex_ held
    if (!callbacks_.on_progress) return;
    progress_.elapsed_seconds = seconds_since(started_);
    callbacks_.on_progress(progress_);
  }

  const std::vector<BatchDocument>& documents_;
  const PipelineOptions& pipeline_;
  const BatchOptions& options_;
  const BatchCallbacks& callbacks_;
  const std::atomic<bool>* stop_;
  const Clock::time_point started_ = Clock::now();

  MemoryBudget memory_{options_.max_memory_bytes};
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable room_;
  std::deque<Task> queue_;
  bool feeding_done_ = false;
  BatchProgress progress_;

  std::mutex report_mutex_;
  std::vector<std::optional<DocumentOutcome>> outcomes_;
  std::size_t next_report_ = 0;
};

}  // namespace

Status run_batch(const std::vector<BatchDocument>& documents, const PipelineOptions& pipeline,
                 const BatchOptions& options, const BatchCallbacks& callbacks, const std::atomic<bool>* stop) {
  Batch batch(documents, pipeline, options, callbacks, stop);
  return batch.run();
}

}  // namespace agreement_ocr
