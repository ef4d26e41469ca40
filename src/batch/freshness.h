// Whether a document's outputs from an earlier run can be kept: the JSON names the same
// input (sha256) and the same generator (version, model, rules), and every archive file
// asked for exists. The JSON is written last, so its presence means the set is complete.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace agreement_ocr {

// The page count of the kept output, or -1 when the document has to be processed again.
int current_output_pages(const std::string& json_path, const std::string& sha256,
                         const nlohmann::ordered_json& generator, const std::vector<std::string>& archive_files);

}  // namespace agreement_ocr
