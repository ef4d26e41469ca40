#include "batch/memory_budget.h"

#include <chrono>

namespace agreement_ocr {

Status MemoryBudget::acquire(std::size_t bytes, const std::atomic<bool>* stop) {
  constexpr std::size_t kMiB = 1024 * 1024;
  if (bytes > total_) {
    return Status::BadInput("needs about " + std::to_string(bytes / kMiB) + " MiB, more than the memory limit of " +
                            std::to_string(total_ / kMiB) + " MiB (--max-memory)");
  }
  std::unique_lock lock(mutex_);
  // Woken when a page is done, or every 200 ms to notice a stop request.
  while (held_ + bytes > total_) {
    if (stop && stop->load()) break;
    freed_.wait_for(lock, std::chrono::milliseconds(200));
  }
  held_ += bytes;
  return Status::Ok();
}

void MemoryBudget::release(std::size_t bytes) {
  {
    std::lock_guard lock(mutex_);
    held_ -= bytes;
  }
  freed_.notify_all();
}

}  // namespace agreement_ocr
