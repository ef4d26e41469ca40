#include "cli/validate_command.h"

#include <unistd.h>

#include <optional>

#include "cli/diagnostics.h"
#include "cli/exit_codes.h"
#include "core/clock_text.h"
#include "io/document_format.h"
#include "validate/overlay.h"
#include "validate/reference.h"
#include "validate/report_json.h"

namespace agreement_ocr {

int run_validate(const ValidateArguments& args, FILE* diagnostics) {
  auto rules = load_rules(args.rules_path.empty() ? default_rules_path() : args.rules_path);
  if (!rules.ok()) return report_error(diagnostics, "", rules.status());
  // A text has no ink: no signature or stamp on it can be checked.
  if (has_text_extension(args.scan)) {
    return report_error(diagnostics, args.scan,
                        Status::BadInput("a text file has no ink to check; validate needs the scanned copy "
                                         "(PDF, TIFF, PNG or JPEG)"));
  }
  // The reference first: a wrong path should not cost a minute of OCR.
  std::vector<Reference> loaded;
  for (const std::string& path : args.references) {
    auto reference = load_reference(path, **rules);
    if (!reference.ok()) return report_error(diagnostics, path, reference.status());
    loaded.push_back(std::move(*reference));
  }
  const std::optional<Reference> reference = merge_references(loaded);

  auto engines = create_engine_set(args.model, args.max_ocr_seconds);
  if (!engines.ok()) return report_error(diagnostics, "", engines.status());
  PipelineOptions options = args.pipeline;
  options.rules = *rules;
  const bool show_progress = ::isatty(::fileno(diagnostics)) && !args.quiet;
  auto progress = [&](int done, int total) {
    if (show_progress) std::fprintf(diagnostics, "\r\033[K%s: page %d/%d", one_line(args.scan).c_str(), done, total);
  };
  auto scan = process_document(args.scan, &*engines, options, progress);
  if (show_progress) std::fputs("\r\033[K", diagnostics);
  if (!scan.ok()) return report_error(diagnostics, args.scan, scan.status());
  if (!scan->fields) return report_error(diagnostics, args.scan, Status::Internal("no fields were extracted"));

  ValidationOptions validation;
  validation.require_received_stamp = args.require_stamp;
  validation.today = args.today.empty() ? local_date() : args.today;
  const ValidationReport report = validate_document(*scan, *reference, **rules, validation);

  const std::string json = report_to_json(*scan, *reference, report, {args.model, (*rules)->version})
                               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                           "\n";
  std::fwrite(json.data(), 1, json.size(), stdout);
  if (std::fflush(stdout) != 0) return report_error(diagnostics, "stdout", Status::Output("write failed"));
  if (!args.quiet) std::fputs(report_summary(report).c_str(), diagnostics);
  // The verdict comes first: pictures that cannot be written are a warning, not a failure.
  if (!args.overlay_dir.empty()) {
    const Status drawn = write_overlays(*scan, report, args.overlay_dir, options.limits);
    if (!drawn.ok()) {
      std::fprintf(diagnostics, "agreement-ocr: warning: %s: overlays not written: %s\n", one_line(args.overlay_dir).c_str(),
                   one_line(drawn.message()).c_str());
    }
  }
  switch (report.verdict) {
    case Verdict::kValid: return kExitOk;
    case Verdict::kInvalid: return kExitInvalid;
    case Verdict::kUnreadable: return kExitCheckByEye;
  }
  return kExitInvalid;
}

}  // namespace agreement_ocr
