// The agreement-ocr command: parses arguments and hands them to the command's runner,
// which turns errors into one line on stderr and a documented exit code.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <exception>
#include <filesystem>

#include "cli/diagnostics.h"
#include "cli/exit_codes.h"
#include "cli/extract_command.h"
#include "cli/serve_command.h"
#include "cli/validate_command.h"

namespace {

using namespace agreement_ocr;

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

// Option values that are numbers in range: NaN, infinities, negatives and values past what
// the program can hold are usage errors, not silently wrapped or taken.
// Integers are written in decimal without leading zeros: CLI11 stores them with strtoll base
// 0, which would read "0100" as octal 64 and "0x10" as 16.
CLI::Validator number_in(double low, double high, const std::string& what, bool integer = false) {
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        if (integer) {
          const bool decimal = !text.empty() && text.find_first_not_of("0123456789", text[0] == '-' ? 1 : 0) == std::string::npos &&
                               text != "-" && !(text.size() > 1 && text[text[0] == '-' ? 1 : 0] == '0');
          if (!decimal) return what + " must be a whole number, got '" + text + "'";
        }
        double value = 0;
        try {
          std::size_t used = 0;
          value = std::stod(text, &used);
          if (used != text.size()) return what + " must be a number, got '" + text + "'";
        } catch (const std::exception&) {
          return what + " must be a number, got '" + text + "'";
        }
        if (!std::isfinite(value) || value < low || value > high) {
          return what + " must be between " + CLI::detail::to_string(low) + " and " + CLI::detail::to_string(high) +
                 ", got '" + text + "'";
        }
        return {};
      },
      "NUMBER");
}

// YYYY-MM-DD naming a real day.
CLI::Validator iso_date() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        int year = 0, month = 0, day = 0;
        char tail = 0;
        const auto digits_at = [&](std::size_t from, std::size_t count) {
          for (std::size_t i = from; i < from + count; ++i)
            if (text[i] < '0' || text[i] > '9') return false;
          return true;
        };
        if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits_at(0, 4) || !digits_at(5, 2) ||
            !digits_at(8, 2) || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3) {
          return "--today must be a date YYYY-MM-DD, got '" + text + "'";
        }
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] || (month == 2 && day == 29 && !leap)) {
          return "--today must be a real date, got '" + text + "'";
        }
        return {};
      },
      "YYYY-MM-DD");
}

// The limits a document is held to, the same options for extract and serve.
void add_document_limits(CLI::App* command, LoadLimits& limits, double& max_ocr_seconds) {
  command->add_option("--max-pixels", limits.max_pixels_per_page, "largest page accepted, in pixels")
      ->check(number_in(1, 1e15, "--max-pixels", true))
      ->capture_default_str();
  command->add_option("--max-pages", limits.max_pages, "most pages accepted per document")
      ->check(number_in(1, 1e9, "--max-pages", true))
      ->capture_default_str();
  command->add_option("--max-ocr-seconds", max_ocr_seconds, "longest OCR of one page before the document fails (0: no limit)")
      ->check(number_in(0, 1e6, "--max-ocr-seconds"))
      ->capture_default_str();
  command->add_option("--max-render-seconds", limits.max_render_seconds, "longest rendering of one PDF page before the document fails")
      ->check(number_in(0.1, 1e6, "--max-render-seconds"))
      ->capture_default_str();
}

