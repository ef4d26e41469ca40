// Field comparison by scripts/evaluate: the output is written to a scratch file and the script
// (on Debian's /usr/bin/python3, which scripts/setup provides) prints its checks as JSON.
#include "e2e/field_comparison.h"

#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace agreement_ocr::testing {
namespace {

namespace fs = std::filesystem;

std::string shown(const nlohmann::json& value) {
  if (value.is_null()) return "null";
  return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }  // paths here hold no quote

}  // namespace

FieldChecks evaluate_fields(const std::string& truth_path, const nlohmann::ordered_json& output) {
  FieldChecks result;
  const fs::path scratch =
      fs::temp_directory_path() / ("agreement-ocr-e2e-" + std::to_string(::getpid()) + "-" +
                                   fs::path(truth_path).stem().string() + ".json");
  std::ofstream(scratch) << output.dump();
  const std::string command = "/usr/bin/python3 " +
                              quoted((fs::path(AGREEMENT_OCR_SOURCE_DIR) / "scripts/evaluate").string()) +
                              " --pair " + quoted(truth_path) + " " + quoted(scratch.string()) + " --json -";
  std::string text;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 65536> buffer{};
    std::size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) text.append(buffer.data(), got);
    const int status = ::pclose(pipe);
    if (status != 0) result.error = command + " failed with status " + std::to_string(status);
  } else {
    result.error = "cannot start " + command;
  }
  fs::remove(scratch);
  if (!result.error.empty()) return result;
  const auto report = nlohmann::json::parse(text, nullptr, false);
  if (report.is_discarded() || !report.contains("checks")) {
    result.error = "scripts/evaluate printed no checks";
    return result;
  }
  for (const auto& check : report["checks"]) {
    result.checks[check["path"].get<std::string>()] = {check["outcome"].get<std::string>(),
                                                       shown(check["expected"]), shown(check["found"])};
  }
  return result;
}

}  // namespace agreement_ocr::testing
