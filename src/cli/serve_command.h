// `agreement-ocr serve`: the HTTP service (issue #17; README "Service").
#pragma once

#include <cstdio>
#include <string>

#include "pipeline.h"

namespace agreement_ocr {

struct ServeArguments {
  std::string listen = "127.0.0.1:8080";
  int jobs = 0;  // 0: every core
  std::string data_dir;  // empty: $XDG_STATE_HOME/agreement-ocr (or ~/.local/state/agreement-ocr)
  std::string api_keys_path;
  std::string references_dir;  // validate's ?expect_ref=NAME
  long long max_upload_mib = 256;
  double keep_days = 30.0;  // finished jobs are removed after this
  std::string model = "fast";
  std::string rules_path;
  std::string calibration_path;
  double max_ocr_seconds = 300.0;
  PipelineOptions pipeline;
};

int run_serve(const ServeArguments& args, FILE* diagnostics);

}  // namespace agreement_ocr
