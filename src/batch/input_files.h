// The documents a batch works on, from file and folder arguments and a manifest.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace agreement_ocr {

struct InputFile {
  std::string path;      // as opened
  std::string relative;  // below its input root (the folder argument, or as the manifest lists it):
                         // shards and output names are chosen by it, so they do not depend on where
                         // the archive is mounted
};

// Files as given; folders walked recursively for supported scans and .txt files (hidden
// entries and `skip_folder`, the output folder, left out; sorted by name); then the
// manifest's lines, one path each (blank lines and lines starting with '#' ignored,
// relative paths taken from the manifest's folder). A path named twice is kept once.
// A file argument that does not exist stays in the list and fails as that document.
// With a `root`, every input below it is named relative to it, however it was given (a
// folder, a file, a manifest line), so that a rerun from a list of failed paths names its
// outputs as the folder run did. Fails with kBadInput on an unreadable manifest or folder.
Result<std::vector<InputFile>> collect_inputs(const std::vector<std::string>& arguments,
                                              const std::string& manifest_path, const std::string& skip_folder,
                                              const std::string& root = "");

// True for the extensions agreement-ocr reads (.pdf .tif .tiff .png .jpg .jpeg .txt, any case).
bool has_input_extension(const std::string& path);

}  // namespace agreement_ocr
