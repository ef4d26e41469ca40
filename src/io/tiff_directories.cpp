// libtiff over the bytes in memory (TIFFClientOpen), reading only the directories.
#include "io/tiff_directories.h"

#include <tiffio.h>

#include <algorithm>
#include <cstring>

namespace agreement_ocr {
namespace {

struct MemoryStream {
  const std::uint8_t* data;
  toff_t size;
  toff_t position;
};

tsize_t read_bytes(thandle_t handle, tdata_t buffer, tsize_t count) {
  auto* stream = static_cast<MemoryStream*>(handle);
  if (count <= 0 || stream->position >= stream->size) return 0;
  const toff_t available = std::min<toff_t>(static_cast<toff_t>(count), stream->size - stream->position);
  std::memcpy(buffer, stream->data + stream->position, available);
  stream->position += available;
  return static_cast<tsize_t>(available);
}
tsize_t write_bytes(thandle_t, tdata_t, tsize_t) { return 0; }
toff_t seek(thandle_t handle, toff_t offset, int whence) {
  auto* stream = static_cast<MemoryStream*>(handle);
  const toff_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? stream->position : stream->size;
  stream->position = base + offset;
  return stream->position;
}
int close_stream(thandle_t) { return 0; }
toff_t size_of(thandle_t handle) { return static_cast<MemoryStream*>(handle)->size; }
int map_none(thandle_t, tdata_t*, toff_t*) { return 0; }
void unmap_none(thandle_t, tdata_t, toff_t) {}

}  // namespace

Result<std::vector<TiffDirectory>> tiff_directories(const Bytes& bytes, int max_pages) {
  MemoryStream stream{bytes.data(), static_cast<toff_t>(bytes.size()), 0};
  // "m": no memory mapping; libtiff reads through the procedures above.
  TIFF* tiff = TIFFClientOpen("input", "rm", &stream, read_bytes, write_bytes, seek, close_stream, size_of, map_none,
                              unmap_none);
  if (!tiff) return Status::BadInput("corrupt TIFF: no readable page directory");
  std::vector<TiffDirectory> directories;
  do {
    TiffDirectory directory;
    directory.offset = TIFFCurrentDirOffset(tiff);
    std::uint32_t width = 0, height = 0;
    TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height);
    directory.width = static_cast<int>(std::min<std::uint32_t>(width, 1u << 30));
    directory.height = static_cast<int>(std::min<std::uint32_t>(height, 1u << 30));
    directories.push_back(directory);
  } while (static_cast<int>(directories.size()) <= max_pages && TIFFReadDirectory(tiff));
  TIFFClose(tiff);
  return directories;
}

}  // namespace agreement_ocr
