// Listing the samples.
#include "support/sample_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace agreement_ocr::testing {

std::vector<std::string> sample_truth_files() {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(AGREEMENT_OCR_SOURCE_DIR) / "samples")) {
    if (entry.path().string().ends_with(".truth.json")) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string scan_of(const std::string& truth_file) {
  const auto truth = nlohmann::json::parse(std::ifstream(truth_file));
  return (std::filesystem::path(truth_file).parent_path() / truth["file"].get<std::string>()).string();
}

std::string file_path(const std::string& path_from_source_root) {
  return std::string(AGREEMENT_OCR_SOURCE_DIR) + "/" + path_from_source_root;
}

}  // namespace agreement_ocr::testing
