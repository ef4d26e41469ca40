#include "cli/serve_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/diagnostics.h"
#include "cli/exit_codes.h"
#include "cli/freed_page_memory.h"
#include "cli/usable_cores.h"
#include "core/clock_text.h"
#include "extract/confidence_calibration.h"
#include "extract/rules.h"
#include "serve/document_workers.h"
#include "serve/http_api.h"
#include "serve/job_store.h"
#include "serve/metrics.h"

namespace agreement_ocr {
namespace {

std::atomic<bool> serve_stop{false};
extern "C" void request_serve_stop(int) { serve_stop.store(true); }

// $XDG_STATE_HOME/agreement-ocr, else ~/.local/state/agreement-ocr.
std::string default_data_dir() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return std::string(state) + "/agreement-ocr";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/state/agreement-ocr";
  return "agreement-ocr-data";
}

bool is_loopback(const std::string& host) { return host == "127.0.0.1" || host == "::1" || host == "localhost"; }

// "HOST:PORT", "[V6]:PORT" or ":PORT" (loopback).
Status parse_listen(const std::string& listen, std::string& host, int& port) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) return Status::Usage("--listen must be HOST:PORT, got '" + listen + "'");
  host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "127.0.0.1";
  const std::string digits = listen.substr(colon + 1);
  if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(digits) > 65535)
    return Status::Usage("--listen needs a port from 0 to 65535, got '" + listen + "'");
  port = std::stoi(digits);
  return Status::Ok();
}

}  // namespace

int run_serve(const ServeArguments& args, FILE* diagnostics) {
  HttpApiOptions http;
  if (Status parsed = parse_listen(args.listen, http.host, http.port); !parsed.ok()) return report_error(diagnostics, "", parsed);
  if (args.max_upload_mib <= 0) return report_error(diagnostics, "", Status::Usage("--max-upload must be a number of MiB"));
  http.max_upload_bytes = static_cast<std::size_t>(args.max_upload_mib) << 20;
  if (!args.api_keys_path.empty()) {
    std::ifstream in(args.api_keys_path);
    if (!in) return report_error(diagnostics, args.api_keys_path, Status::Usage("cannot read the API keys file"));
    std::ostringstream text;
    text << in.rdbuf();
    auto keys = parse_api_keys(text.str());
    if (!keys.ok()) return report_error(diagnostics, args.api_keys_path, keys.status());
    http.api_keys = std::move(*keys);
  }
  // Anything but loopback is reachable by others: not without keys.
  if (!is_loopback(http.host) && http.api_keys.empty())
    return report_error(diagnostics, "", Status::Usage("--listen on " + http.host + " (not loopback) needs --api-keys FILE"));

  const std::string data_dir = args.data_dir.empty() ? default_data_dir() : args.data_dir;
  JobStore store(data_dir);
  if (Status opened = store.open(); !opened.ok()) return report_error(diagnostics, data_dir, opened);
  if (::access((data_dir + "/jobs").c_str(), W_OK) != 0)
    return report_error(diagnostics, data_dir, Status::Output("cannot write into the data folder"));

  auto rules = load_rules(args.rules_path.empty() ? default_rules_path() : args.rules_path);
  if (!rules.ok()) return report_error(diagnostics, "", rules.status());
  auto loaded = load_calibration_option(args.calibration_path);
  if (!loaded.ok()) return report_error(diagnostics, "", loaded.status());
  const std::shared_ptr<const ConfidenceCalibration> calibration = *loaded;
  PipelineOptions pipeline = args.pipeline;
  pipeline.rules = *rules;
  pipeline.calibration = calibration;
  // No cancel on stop: documents in work finish (drain), queued ones wait on disk.
  const int jobs = args.jobs > 0 ? args.jobs : usable_cores();
  // Up to four documents waiting per worker; more are answered 503 with Retry-After.
  ServiceMetrics metrics;
  DocumentWorkers workers(pipeline, {args.model, (*rules)->version, calibration ? calibration->version : ""}, store, metrics,
                          static_cast<std::size_t>(4 * jobs));
  // Freed page buffers kept for the next page, as in the batch (cli/freed_page_memory.h: about
  // 10% of the throughput with two workers).
  const FreedPageMemory freed_pages =
      jobs >= 2 ? FreedPageMemory::keep(static_cast<std::size_t>(jobs) * (std::size_t{64} << 20)) : FreedPageMemory{};
  if (Status started = workers.start(jobs, args.model, args.max_ocr_seconds, [&] { freed_pages.trim(); }); !started.ok())
    return report_error(diagnostics, "", started);
  // What was accepted before a stop or a kill is done now, oldest first.
  const std::vector<JobRecord> left = store.unfinished();
  for (JobRecord record : left) {
    // A job whose cancel was asked while it ran is not done again.
    record.status = record.cancel_requested ? JobStatus::kCancelled : JobStatus::kQueued;
    record.pages_done = 0;
    if (record.cancel_requested) {
      record.cancel_requested = false;
      record.finished = utc_timestamp();
      std::error_code ignored;
      std::filesystem::remove(store.upload_path(record), ignored);
    }
    if (store.update(record).ok() && record.status == JobStatus::kQueued) workers.submit(record.id, /*even_if_full=*/true);
  }
  if (!left.empty()) std::fprintf(diagnostics, "agreement-ocr: %zu job(s) accepted before the last stop are queued again\n", left.size());

  serve_stop.store(false);
  // Finished jobs older than --keep-days are removed at start and then every tenth of that
  // period (at least every second, at most every hour).
  const double keep_seconds = args.keep_days * 86400.0;
  const auto sweep_every = std::chrono::duration<double>(std::clamp(keep_seconds / 10, 1.0, 3600.0));
  std::thread sweeper([&] {
    auto next = std::chrono::steady_clock::now();
    while (!serve_stop.load()) {
      if (std::chrono::steady_clock::now() >= next) {
        store.expire(keep_seconds);
        next = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(sweep_every);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  std::signal(SIGINT, request_serve_stop);
  std::signal(SIGTERM, request_serve_stop);
  http.references_dir = args.references_dir;
  const Status served = serve_http(http, *rules, store, workers, metrics, serve_stop, [&](int port) {
    // On stdout, for whoever started the service with port 0.
    std::printf("listening on http://%s:%d\n", http.host.c_str(), port);
    std::fflush(stdout);
    std::fprintf(diagnostics, "agreement-ocr: serving on http://%s:%d with %d worker%s, data in %s\n", http.host.c_str(), port,
                 jobs, jobs == 1 ? "" : "s", data_dir.c_str());
  });
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  serve_stop.store(true);  // also when the service ended for another reason
  sweeper.join();
  workers.stop();
  if (!served.ok()) return report_error(diagnostics, "", served);
  return kExitOk;
}

}  // namespace agreement_ocr
