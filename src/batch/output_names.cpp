#include "batch/output_names.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace agreement_ocr {
namespace {

// File names are at most 255 bytes (NAME_MAX). The longest name made from a base is
// "<base>.alto.xml.tmp-XXXXXX": 20 bytes more than the base's own name.
constexpr std::size_t kMaxBaseName = 255 - 20;

// A base whose name would be too long keeps its start and gets a hash of the whole name
// (counter included), so it stays readable, unique and the same on every run.
std::string fitting(const std::string& name) {
  const auto slash = name.rfind('/');
  const std::size_t start = slash == std::string::npos ? 0 : slash + 1;
  if (name.size() - start <= kMaxBaseName) return name;
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : name) hash = (hash ^ c) * 1099511628211ull;
  char suffix[24];
  std::snprintf(suffix, sizeof suffix, "-%016llx", static_cast<unsigned long long>(hash));
  std::size_t keep = start + kMaxBaseName - 17;
  while (keep > start && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) --keep;  // whole UTF-8 characters
  return name.substr(0, keep) + suffix;
}

}  // namespace

std::vector<std::string> output_bases(const std::vector<InputFile>& inputs, const std::string& out_dir) {
  namespace fs = std::filesystem;
  std::map<std::string, int> stem_uses;
  for (const InputFile& input : inputs) ++stem_uses[fs::path(input.relative).replace_extension().generic_string()];

  std::vector<std::string> bases;
  std::set<std::string> taken;
  for (const InputFile& input : inputs) {
    const std::string stem = fs::path(input.relative).replace_extension().generic_string();
    // Unique after shortening: two long names that differ only past the cut would otherwise
    // share one output, and each re-run would redo one and skip the other.
    std::string name = fitting(stem_uses[stem] > 1 ? input.relative : stem);
    for (int counter = 2; taken.count(name); ++counter) name = fitting(stem + "-" + std::to_string(counter));
    taken.insert(name);
    bases.push_back((fs::path(out_dir) / name).string());
  }
  return bases;
}

}  // namespace agreement_ocr
