// Writing an output file so that readers see either nothing or the whole file: a
// temporary file beside it, flushed, then renamed over the target.
#pragma once

#include <set>
#include <string>

#include "core/status.h"

namespace agreement_ocr {

// The temporary file is named <path>.tmp-XXXXXX.
Status write_file_atomically(const std::string& path, const std::string& content);

// A process killed with SIGKILL leaves its temporary files behind. Removes, below
// `folder`, the temporaries of the given targets only (so that shards sharing the folder
// never touch each other's files) and returns how many there were.
int remove_stale_temporaries(const std::string& folder, const std::set<std::string>& targets);

}  // namespace agreement_ocr
