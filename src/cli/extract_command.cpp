// Arguments to a batch: inputs collected, named and sharded, then run_batch; each
// document's outcome becomes a JSON line on stdout and, when it failed, a line on stderr.
#include "cli/extract_command.h"

#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <csignal>
#include <filesystem>
#include <optional>
#include <thread>

#include "batch/batch_runner.h"
#include "batch/input_files.h"
#include "batch/output_names.h"
#include "batch/output_lock.h"
#include "batch/shard.h"
#include "cli/diagnostics.h"
#include "cli/exit_codes.h"
#include "cli/freed_page_memory.h"
#include "cli/progress_line.h"
#include "cli/usable_cores.h"
#include "core/hex.h"
#include "core/utf8.h"

namespace agreement_ocr {
namespace {

std::atomic<bool> stop_requested{false};
volatile std::sig_atomic_t stop_signal = 0;

extern "C" void request_stop(int signal) {
  stop_signal = signal;
  stop_requested.store(true);
  // A second signal, of either kind, ends the process at once.
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
}

const char* status_name(DocumentStatus status) {
  switch (status) {
    case DocumentStatus::kOk: return "ok";
    case DocumentStatus::kSkipped: return "skipped";
    case DocumentStatus::kFailed: return "failed";
    case DocumentStatus::kInterrupted: return "interrupted";
  }
  return "failed";
}

// Which failure decides the exit code when several documents failed: the most serious.
int severity(int exit_code) {
  switch (exit_code) {
    case kExitOk: return 0;
    case kExitBadInput: return 1;
    case kExitOutput: return 2;
    case kExitInternal: return 4;
    default: return 3;
  }
}

Status check_arguments(const ExtractArguments& args) {
  if (args.inputs.empty() && args.manifest.empty()) return Status::Usage("no input: name files, folders or --manifest");
  const bool many = args.inputs.size() > 1 || !args.manifest.empty() ||
                    (args.inputs.size() == 1 && std::filesystem::is_directory(args.inputs[0]));
  if (args.out_dir.empty()) {
    if (many) return Status::Usage("several documents need --out DIR (one JSON file each)");
    if (args.archive.pdf || args.archive.text || args.archive.hocr || args.archive.alto)
      return Status::Usage("--pdf, --text, --hocr and --alto need --out DIR");
    if (!args.shard.empty()) return Status::Usage("--shard needs --out DIR");
  }
  if (args.jobs < 0) return Status::Usage("--jobs must be 0 (every core) or more");
  if (args.max_memory_mib < 0) return Status::Usage("--max-memory must be a number of MiB");
  return Status::Ok();
}

// Three quarters of the machine's memory: the rest is for the engines (about 100 MB per
// worker), the freed page buffers kept for reuse (up to 64 MiB per worker), the system and
// whatever else runs.
std::size_t default_memory_budget() {
  const long pages = ::sysconf(_SC_PHYS_PAGES), page_size = ::sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return std::size_t{4} << 30;
  return static_cast<std::size_t>(pages) * static_cast<std::size_t>(page_size) / 4 * 3;
}

}  // namespace

int run_extract(const ExtractArguments& args, FILE* diagnostics) {
  if (Status checked = check_arguments(args); !checked.ok()) return report_error(diagnostics, "", checked);
  Shard shard;
  if (!args.shard.empty()) {
    auto parsed = parse_shard(args.shard);
    if (!parsed.ok()) return report_error(diagnostics, "", parsed.status());
    shard = *parsed;
  }
  // Fail on an unusable output directory before minutes of OCR, not after.
  if (!args.out_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(args.out_dir, error);
    if (error || !std::filesystem::is_directory(args.out_dir) || ::access(args.out_dir.c_str(), W_OK) != 0) {
      return report_error(diagnostics, args.out_dir,
                          Status::Output("cannot write into the output directory" + (error ? ": " + error.message() : std::string())));
    }
  }
  std::optional<OutputFolderLock> lock;
  if (!args.out_dir.empty()) {
    auto acquired = OutputFolderLock::acquire(args.out_dir, /*shared=*/!args.shard.empty());
    if (!acquired.ok()) return report_error(diagnostics, args.out_dir, acquired.status());
    lock.emplace(std::move(*acquired));
  }
  auto rules = load_rules(args.rules_path.empty() ? default_rules_path() : args.rules_path);
  if (!rules.ok()) return report_error(diagnostics, "", rules.status());
  auto loaded = load_calibration_option(args.calibration_path);
  if (!loaded.ok()) return report_error(diagnostics, "", loaded.status());
  const std::shared_ptr<const ConfidenceCalibration> calibration = *loaded;

  auto inputs = collect_inputs(args.inputs, args.manifest, args.out_dir, args.root);
  if (!inputs.ok()) return report_error(diagnostics, "", inputs.status());
  // An empty folder or manifest is almost always a wrong path: say so, not "done".
  if (inputs->empty()) {
    std::string named = args.manifest.empty() ? "" : args.manifest;
    for (const std::string& input : args.inputs) named += (named.empty() ? "" : ", ") + input;
    return report_error(diagnostics, named, Status::BadInput("no PDF, TIFF, PNG, JPEG or .txt file to process"));
  }
  if (!args.out_dir.empty() && !args.quiet) {
    for (const std::string& input : args.inputs) {
      std::error_code error;
      const auto folder = std::filesystem::weakly_canonical(input, error);
      const auto out = std::filesystem::weakly_canonical(args.out_dir, error);
      const auto below = out.lexically_relative(folder);
      if (std::filesystem::is_directory(input, error) && !below.empty() && *below.begin() != ".." && below != ".") {
        std::fprintf(diagnostics, "agreement-ocr: note: --out %s is inside the input folder %s; it is left out of the inputs\n",
                     one_line(args.out_dir).c_str(), one_line(input).c_str());
      }
    }
  }
  const std::vector<std::string> bases =
      args.out_dir.empty() ? std::vector<std::string>(inputs->size()) : output_bases(*inputs, args.out_dir);
  std::vector<BatchDocument> documents;
  for (std::size_t i = 0; i < inputs->size(); ++i)
    if (in_shard((*inputs)[i].relative, shard)) documents.push_back({(*inputs)[i], bases[i]});

  PipelineOptions pipeline = args.pipeline;
  pipeline.limits.cancel = &stop_requested;
  pipeline.rules = *rules;
  pipeline.calibration = calibration;
  pipeline.renditions = args.archive.renditions();
  BatchOptions options;
  options.jobs = args.jobs > 0 ? args.jobs : usable_cores();
  options.force = args.force;
  options.out_dir = args.out_dir;
  options.model = args.model;
  options.max_ocr_seconds = args.max_ocr_seconds;
  options.max_memory_bytes = args.max_memory_mib > 0 ? static_cast<std::size_t>(args.max_memory_mib) << 20 : default_memory_budget();
  options.archive = args.archive;
  options.context = {args.model, (*rules)->version, calibration ? calibration->version : ""};

  const bool to_stdout = args.out_dir.empty();
  ProgressLine progress(diagnostics, ::isatty(::fileno(diagnostics)) && !args.quiet);
  int exit_code = kExitOk;
  bool stdout_failed = false;
  BatchCallbacks callbacks;
  // With two workers or more, freed page buffers are kept for the next pages, up to 64 MiB
  // per worker, and what is over is given back after each page: handing each back at once
  // cost two workers about 10% of their throughput, one worker nothing measurable (README,
  // "Batch speed and memory").
  const FreedPageMemory freed_pages =
      options.jobs >= 2 ? FreedPageMemory::keep(static_cast<std::size_t>(options.jobs) * (std::size_t{64} << 20))
                        : FreedPageMemory{};
  callbacks.after_page = [&] { freed_pages.trim(); };
  callbacks.on_progress = [&](const BatchProgress& state) { progress.update(state); };
  callbacks.on_document = [&](const DocumentOutcome& outcome) {
    if (outcome.status == DocumentStatus::kFailed) {
      progress.clear();
      const int code = report_error(diagnostics, outcome.path, outcome.error);
      if (severity(code) > severity(exit_code)) exit_code = code;
    }
    if (to_stdout) {
      if (!outcome.json.empty()) stdout_failed |= std::fwrite(outcome.json.data(), 1, outcome.json.size(), stdout) != outcome.json.size();
      return;
    }
    nlohmann::ordered_json line = {
        {"path", outcome.path},
        {"status", status_name(outcome.status)},
        {"output", outcome.output.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(outcome.output)},
        {"pages", outcome.pages},
        {"seconds", std::round(outcome.seconds * 100) / 100},
        {"error", outcome.error.ok() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(outcome.error.message())},
    };
    // A name that is no UTF-8 comes out with U+FFFD in "path"; its bytes stay findable.
    if (!is_valid_utf8(outcome.path)) line["path_hex"] = hex_of(outcome.path);
    const std::string text = line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    stdout_failed |= std::fwrite(text.data(), 1, text.size(), stdout) != text.size();
    std::fflush(stdout);
  };

  stop_requested.store(false);
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  const Status ran = run_batch(documents, pipeline, options, callbacks, &stop_requested);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  progress.clear();
  if (!ran.ok()) return report_error(diagnostics, "", ran);
  if (stop_requested.load()) {
    std::fprintf(diagnostics, "agreement-ocr: interrupted; run the same command again to resume\n");
    return 128 + static_cast<int>(stop_signal);
  }
  if (std::fflush(stdout) != 0 || stdout_failed) return report_error(diagnostics, "stdout", Status::Output("write failed"));
  return exit_code;
}

}  // namespace agreement_ocr
