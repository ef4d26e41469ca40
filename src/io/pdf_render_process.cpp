#include "io/pdf_render_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <poppler/cpp/poppler-global.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "core/shared_bytes.h"

extern char** environ;

namespace agreement_ocr {
namespace {

constexpr int kPdfDescriptor = 3;
constexpr int kRenderFailed = 2;   // the page cannot be rendered; the reason is on the pipe
constexpr int kChildUsage = 64;

void ignore_poppler_message(const std::string&, void*) {}

bool write_all(int fd, const void* data, std::size_t size) {
  const auto* at = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, at, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    at += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// The pipe's protocol: one header line, "ok WIDTH HEIGHT HAS_TEXT" followed by the rows, or
// "error MESSAGE".
int child_failure(const std::string& message) {
  const std::string line = "error " + message + "\n";
  write_all(STDOUT_FILENO, line.data(), line.size());
  return kRenderFailed;
}

// Reads from the child's pipe until `size` bytes are in `into`, the pipe closes, the deadline
// passes or the run is cancelled. Returns the bytes read, or -1 on timeout or cancel.
long long read_until(int fd, char* into, std::size_t size, std::chrono::steady_clock::time_point deadline,
                     const std::atomic<bool>* cancel, bool stop_at_newline) {
  std::size_t got = 0;
  while (got < size) {
    if (cancel && cancel->load()) return -1;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) return -1;
    pollfd waiting{fd, POLLIN, 0};
    // Short polls, so a stop request is noticed within 100 ms.
    const int ready = ::poll(&waiting, 1, static_cast<int>(std::min<long long>(left, 100)));
    if (ready < 0 && errno != EINTR) return static_cast<long long>(got);
    if (ready <= 0) continue;
    const ssize_t n = ::read(fd, into + got, stop_at_newline ? 1 : size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
    if (stop_at_newline && into[got - 1] == '\n') break;
  }
  return static_cast<long long>(got);
}

std::string describe_end(int status) {
  if (WIFSIGNALED(status)) return "ended by signal " + std::to_string(WTERMSIG(status));
  return "exited with code " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

bool render_memory_is_bounded() {
#if defined(__SANITIZE_ADDRESS__)
  return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return false;
#else
  return true;
#endif
#else
  return true;
#endif
}

Result<RenderedPdfPage> render_pdf_page_in_child(int pdf_fd, int index, double dpi, const PdfRenderBounds& bounds) {
  const std::string label = "page " + std::to_string(index + 1);
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return Status::Internal(std::string("cannot create a pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pdf_fd, kPdfDescriptor);
  char dpi_text[64];
  std::snprintf(dpi_text, sizeof dpi_text, "%.17g", dpi);
  const long long cpu_seconds = static_cast<long long>(std::ceil(bounds.max_seconds)) + 1;
  std::vector<std::string> arguments = {bounds.program, kRenderPdfPageCommand, std::to_string(index), dpi_text,
                                        std::to_string(bounds.max_bytes), std::to_string(cpu_seconds)};
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, bounds.program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    return Status::Internal("cannot start the PDF renderer " + bounds.program + ": " + std::strerror(spawned));
  }
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::milliseconds(static_cast<long long>(bounds.max_seconds * 1000.0));
  const int out = pipe_fds[0];
  Result<RenderedPdfPage> result = Status::Internal("");
  bool timed_out = false;
  char header[512] = {};
  const long long header_size = read_until(out, header, sizeof header - 1, deadline, bounds.cancel, true);
  int width = 0, height = 0, has_text = 0;
  if (header_size < 0) {
    timed_out = true;
  } else if (std::strncmp(header, "error ", 6) == 0) {
    std::string message(header + 6);
    if (!message.empty() && message.back() == '\n') message.pop_back();
    result = Status::BadInput(message);
  } else if (std::sscanf(header, "ok %d %d %d\n", &width, &height, &has_text) == 3 && width > 0 && height > 0) {
    RenderedPdfPage page;
    page.pixels.create(height, width, CV_8UC1);
    page.has_text = has_text != 0;
    const std::size_t size = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    const long long got = read_until(out, reinterpret_cast<char*>(page.pixels.data), size, deadline, bounds.cancel, false);
    if (got < 0) timed_out = true;
    else if (static_cast<std::size_t>(got) == size) result = std::move(page);
  }
  if (timed_out) ::kill(pid, SIGKILL);
  ::close(out);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    if (bounds.cancel && bounds.cancel->load()) return Status::BadInput("rendering " + label + " of the PDF was stopped");
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", bounds.max_seconds);
    return Status::BadInput("rendering " + label + " of the PDF took over " + std::string(seconds) +
                            " s (see --max-render-seconds)");
  }
  if (result.ok() || result.status().code() == ErrorCode::kBadInput) return result;
  // No page and no reason: the child died, most likely of its memory limit (poppler aborts
  // when an allocation fails) or of the CPU limit behind the wall-clock one.
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
    return Status::BadInput("rendering " + label + " of the PDF took over its CPU time (see --max-render-seconds)");
  std::string message = "cannot render " + label + " of the PDF: the renderer " + describe_end(status);
  if (bounds.max_bytes > 0 && render_memory_is_bounded())
    message += " (a damaged page, or one needing more than " + std::to_string(bounds.max_bytes >> 20) + " MiB to render)";
  return Status::BadInput(message);
}

int run_pdf_render_child(int argc, char** argv) {
  if (argc != 6) return kChildUsage;
  int index = 0;
  double dpi = 0;
  unsigned long long max_bytes = 0;
  long long cpu_seconds = 0;
  if (std::sscanf(argv[2], "%d", &index) != 1 || std::sscanf(argv[3], "%lf", &dpi) != 1 ||
      std::sscanf(argv[4], "%llu", &max_bytes) != 1 || std::sscanf(argv[5], "%lld", &cpu_seconds) != 1 || index < 0 ||
      !(dpi > 0))
    return kChildUsage;
  // Gone with the parent: a render nobody reads is not left running. (No check of getppid():
  // in a container the program itself may be process 1.)
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (cpu_seconds > 0) {
    const rlimit cpu{static_cast<rlim_t>(cpu_seconds), static_cast<rlim_t>(cpu_seconds + 1)};
    ::setrlimit(RLIMIT_CPU, &cpu);
  }
  if (max_bytes > 0 && render_memory_is_bounded()) {
    const rlimit data{static_cast<rlim_t>(max_bytes), static_cast<rlim_t>(max_bytes)};
    ::setrlimit(RLIMIT_DATA, &data);
  }
  std::size_t size = 0;
  const std::uint8_t* bytes = map_shared_bytes(kPdfDescriptor, size);
  if (!bytes) return child_failure("cannot read the PDF in the renderer");
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(reinterpret_cast<const char*>(bytes), static_cast<int>(size)));
  if (!pdf) return child_failure("cannot open the PDF (corrupt or truncated)");
  auto page = render_pdf_page(*pdf, index, dpi);
  if (!page.ok()) return child_failure(page.status().message());
  const std::string header = "ok " + std::to_string(page->pixels.cols) + " " + std::to_string(page->pixels.rows) + " " +
                             (page->has_text ? "1" : "0") + "\n";
  if (!write_all(STDOUT_FILENO, header.data(), header.size())) return kRenderFailed;
  const cv::Mat& pixels = page->pixels;
  for (int row = 0; row < pixels.rows; ++row)
    if (!write_all(STDOUT_FILENO, pixels.ptr(row), static_cast<std::size_t>(pixels.cols))) return kRenderFailed;
  return 0;
}

}  // namespace agreement_ocr