// agreement-ocr-render in this program's own folder.
std::string render_program_path() {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  return (error ? std::filesystem::path("agreement-ocr-render") : self.parent_path() / "agreement-ocr-render").string();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"agreement-ocr: scanned, signed German agreements in, structured JSON out"};
  app.set_version_flag("--version", std::string("agreement-ocr ") + AGREEMENT_OCR_VERSION);
  app.require_subcommand(1);

  ExtractArguments extract;
  CLI::App* extract_command = app.add_subcommand(
      "extract",
      "OCR scanned documents and extract their fields. One file without --out: its JSON on stdout. "
      "With --out DIR: <name>.json per document (up-to-date ones skipped) and one JSON line per document on stdout");
  extract_command->add_option("inputs", extract.inputs,
                              "PDF, TIFF, PNG or JPEG scans, UTF-8 text (.txt), or folders (searched recursively)");
  extract_command->add_option("--manifest", extract.manifest, "a file listing one input path per line")
      ->check(CLI::ExistingFile);
  extract_command->add_option("--root", extract.root,
                              "name inputs below this folder relative to it (output names and shards), however they were given");
  extract_command->add_option("--out", extract.out_dir, "write outputs into this directory (kept folder structure)");
  extract_command->add_option("--jobs,-j", extract.jobs, "worker threads (default: every core this process may use)")
      ->check(number_in(0, 1024, "--jobs", true));
  extract_command->add_option("--shard", extract.shard, "process only share K of N (K from 0): K/N");
  extract_command->add_flag("--force", extract.force, "redo documents whose outputs are up to date");
  extract_command->add_flag("--pdf", extract.archive.pdf, "also write a searchable PDF (<name>.pdf)");
  extract_command->add_flag("--text", extract.archive.text, "also write the OCR text (<name>.txt, pages split by form feeds)");
  extract_command->add_flag("--hocr", extract.archive.hocr, "also write hOCR (<name>.hocr)");
  extract_command->add_flag("--alto", extract.archive.alto, "also write ALTO XML (<name>.alto.xml)");
  extract_command->add_option("--model", extract.model, "OCR model: fast, best_int, or a path to a .traineddata")
      ->capture_default_str();
  extract_command->add_option("--rules", extract.rules_path, "extraction rules file (default: models/rules/agreement.rules.json)");
  extract_command->add_option("--calibration", extract.calibration_path,
                              "confidence calibration (default: models/rules/agreement.confidence.json); none: the "
                              "extractors' raw confidences");
  add_document_limits(extract_command, extract.pipeline.limits, extract.max_ocr_seconds);
  extract_command->add_option("--max-memory", extract.max_memory_mib,
                              "MiB the pages in work may take together; bigger pages wait for each other "
                              "(default: 3/4 of the machine's memory)")
      ->check(number_in(1, 1 << 30, "--max-memory", true));
  extract_command->add_flag("--quiet,-q", extract.quiet, "no progress on stderr");
  extract_command->add_flag("--verbose,-v", extract.verbose, "also show the OCR libraries' own messages");

  ValidateArguments validate;
  CLI::App* validate_command = app.add_subcommand(
      "validate",
      "Check a returned signed copy against a reference: signed, stamped, unchanged. "
      "Prints a JSON report; exit 0 valid, 1 invalid, 2 bad scan or reference");
  validate_command->add_option("scan", validate.scan, "the returned copy: PDF, TIFF, PNG or JPEG")->required();
  validate_command->add_option("--expect", validate.references,
                               "the reference: JSON of expected fields (e.g. extract output of the copy sent out) "
                               "or the original text (.txt); may be given twice (fields and text)")
      ->required();
  validate_command->add_option("--overlay", validate.overlay_dir, "write one PNG per page with fields and checks drawn on it");
  validate_command->add_flag("--require-stamp", validate.require_stamp, "check the received stamp even if the reference does not ask");
  validate_command->add_option("--today", validate.today, "the date a stamp may not be later than (default: today), YYYY-MM-DD")
      ->check(iso_date());
  validate_command->add_option("--model", validate.model, "OCR model: fast, best_int, or a path to a .traineddata")
      ->capture_default_str();
  validate_command->add_option("--rules", validate.rules_path, "extraction rules file");
  validate_command->add_option("--max-ocr-seconds", validate.max_ocr_seconds, "longest OCR of one page")
      ->check(number_in(0, 1e6, "--max-ocr-seconds"))
      ->capture_default_str();
  validate_command->add_option("--max-render-seconds", validate.pipeline.limits.max_render_seconds,
                               "longest rendering of one PDF page")
      ->check(number_in(0.1, 1e6, "--max-render-seconds"))
      ->capture_default_str();
  validate_command->add_flag("--quiet,-q", validate.quiet, "no progress and no summary on stderr");
  bool validate_verbose = false;
  validate_command->add_flag("--verbose,-v", validate_verbose, "also show the OCR libraries' own messages");

  ServeArguments serve;
  CLI::App* serve_command = app.add_subcommand(
      "serve", "Serve the pipeline over HTTP: POST /v1/extract, POST /v1/validate, /v1/jobs, GET /healthz, /readyz, /metrics, /v1/openapi.json");
  serve_command->add_option("--listen", serve.listen, "HOST:PORT to listen on (port 0: any free one, printed on stdout)")
      ->capture_default_str();
  serve_command->add_option("--jobs,-j", serve.jobs, "OCR workers (default: every core this process may use)")
      ->check(number_in(0, 1024, "--jobs", true));
  serve_command->add_option("--data", serve.data_dir, "folder for uploads (default: $XDG_STATE_HOME/agreement-ocr)");
  serve_command->add_option("--api-keys", serve.api_keys_path,
                            "file of name:key lines; requests then need 'Authorization: Bearer KEY' (required off loopback)");
  serve_command->add_option("--references", serve.references_dir,
                            "folder of references that POST /v1/validate may name with ?expect_ref=NAME")
      ->check(CLI::ExistingDirectory);
  serve_command->add_option("--max-upload", serve.max_upload_mib, "largest upload in MiB, checked while it is read")
      ->check(number_in(1, 1 << 20, "--max-upload", true))
      ->capture_default_str();
  serve_command->add_option("--keep-days", serve.keep_days,
                            "days a finished job (its record and result) is kept; then it is removed")
      ->check(number_in(0.00001, 36500, "--keep-days"))
      ->capture_default_str();
  serve_command->add_option("--model", serve.model, "OCR model: fast, best_int, or a path to a .traineddata")->capture_default_str();
  serve_command->add_option("--rules", serve.rules_path, "extraction rules file");
  serve_command->add_option("--calibration", serve.calibration_path, "confidence calibration file, or none");
  add_document_limits(serve_command, serve.pipeline.limits, serve.max_ocr_seconds);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "agreement-ocr: error: %s (see --help)\n", one_line(e.what()).c_str());
    return kExitUsage;
  }

  if (!extract.verbose && !validate_verbose) silence_library_messages();
  // Under a file-size limit (ulimit -f) a write past it must fail with EFBIG, reported as an
  // output error, instead of killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    // PDF pages are rendered in a child process, bounded in memory and time, by the program
    // built and installed beside this one.
    extract.pipeline.limits.pdf_render_program = validate.pipeline.limits.pdf_render_program =
        serve.pipeline.limits.pdf_render_program = render_program_path();
    if (*extract_command) return run_extract(extract, diagnostics);
    if (*validate_command) return run_validate(validate, diagnostics);
    if (*serve_command) return run_serve(serve, diagnostics);
  } catch (const std::exception& e) {
    std::fprintf(diagnostics, "agreement-ocr: error: unexpected failure: %s\n", one_line(e.what()).c_str());
    return kExitInternal;
  }
  return kExitUsage;
}
