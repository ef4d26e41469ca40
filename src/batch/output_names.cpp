#include "batch/output_names.h"

#include <filesystem>
#include <map>
#include <set>

namespace agreement_ocr {

std::vector<std::string> output_bases(const std::vector<InputFile>& inputs, const std::string& out_dir) {
  namespace fs = std::filesystem;
  std::map<std::string, int> stem_uses;
  for (const InputFile& input : inputs) ++stem_uses[fs::path(input.relative).replace_extension().generic_string()];

  std::vector<std::string> bases;
  std::set<std::string> taken;
  for (const InputFile& input : inputs) {
    const std::string stem = fs::path(input.relative).replace_extension().generic_string();
    std::string name = stem_uses[stem] > 1 ? input.relative : stem;
    for (int counter = 2; taken.count(name); ++counter) name = stem + "-" + std::to_string(counter);
    taken.insert(name);
    bases.push_back((fs::path(out_dir) / name).string());
  }
  return bases;
}

}  // namespace agreement_ocr
