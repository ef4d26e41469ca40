// Reading a whole input file into memory, with a size limit, as the loaders need it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace agreement_ocr {

using Bytes = std::vector<std::uint8_t>;

// Reads `path` whole. Fails with kBadInput when it is missing, unreadable, a directory,
// or larger than `max_bytes`.
Result<Bytes> read_file_bytes(const std::string& path, std::size_t max_bytes);

}  // namespace agreement_ocr
