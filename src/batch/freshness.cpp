#include "batch/freshness.h"

#include <filesystem>
#include <fstream>

namespace agreement_ocr {

int current_output_pages(const std::string& json_path, const std::string& sha256,
                         const nlohmann::ordered_json& generator, const std::vector<std::string>& archive_files) {
  std::ifstream in(json_path);
  if (!in) return -1;
  // A damaged or foreign file is not an error here: the document is simply done again.
  const auto output = nlohmann::ordered_json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!output.is_object() || !output.contains("source") || !output.contains("generator")) return -1;
  const auto& source = output["source"];
  if (!source.is_object() || !source.contains("sha256") || !source["sha256"].is_string() ||
      source["sha256"].get<std::string>() != sha256 || output["generator"] != generator)
    return -1;
  std::error_code error;
  for (const std::string& file : archive_files)
    if (!std::filesystem::is_regular_file(file, error)) return -1;
  const auto& pages = source.contains("pages") ? source["pages"] : nlohmann::ordered_json();
  return pages.is_number_integer() ? pages.get<int>() : 0;
}

}  // namespace agreement_ocr
