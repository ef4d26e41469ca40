// An opened input document that hands out its pages one at a time, so a long PDF or
// TIFF is never rasterised whole.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/file_bytes.h"
#include "core/page_image.h"
#include "core/status.h"
#include "io/document_format.h"

namespace agreement_ocr {

// The longest page side the pipeline takes, in pixels: OpenCV's resampling works in 16-bit
// coordinates (32767), and a page turned by a skew of up to 15° grows by up to a quarter.
constexpr int kMaxPageSide = 20000;

struct LoadLimits {
  std::size_t max_file_bytes = (std::size_t{2} << 30) - 1;  // 2 GiB: poppler takes an int length
  long long max_pixels_per_page = 200'000'000;        // about A0 at 300 dpi
  int max_pages = 5000;
  double pdf_render_dpi = 300.0;
  double default_dpi = 300.0;  // when an image file does not state its resolution
  int min_page_side = 16;      // pixels; smaller is no scanned page (and breaks image stages)
  // When set, PDF pages are rendered by this program in a child process (see
  // io/pdf_render_process.h), bounded in memory and in time; empty renders in this process,
  // unbounded (library use without the program, fuzzers).
  std::string pdf_render_program;
  double max_render_seconds = 20.0;  // a scanned A4 page renders in about 0.2 s
  const std::atomic<bool>* cancel = nullptr;  // a stop request ends a render in progress
};

class Document {
 public:
  virtual ~Document() = default;
  virtual DocumentFormat format() const = 0;
  virtual int page_count() const = 0;
  // The pixels page `index` will have when decoded, read from headers only (no decoding).
  virtual Result<long long> page_pixels(int index) const = 0;
  // Decodes page `index` (0-based). Fails with kBadInput on a corrupt or oversized page.
  virtual Result<PageImage> load_page(int index) const = 0;
};

// Opens `bytes` as whichever supported format they are. Fails with kBadInput on
// empty, unsupported, corrupt, encrypted or oversized input.
Result<std::unique_ptr<Document>> open_document(Bytes bytes, const LoadLimits& limits);

}  // namespace agreement_ocr
