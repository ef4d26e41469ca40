// The service's OCR workers: a fixed pool, each worker with its engines created once (as the
// batch's), taking whole documents from one bounded queue. OCR never runs on an HTTP thread,
// and a full queue is refused at once instead of piling up.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/status.h"
#include "output/json_output.h"
#include "pipeline.h"

namespace agreement_ocr {

struct ExtractRequest {
  std::string path;  // the upload, as written under the data folder
  std::string name;  // what the client called it: the JSON's source.path
  bool remove_when_done = false;  // the upload is removed once its document is done
};

// The extract JSON exactly as `agreement-ocr extract FILE` prints it, or why there is none.
struct ExtractOutcome {
  Status status;
  std::string json;
  bool stopped = false;  // never started: the service stopped first
};

class DocumentWorkers {
 public:
  DocumentWorkers(PipelineOptions pipeline, OutputContext context, std::size_t queue_limit)
      : pipeline_(std::move(pipeline)), context_(std::move(context)), queue_limit_(queue_limit) {}
  ~DocumentWorkers() { stop(); }
  DocumentWorkers(const DocumentWorkers&) = delete;
  DocumentWorkers& operator=(const DocumentWorkers&) = delete;

  // Creates `jobs` workers and their engines; fails when the model cannot be loaded.
  Status start(int jobs, const std::string& model, double max_ocr_seconds);
  // Queues a document; empty when the queue is full (the caller answers 503).
  std::optional<std::shared_future<ExtractOutcome>> submit(ExtractRequest request);
  // Documents being worked on finish; queued ones are answered "the service is stopping".
  void stop();

  std::size_t queued() const;
  bool ready() const;

 private:
  struct Task {
    ExtractRequest request;
    std::promise<ExtractOutcome> promise;
  };
  void work(EngineSet& engines);
  ExtractOutcome extract(const ExtractRequest& request, EngineSet& engines) const;

  const PipelineOptions pipeline_;
  const OutputContext context_;
  const std::size_t queue_limit_;
  std::vector<EngineSet> engines_;
  std::vector<std::thread> threads_;
  mutable std::mutex mutex_;
  std::condition_variable work_ready_;
  std::deque<Task> queue_;
  bool stopping_ = false;
};

}  // namespace agreement_ocr
