#include "validate/report_json.h"

namespace agreement_ocr {

nlohmann::ordered_json report_to_json(const DocumentResult& scan, const Reference& reference,
                                      const ValidationReport& report, const OutputContext& context) {
  using Json = nlohmann::ordered_json;
  Json checks = Json::array();
  for (const CheckResult& check : report.checks) {
    checks.push_back({{"check", check.check},
                      {"subject", check.subject},
                      {"passed", check.passed},
                      {"status", status_name(status_of(check))},
                      {"expected", check.expected},
                      {"found", check.found},
                      {"page", check.page > 0 ? Json(check.page) : Json(nullptr)},
                      {"bbox", box_on_input_page(scan, check.page, check.box)}});
  }
  const Json extracted = document_to_json(scan, context);
  return {{"status", verdict_name(report.verdict)},
          {"source", extracted["source"]},
          {"reference", reference.path},
          {"checks", checks},
          {"extracted", extracted}};
}

std::string report_summary(const ValidationReport& report) {
  std::size_t failed = 0;
  std::size_t unreadable = 0;
  for (const CheckResult& check : report.checks) {
    failed += status_of(check) == CheckStatus::kFailed ? 1 : 0;
    unreadable += status_of(check) == CheckStatus::kUnreadable ? 1 : 0;
  }
  const std::string total = std::to_string(report.checks.size());
  std::string text;
  switch (report.verdict) {
    case Verdict::kValid: text = "VALID: all " + total + " checks passed\n"; break;
    case Verdict::kInvalid: text = "INVALID: " + std::to_string(failed) + " of " + total + " checks failed"; break;
    case Verdict::kUnreadable: text = "CHECK BY EYE: no check failed, but " + std::to_string(unreadable) + " of " + total +
                                      " could not be read"; break;
  }
  if (report.verdict == Verdict::kInvalid && unreadable > 0)
    text += ", " + std::to_string(unreadable) + " could not be read";
  if (report.verdict != Verdict::kValid) text += "\n";
  for (const CheckResult& check : report.checks) {
    if (check.passed) continue;
    text += std::string("  - ") + (check.unreadable ? "[check by eye] " : "") + check.check + " (" + check.subject +
            "): expected " + check.expected + "; found " + check.found;
    if (check.page > 0) text += " [page " + std::to_string(check.page) + "]";
    text += "\n";
  }
  return text;
}

}  // namespace agreement_ocr
