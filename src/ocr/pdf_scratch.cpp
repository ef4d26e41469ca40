#include "ocr/pdf_scratch.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPrefix = "agreement-ocr-pdf-";

// The pid in "agreement-ocr-pdf-<pid>-XXXXXX", or 0 for any other name.
pid_t owner_of(const std::string& name) {
  if (name.rfind(kPrefix, 0) != 0) return 0;
  const std::string rest = name.substr(std::char_traits<char>::length(kPrefix));
  const std::size_t dash = rest.find('-');
  if (dash == 0 || dash == std::string::npos || dash > 9) return 0;
  pid_t pid = 0;
  for (std::size_t i = 0; i < dash; ++i) {
    if (rest[i] < '0' || rest[i] > '9') return 0;
    pid = pid * 10 + (rest[i] - '0');
  }
  return pid;
}

// Gone for sure: no process has the pid. A pid taken again by another process keeps the
// folder until that one ends too, which is safe.
bool process_gone(pid_t pid) { return ::kill(pid, 0) != 0 && errno == ESRCH; }

}  // namespace

std::string make_pdf_scratch() {
  std::error_code error;
  const fs::path temporary = fs::temp_directory_path(error);
  if (error) return "";
  std::string scratch = (temporary / (kPrefix + std::to_string(::getpid()) + "-XXXXXX")).string();
  if (!::mkdtemp(scratch.data())) return "";
  return scratch;
}

int remove_abandoned_pdf_scratch(const std::string& temporary) {
  std::error_code error;
  const fs::path folder = temporary.empty() ? fs::temp_directory_path(error) : fs::path(temporary);
  if (error) return 0;
  int removed = 0;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    const pid_t owner = owner_of(it->path().filename().string());
    std::error_code ignored;
    if (owner <= 0 || owner == ::getpid() || !it->is_directory(ignored) || it->is_symlink(ignored)) continue;
    if (!process_gone(owner)) continue;
    if (fs::remove_all(it->path(), ignored) > 0 && !ignored) ++removed;
  }
  return removed;
}

}  // namespace agreement_ocr
