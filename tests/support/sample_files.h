// The committed samples: every samples/*.truth.json, sorted, for tests that run over all
// of them, and the scan each one describes.
#pragma once

#include <string>
#include <vector>

namespace agreement_ocr::testing {

std::vector<std::string> sample_truth_files();

// The scan beside a truth file (its "file" key).
std::string scan_of(const std::string& truth_file);

// The absolute path of a file in the source tree ("samples/x.png").
std::string file_path(const std::string& path_from_source_root);

}  // namespace agreement_ocr::testing
