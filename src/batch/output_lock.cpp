// flock on a directory's descriptor: no lock file appears among the outputs.
#include "batch/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace agreement_ocr {

Result<OutputFolderLock> OutputFolderLock::acquire(const std::string& folder, bool shared) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::Output("cannot open the output directory to lock it: " + std::string(std::strerror(errno)));
  if (::flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) {
      return Status::Output(std::string("another agreement-ocr run is writing into this directory") +
                            (shared ? " (not a shard)" : "") + "; wait for it to end (then run again to resume) or use another --out");
    }
    return Status::Output("cannot lock the output directory: " + std::string(std::strerror(error)));
  }
  return OutputFolderLock(fd);
}

OutputFolderLock::~OutputFolderLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace agreement_ocr
