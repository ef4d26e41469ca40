#include "cli/diagnostics.h"

#include "cli/exit_codes.h"
#include "core/utf8.h"

namespace agreement_ocr {

std::string one_line(const std::string& text) {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return printable(text.substr(0, end));
}

int report_error(FILE* diagnostics, const std::string& subject, const Status& status) {
  const std::string prefix = subject.empty() ? "" : one_line(subject) + ": ";
  std::fprintf(diagnostics, "agreement-ocr: error: %s%s\n", prefix.c_str(), one_line(status.message()).c_str());
  return exit_code_for(status.code());
}

}  // namespace agreement_ocr
