#include "core/shared_bytes.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace agreement_ocr {

Result<SharedBytes> SharedBytes::from(Bytes bytes) {
  const int fd = ::memfd_create("agreement-ocr-input", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd < 0) return Status::Internal(std::string("cannot create a memory file: ") + std::strerror(errno));
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      return Status::Internal(std::string("cannot fill a memory file: ") + std::strerror(error));
    }
    written += static_cast<std::size_t>(n);
  }
  const std::size_t size = bytes.size();
  Bytes().swap(bytes);
  // Sealed: neither this process nor a child can change what the other reads.
  ::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
  std::size_t mapped_size = 0;
  const std::uint8_t* data = map_shared_bytes(fd, mapped_size);
  if (!data || mapped_size != size) {
    ::close(fd);
    return Status::Internal("cannot map a memory file");
  }
  return SharedBytes(fd, data, size);
}

const std::uint8_t* map_shared_bytes(int fd, std::size_t& size) {
  struct stat info {};
  if (::fstat(fd, &info) != 0 || info.st_size <= 0) return nullptr;
  size = static_cast<std::size_t>(info.st_size);
  void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  return mapped == MAP_FAILED ? nullptr : static_cast<const std::uint8_t*>(mapped);
}

SharedBytes::SharedBytes(SharedBytes&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SharedBytes& SharedBytes::operator=(SharedBytes&& other) noexcept {
  if (this != &other) {
    reset();
    fd_ = std::exchange(other.fd_, -1);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

SharedBytes::~SharedBytes() { reset(); }

void SharedBytes::reset() {
  if (data_) ::munmap(const_cast<std::uint8_t*>(data_), size_);
  if (fd_ >= 0) ::close(fd_);
  data_ = nullptr;
  fd_ = -1;
  size_ = 0;
}

}  // namespace agreement_ocr
