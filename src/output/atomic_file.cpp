// Atomic file replacement with POSIX calls: write to a unique temporary name in the same
// directory, fsync, rename. On any failure the temporary file is removed.
#include "output/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace agreement_ocr {

namespace {
constexpr const char* kTemporaryMark = ".tmp-";
}

Status write_file_atomically(const std::string& path, const std::string& content) {
  std::vector<char> temporary(path.begin(), path.end());
  const std::string suffix = std::string(kTemporaryMark) + "XXXXXX";
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

int remove_stale_temporaries(const std::string& folder, const std::set<std::string>& targets) {
  namespace fs = std::filesystem;
  const std::size_t mark_length = std::strlen(kTemporaryMark) + 6;
  int removed = 0;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (const fs::recursive_directory_iterator end; !error && it != end; it.increment(error)) {
    const std::string path = it->path().string();
    if (path.size() <= mark_length || path.compare(path.size() - mark_length, 5, kTemporaryMark) != 0) continue;
    if (!targets.count(path.substr(0, path.size() - mark_length))) continue;
    std::error_code ignored;
    if (fs::remove(it->path(), ignored)) ++removed;
  }
  return removed;
}

}  // namespace agreement_ocr
