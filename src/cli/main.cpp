// The agreement-ocr command: parses arguments, calls the library, prints results and
// turns errors into one line on stderr and a documented exit code.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <filesystem>

#include "cli/exit_codes.h"
#include "extract/rules.h"
#include "io/document_format.h"
#include "ocr/engine_set.h"
#include "output/atomic_file.h"
#include "output/json_output.h"
#include "pipeline.h"

namespace {

using namespace agreement_ocr;

struct ExtractArguments {
  std::string input;
  std::string out_dir;
  std::string model = "fast";
  std::string rules_path;
  double max_ocr_seconds = 300.0;
  bool quiet = false;
  bool verbose = false;
  PipelineOptions pipeline;
};

// Where our own messages go. The decoders underneath (libpng, libjpeg, libtiff, Tesseract)
// print their own complaints to stderr; unless --verbose, those are sent to /dev/null so that
// a bad file gets exactly one line, ours.
FILE* diagnostics = stderr;

void silence_library_messages() {
  const int own = ::dup(STDERR_FILENO);
  const int null = ::open("/dev/null", O_WRONLY);
  if (own < 0 || null < 0) return;
  FILE* stream = ::fdopen(own, "w");
  if (!stream) return;
  std::setvbuf(stream, nullptr, _IOLBF, 0);
  ::dup2(null, STDERR_FILENO);
  ::close(null);
  diagnostics = stream;
}

int fail(const std::string& subject, const Status& status) {
  std::fprintf(diagnostics, "agreement-ocr: error: %s%s\n", subject.empty() ? "" : (subject + ": ").c_str(),
               status.message().c_str());
  return exit_code_for(status.code());
}

int run_extract(const ExtractArguments& args) {
  // Fail on an unusable output directory before minutes of OCR, not after.
  if (!args.out_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(args.out_dir, error);
    if (error || !std::filesystem::is_directory(args.out_dir)) {
      return fail(args.out_dir, Status::Output("cannot create output directory" +
                                               (error ? ": " + error.message() : std::string())));
    }
  }
  auto rules = load_rules(args.rules_path.empty() ? default_rules_path() : args.rules_path);
  if (!rules.ok()) return fail("", rules.status());
  PipelineOptions options = args.pipeline;
  options.rules = *rules;
  // Plain text needs no OCR model: do not make its absence an error.
  EngineSet engines;
  if (!has_text_extension(args.input)) {
    auto created = create_engine_set(args.model, args.max_ocr_seconds);
    if (!created.ok()) return fail("", created.status());
    engines = std::move(*created);
    options.handwriting_engines = engines.handwriting_readers();
  }

  const bool show_progress = ::isatty(::fileno(diagnostics)) && !args.quiet;
  auto progress = [&](int done, int total) {
    if (show_progress) std::fprintf(diagnostics, "\r%s: page %d/%d", args.input.c_str(), done, total);
    if (show_progress && done == total) std::fputc('\n', diagnostics);
  };
  auto document = process_document(args.input, engines.page.get(), options, progress);
  if (!document.ok()) {
    if (show_progress) std::fputc('\n', diagnostics);
    return fail(args.input, document.status());
  }
  const std::string json = document_to_json(*document, {args.model, (*rules)->version})
                               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                           "\n";
  if (args.out_dir.empty()) {
    std::fwrite(json.data(), 1, json.size(), stdout);
    return std::fflush(stdout) == 0 ? kExitOk : fail("stdout", Status::Output("write failed"));
  }
  const auto target = std::filesystem::path(args.out_dir) / (std::filesystem::path(args.input).stem().string() + ".json");
  const Status written = write_file_atomically(target.string(), json);
  if (!written.ok()) return fail("", written);
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"agreement-ocr: scanned, signed German agreements in, structured JSON out"};
  app.set_version_flag("--version", std::string("agreement-ocr ") + AGREEMENT_OCR_VERSION);
  app.require_subcommand(1);

  ExtractArguments extract;
  CLI::App* extract_command = app.add_subcommand("extract", "OCR a scanned document and print its JSON");
  extract_command->add_option("file", extract.input, "PDF, TIFF, PNG or JPEG scan, or UTF-8 text (.txt)")->required();
  extract_command->add_option("--out", extract.out_dir, "write <name>.json into this directory instead of stdout");
  extract_command->add_option("--model", extract.model, "OCR model: fast, best_int, or a path to a .traineddata")
      ->capture_default_str();
  extract_command->add_option("--rules", extract.rules_path, "extraction rules file (default: models/rules/agreement.rules.json)");
  extract_command->add_option("--max-pixels", extract.pipeline.limits.max_pixels_per_page, "largest page accepted, in pixels")
      ->capture_default_str();
  extract_command->add_option("--max-pages", extract.pipeline.limits.max_pages, "most pages accepted per document")
      ->capture_default_str();

  extract_command->add_option("--max-ocr-seconds", extract.max_ocr_seconds,
                              "longest OCR of one page before the document fails (0: no limit)")
      ->capture_default_str();
  extract_command->add_flag("--quiet,-q", extract.quiet, "no progress on stderr");
  extract_command->add_flag("--verbose,-v", extract.verbose, "also show the OCR libraries' own messages");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "agreement-ocr: error: %s (see --help)\n", e.what());
    return kExitUsage;
  }

  if (!extract.verbose) silence_library_messages();
  try {
    if (*extract_command) return run_extract(extract);
  } catch (const std::exception& e) {
    return fail("", Status::Internal(std::string("unexpected failure: ") + e.what()));
  }
  return kExitUsage;
}
