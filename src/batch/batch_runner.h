// Many documents on all cores. Pages of all documents go through one bounded queue to
// worker threads, each with its own OCR engines created once, so a single long PDF and a
// folder of short letters both keep every core busy; a page is decoded only when a worker
// takes it. Outputs are written atomically, JSON last; outcomes are reported in input order.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "batch/input_files.h"
#include "core/status.h"
#include "output/archive_files.h"
#include "output/json_output.h"
#include "pipeline.h"

namespace agreement_ocr {

struct BatchDocument {
  InputFile input;
  std::string output_base;  // <base>.json and the archive files; empty: the JSON goes to the outcome
};

struct BatchOptions {
  int jobs = 1;
  std::string out_dir;  // where the outputs go (temporaries a killed run left there are removed)
  bool force = false;  // redo documents whose outputs are up to date
  std::string model = "fast";
  double max_ocr_seconds = 0.0;
  std::size_t max_memory_bytes = std::size_t{4} << 30;  // for the pages in work together
  ArchiveRequest archive;
  OutputContext context;
};

enum class DocumentStatus { kOk, kSkipped, kFailed, kInterrupted };

struct DocumentOutcome {
  std::string path;
  DocumentStatus status = DocumentStatus::kOk;
  std::string output;  // the JSON file (written, or kept as up to date)
  int pages = 0;
  double seconds = 0.0;
  Status error;  // for kFailed
  std::string json;  // the document's JSON, when it has no output_base
};

struct BatchProgress {
  int documents_total = 0;
  int documents_done = 0;       // processed, skipped or failed
  int documents_processed = 0;  // of those, OCR'd and written
  int pages_done = 0;
  int pages_done_in_finished = 0;  // pages of finished documents, for estimating the rest
  int pages_pending = 0;           // pages of opened documents not done yet
  double elapsed_seconds = 0.0;
};

struct BatchCallbacks {
  std::function<void(const DocumentOutcome&)> on_document;  // in input order, one call at a time
  std::function<void(const BatchProgress&)> on_progress;    // after each page and document, one call at a time
  std::function<void()> after_page;  // in the worker's thread once a page's buffers are freed, outside the batch's locks
};

// Processes `documents` with `options.jobs` workers. A failing document is reported in
// its outcome and the others go on. When `stop` turns true, no new page is started,
// documents in flight end as kInterrupted without output, and the call returns. Fails only
// when no work can start (the OCR model cannot be loaded).
Status run_batch(const std::vector<BatchDocument>& documents, const PipelineOptions& pipeline,
                 const BatchOptions& options, const BatchCallbacks& callbacks,
                 const std::atomic<bool>* stop = nullptr);

}  // namespace agreement_ocr
