// The one-line progress display on a terminal: documents and pages done, pages per
// second, an estimate of the time left. Redrawn at most twice a second.
#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

#include "batch/batch_runner.h"

namespace agreement_ocr {

class ProgressLine {
 public:
  ProgressLine(FILE* stream, bool enabled) : stream_(stream), enabled_(enabled) {}
  void update(const BatchProgress& progress);
  // Clears the line so that a message can be printed; the next update redraws it.
  void clear();
  bool enabled() const { return enabled_; }

 private:
  std::mutex mutex_;  // updates and clears come from different worker threads
  FILE* stream_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

// "12/340 documents, 57 pages, 1.3 pages/s, about 2 h 10 min left" (exposed for tests).
std::string describe_progress(const BatchProgress& progress);

}  // namespace agreement_ocr
