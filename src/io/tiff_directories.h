// Where each page of a multi-page TIFF starts, found in one pass: reading page n by its
// number walks the directory chain from the start each time, which made a 5000-page TIFF
// take minutes (quadratic); by its directory's offset it is one seek.
#pragma once

#include <cstdint>
#include <vector>

#include "core/file_bytes.h"
#include "core/status.h"

namespace agreement_ocr {

struct TiffDirectory {
  std::uint64_t offset = 0;  // of the image file directory, as TIFFSetSubDirectory takes it
  int width = 0, height = 0;
};

// Fails with kBadInput when the data has no readable directory. Stops at `max_pages` + 1,
// enough to tell the caller the file is over its page limit.
Result<std::vector<TiffDirectory>> tiff_directories(const Bytes& bytes, int max_pages);

}  // namespace agreement_ocr
