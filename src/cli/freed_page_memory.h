// What the allocator does with page-sized buffers once they are freed. A page passes
// through several (the decoded page, its grey and upright copies, Tesseract's own copies:
// 8-40 MB each). jemalloc serves requests over its oversize threshold (8 MiB) from an
// arena of their own and hands them back to the kernel the moment they are freed, so every
// page faulted its buffers in again, zeroed: 4 million page faults for 50 documents, and
// with two workers each give-back also interrupts the other core. Two workers lost about
// 10% of their throughput to it. Kept for the next page instead, up to a cap.
#pragma once

#include <cstddef>

namespace agreement_ocr {

class FreedPageMemory {
 public:
  // Keeps freed page-sized buffers for reuse, up to `cap_bytes`. Inactive (every call a
  // no-op) when the program is not linked with jemalloc or its oversize arena is turned
  // off (MALLOC_CONF=oversize_threshold:0).
  static FreedPageMemory keep(std::size_t cap_bytes);

  // Gives what is kept back to the kernel when it is over the cap. A few microseconds
  // when under it: meant to be called after each page.
  void trim() const;

  // Bytes kept now, freed and not given back (0 when inactive).
  std::size_t kept_bytes() const;

  bool active() const { return active_; }

 private:
  bool active_ = false;
  unsigned arena_ = 0;  // the oversize arena's index
  std::size_t cap_bytes_ = 0;
};

}  // namespace agreement_ocr
