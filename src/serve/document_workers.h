// The service's OCR workers: a fixed pool, each worker with its engines created once (as the
// batch's). Pages of all jobs go through one queue, so one long document on an idle service
// keeps every worker busy; jobs wait in a bounded queue of their own until a worker opens
// them. OCR never runs on an HTTP thread, and a full queue is refused at once instead of
// piling up.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/status.h"
#include "output/json_output.h"
#include "pipeline.h"
#include "serve/job_store.h"
#include "serve/metrics.h"

namespace agreement_ocr {

struct JobInWork;

class DocumentWorkers {
 public:
  DocumentWorkers(PipelineOptions pipeline, OutputContext context, JobStore& store, ServiceMetrics& metrics,
                  std::size_t queue_limit)
      : pipeline_(std::move(pipeline)), context_(std::move(context)), store_(store), metrics_(metrics), queue_limit_(queue_limit) {}
  ~DocumentWorkers() { stop(); }
  DocumentWorkers(const DocumentWorkers&) = delete;
  DocumentWorkers& operator=(const DocumentWorkers&) = delete;

  // Creates `jobs` workers and their engines; fails when the model cannot be loaded.
  // `after_page` runs in a worker's thread once a page's buffers are freed (as the batch's).
  Status start(int jobs, const std::string& model, double max_ocr_seconds, std::function<void()> after_page = {});
  // Queues a stored job; false when the queue is full (the caller answers 503) or the
  // service stops. Jobs found on disk at start are queued whatever the queue holds.
  bool submit(const std::string& id, bool even_if_full = false);
  // Asks a running job to end: no page of it starts any more, a PDF page being rendered is
  // stopped, and the job ends "cancelled" once its pages in work are over. False when no
  // worker holds the job.
  bool cancel(const std::string& id);
  // Jobs in work finish (all their pages); queued jobs stay queued on disk for the next start.
  void stop();

  std::size_t queued() const;
  bool ready() const;
  int workers() const { return static_cast<int>(engines_.size()); }

 private:
  void work(EngineSet& engines);
  void open(const std::shared_ptr<JobInWork>& job);
  void run_page(const std::shared_ptr<JobInWork>& job, int index, EngineSet& engines);
  void finish(const std::shared_ptr<JobInWork>& job);
  Result<nlohmann::ordered_json> validate_json(const JobRecord& record, const DocumentResult& scan) const;

  const PipelineOptions pipeline_;
  const OutputContext context_;
  JobStore& store_;
  ServiceMetrics& metrics_;
  const std::size_t queue_limit_;
  std::function<void()> after_page_;
  std::vector<EngineSet> engines_;
  std::vector<std::thread> threads_;
  mutable std::mutex mutex_;
  std::condition_variable work_ready_;
  std::deque<std::string> queue_;                   // jobs not opened yet
  std::vector<std::shared_ptr<JobInWork>> in_work_;  // opened or being opened, oldest first
  bool stopping_ = false;
};

}  // namespace agreement_ocr
