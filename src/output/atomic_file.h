// Writing an output file so that readers see either nothing or the whole file: a
// temporary file beside it, flushed, then renamed over the target.
#pragma once

#include <string>

#include "core/status.h"

namespace agreement_ocr {

Status write_file_atomically(const std::string& path, const std::string& content);

}  // namespace agreement_ocr
