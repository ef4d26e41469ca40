// Freed page-sized buffers (the decoded page, its grey and upright copies, Tesseract's copies:
// 8-40 MB each) kept for the next page instead of handed back to the kernel at once.
#pragma once

#include <cstddef>

namespace agreement_ocr {

// jemalloc serves requests over 8 MiB from an arena of their own and hands each back the
// moment it is freed, so every page faulted its buffers in again, zeroed (4 million faults
// for 50 documents); with two workers that cost about 10% of the throughput.
class FreedPageMemory {
 public:
  // Keeps freed page-sized buffers for reuse, up to `cap_bytes`. Inactive (every call a
  // no-op) when the program is not linked with jemalloc, when its oversize arena is turned
  // off (MALLOC_CONF=oversize_threshold:0) or when its statistics cannot be read.
  static FreedPageMemory keep(std::size_t cap_bytes);

  // Gives what is kept back to the kernel when it is over the cap (or cannot be measured).
  // About 30 microseconds when under it; safe from any thread.
  void trim() const;

  // Bytes kept now: freed and not given back (0 when inactive).
  std::size_t kept_bytes() const;

  bool active() const { return active_; }

 private:
  bool active_ = false;
  unsigned arena_ = 0;  // the oversize arena's index
  std::size_t cap_bytes_ = 0;
};

}  // namespace agreement_ocr
