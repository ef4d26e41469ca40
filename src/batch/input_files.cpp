// Walking folders and reading manifests with std::filesystem; directory symlinks are not
// followed, so a link loop in an archive cannot make the walk endless.
#include "batch/input_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace agreement_ocr {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// The path without root and without ".." steps: safe to append to an output folder.
std::string contained(const fs::path& path) {
  fs::path result;
  for (const fs::path& part : path.lexically_normal().relative_path()) {
    if (part == ".." || part == ".") continue;
    result /= part;
  }
  return result.generic_string();
}

class InputList {
 public:
  explicit InputList(const std::string& root) {
    std::error_code error;
    if (root.empty()) return;
    root_ = fs::absolute(root, error).lexically_normal();
    canonical_root_ = fs::weakly_canonical(root, error);
  }
  void add(const fs::path& path, std::string relative) {
    if (!root_.empty()) {
      // Named by where it stands below the root, as the folder walk names it, even when it
      // is a symlink to a file elsewhere; only a path that reaches the root through a
      // symlink of its own is resolved first.
      std::error_code error;
      const auto below_root = [](const fs::path& below) { return !below.empty() && *below.begin() != ".."; };
      fs::path below = fs::absolute(path, error).lexically_normal().lexically_relative(root_);
      if (error || !below_root(below)) below = fs::weakly_canonical(path, error).lexically_relative(canonical_root_);
      if (!error && below_root(below)) relative = below.generic_string();
    }
    std::error_code error;
    const fs::path key = fs::weakly_canonical(path, error);
    if (!seen_.insert(error ? path.lexically_normal().string() : key.string()).second) return;
    files_.push_back({path.string(), relative});
  }
  std::vector<InputFile> take() { return std::move(files_); }

 private:
  fs::path root_, canonical_root_;
  std::set<std::string> seen_;
  std::vector<InputFile> files_;
};

Status add_folder(const fs::path& folder, const fs::path& skip, InputList& list) {
  std::error_code error;
  // Outputs written into an input folder would be read as inputs by the next run (a .txt
  // archive file is an input too), and their names would change each time.
  if (!skip.empty() && fs::equivalent(folder, skip, error)) {
    return Status::Usage("--out " + skip.string() + " is the input folder " + folder.string() +
                         ": its outputs would be read as inputs on the next run; choose another --out");
  }
  error.clear();
  std::vector<fs::path> found;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  if (error) return Status::BadInput("cannot read folder " + folder.string() + ": " + error.message());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
    if (error) return Status::BadInput("cannot read folder " + folder.string() + ": " + error.message());
    const fs::path& path = it->path();
    std::error_code ignored;
    if (is_hidden(path) || (!skip.empty() && fs::equivalent(path, skip, ignored))) {
      if (it->is_directory(ignored)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ignored) && has_input_extension(path.string())) found.push_back(path);
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& path : found) list.add(path, path.lexically_relative(folder).generic_string());
  return Status::Ok();
}

Status add_manifest(const fs::path& manifest, InputList& list) {
  std::ifstream in(manifest);
  if (!in) return Status::BadInput("cannot read manifest " + manifest.string());
  const fs::path base = manifest.parent_path();
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    const fs::path listed(line.substr(start));
    list.add(listed.is_absolute() ? listed : base / listed, contained(listed));
  }
  if (in.bad()) return Status::BadInput("cannot read manifest " + manifest.string());
  return Status::Ok();
}

}  // namespace

bool has_input_extension(const std::string& path) {
  static const std::set<std::string> extensions = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg", ".txt"};
  return extensions.count(lower(fs::path(path).extension().string())) > 0;
}

Result<std::vector<InputFile>> collect_inputs(const std::vector<std::string>& arguments,
                                              const std::string& manifest_path, const std::string& skip_folder,
                                              const std::string& root) {
  InputList list(root);
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (fs::is_directory(argument, error)) {
      const Status added = add_folder(argument, skip_folder, list);
      if (!added.ok()) return added;
    } else {
      list.add(argument, fs::path(argument).filename().string());
    }
  }
  if (!manifest_path.empty()) {
    const Status added = add_manifest(manifest_path, list);
    if (!added.ok()) return added;
  }
  return list.take();
}

}  // namespace agreement_ocr
