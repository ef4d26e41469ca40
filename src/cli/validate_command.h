// `agreement-ocr validate SCAN --expect REFERENCE`: is a returned signed copy complete,
// signed, stamped and unchanged?
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "pipeline.h"

namespace agreement_ocr {

struct ValidateArguments {
  std::string scan;
  std::vector<std::string> references;
  std::string overlay_dir;
  std::string model = "fast";
  std::string rules_path;
  std::string today;  // default: the system's date
  bool require_stamp = false;
  double max_ocr_seconds = 300.0;
  bool quiet = false;
  PipelineOptions pipeline;
};

// The report goes to stdout and a summary to `diagnostics`. Returns 0 valid, 1 invalid, or
// the error's exit code (2 bad scan or reference).
int run_validate(const ValidateArguments& args, FILE* diagnostics);

}  // namespace agreement_ocr
