// One run at a time per output folder: a second run into the same --out would remove the
// first run's temporary files and lose finished outputs. An advisory lock (flock) on the
// folder itself, held for the life of the run and released by the kernel even after SIGKILL.
// Shards of one archive (--shard K/N) share the folder by design, each with its own files:
// they take the lock shared, so they run together but never beside a whole run.
#pragma once

#include <string>

#include "core/status.h"

namespace agreement_ocr {

class OutputFolderLock {
 public:
  // Fails with kOutput, naming the folder, when another run holds it.
  static Result<OutputFolderLock> acquire(const std::string& folder, bool shared);
  OutputFolderLock(OutputFolderLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  OutputFolderLock& operator=(OutputFolderLock&&) = delete;
  OutputFolderLock(const OutputFolderLock&) = delete;
  ~OutputFolderLock();

 private:
  explicit OutputFolderLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace agreement_ocr
