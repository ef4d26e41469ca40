// A file's bytes held once in an anonymous memory file (memfd), sealed against change and
// mapped read-only: this process reads them in place, and a child process given the
// descriptor maps the same pages instead of receiving a copy.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/file_bytes.h"
#include "core/status.h"

namespace agreement_ocr {

class SharedBytes {
 public:
  // Moves `bytes` into a sealed memory file; `bytes` is freed.
  static Result<SharedBytes> from(Bytes bytes);

  SharedBytes(SharedBytes&& other) noexcept;
  SharedBytes& operator=(SharedBytes&& other) noexcept;
  SharedBytes(const SharedBytes&) = delete;
  SharedBytes& operator=(const SharedBytes&) = delete;
  ~SharedBytes();

  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  int fd() const { return fd_; }  // close-on-exec; a child gets it through dup2

 private:
  SharedBytes(int fd, const std::uint8_t* data, std::size_t size) : fd_(fd), data_(data), size_(size) {}
  void reset();
  int fd_ = -1;
  const std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

// Maps the whole of a memory file given by descriptor read-only; nullptr on failure.
// Unmapped with munmap(data, size) or left to process exit.
const std::uint8_t* map_shared_bytes(int fd, std::size_t& size);

}  // namespace agreement_ocr
