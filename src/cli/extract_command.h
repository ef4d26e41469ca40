// `agreement-ocr extract`: one document to stdout, or many documents into a folder.
#pragma once

#include <string>
#include <vector>

#include "output/archive_files.h"
#include "pipeline.h"

namespace agreement_ocr {

struct ExtractArguments {
  std::vector<std::string> inputs;
  std::string manifest;
  std::string root;
  std::string out_dir;
  std::string model = "fast";
  std::string rules_path;
  std::string calibration_path;  // empty: the default; "none": raw confidences
  std::string shard;
  int jobs = 0;  // 0: every core
  bool force = false;
  double max_ocr_seconds = 300.0;
  long long max_memory_mib = 0;  // 0: three quarters of the machine's memory
  bool quiet = false;
  bool verbose = false;
  ArchiveRequest archive;
  PipelineOptions pipeline;
};

// Runs the command; `diagnostics` gets progress and one line per error. Returns the exit code.
int run_extract(const ExtractArguments& args, FILE* diagnostics);

}  // namespace agreement_ocr
