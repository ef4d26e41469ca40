// Bounds the memory the pages in work take together: before a worker decodes a page it
// reserves what the page will need (estimated from its pixel count, read from headers), and
// waits while other pages hold the budget. Big pages are then processed fewer at a time
// instead of driving the machine into swap or the OOM killer; a page that alone needs more
// than the whole budget fails with a clear message.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>

#include "core/status.h"

namespace agreement_ocr {

// Peak bytes per page pixel through decode, upright, OCR and the region re-reads, measured
// with /usr/bin/time on A4 scans at 200-300 dpi (about 10), with a margin.
constexpr double kPageBytesPerPixel = 12.0;

// Peak bytes per byte of a .txt input through reading, lines, extraction and output, measured
// with /usr/bin/time on the seed text repeated to 15 MB (11.6) and reported at 500 MB (10.4).
constexpr double kTextBytesPerByte = 12.0;

class MemoryBudget {
 public:
  explicit MemoryBudget(std::size_t bytes) : total_(bytes) {}

  // Blocks until `bytes` fit beside what others hold, and reserves them; fails with
  // kBadInput when they never can ("needs about N MiB, more than ...": the caller says what). When `stop` turns true it stops waiting and reserves
  // anyway (the caller then skips the work): every Ok is paired with a release().
  Status acquire(std::size_t bytes, const std::atomic<bool>* stop);
  void release(std::size_t bytes);
  std::size_t total() const { return total_; }

 private:
  const std::size_t total_;
  std::size_t held_ = 0;
  std::mutex mutex_;
  std::condition_variable freed_;
};

}  // namespace agreement_ocr
