// Atomic file replacement with POSIX calls: write to a unique temporary name in the same
// directory, fsync, rename. On any failure the temporary file is removed.
#include "output/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace agreement_ocr {

Status write_file_atomically(const std::string& path, const std::string& content) {
  std::vector<char> temporary(path.begin(), path.end());
  const std::string suffix = ".tmp-XXXXXX";
  temporary.insert(temporary.end(), suffix.begin(), suffix.end());
  temporary.push_back('\0');
  const int fd = mkstemp(temporary.data());
  if (fd < 0) return Status::Output("cannot create " + path + ": " + std::strerror(errno));
  auto fail = [&](const char* what) {
    const std::string reason = std::strerror(errno);
    ::close(fd);
    ::unlink(temporary.data());
    return Status::Output(std::string(what) + " " + path + ": " + reason);
  };
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) return fail("cannot write");
  if (::close(fd) != 0) {
    ::unlink(temporary.data());
    return Status::Output("cannot write " + path + ": " + std::strerror(errno));
  }
  if (std::rename(temporary.data(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(temporary.data());
    return Status::Output("cannot write " + path + ": " + reason);
  }
  return Status::Ok();
}

}  // namespace agreement_ocr
