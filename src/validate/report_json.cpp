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
                      {"expected", check.expected},
                      {"found", check.found},
                      {"page", check.page > 0 ? Json(check.page) : Json(nullptr)},
                      {"bbox", box_on_input_page(scan, check.page, check.box)}});
  }
  const Json extracted = document_to_json(scan, context);
  return {{"status", report.valid ? "valid" : "invalid"},
          {"source", extracted["source"]},
          {"reference", reference.path},
          {"checks", checks},
          {"extracted", extracted}};
}

std::string report_summary(const ValidationReport& report) {
  std::size_t failed = 0;
  for (const CheckResult& check : report.checks) failed += check.passed ? 0 : 1;
  std::string text = report.valid ? "VALID: all " + std::to_string(report.checks.size()) + " checks passed\n"
                                  : "INVALID: " + std::to_string(failed) + " of " + std::to_string(report.checks.size()) +
                                        " checks failed\n";
  for (const CheckResult& check : report.checks) {
    if (check.passed) continue;
    text += "  - " + check.check + " (" + check.subject + "): expected " + check.expected + "; found " + check.found;
    if (check.page > 0) text += " [page " + std::to_string(check.page) + "]";
    text += "\n";
  }
  return text;
}

}  // namespace agreement_ocr
