// Where each document's outputs go: <out>/<path below its input root, without extension>,
// so an archive's folder structure is kept and names stay readable.
#pragma once

#include <string>
#include <vector>

#include "batch/input_files.h"

namespace agreement_ocr {

// One base path (no extension) per input, in the same order. Inputs that would share a
// base (brief.pdf and brief.tiff) keep their extension (brief.pdf.json, brief.tiff.json);
// the same name from different file arguments gets a counter (brief-2.json). Computed over
// the whole input list, before sharding, so every shard names a file the same way. A name
// too long for the file system (with its longest extension) is cut and ends in a hash.
std::vector<std::string> output_bases(const std::vector<InputFile>& inputs, const std::string& out_dir);

}  // namespace agreement_ocr
