// Fuzz target: the input loader (src/io/document.h) on arbitrary bytes: format detection,
// then PDF (poppler), TIFF, PNG or JPEG (Leptonica), then for every page its pixel count from
// the headers (what the batch's memory budget reserves) and its decoding. Small limits keep
// each input cheap; within them no input may crash, leak or hang the loader, and a page it
// hands out must have the pixels PageImage promises.
#include <cstddef>
#include <cstdint>

#include "fuzz_rules.h"
#include "io/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace agreement_ocr;
  LoadLimits limits;
  limits.max_pixels_per_page = 4'000'000;
  limits.max_pages = 4;
  auto document = open_document(Bytes(data, data + size), limits);
  if (!document.ok()) return 0;
  const int pages = (*document)->page_count();
  fuzz::check(pages >= 1 && pages <= limits.max_pages, "an opened document has 1..max_pages pages");
  for (int index = 0; index < pages; ++index) {
    auto estimate = (*document)->page_pixels(index);
    if (estimate.ok()) fuzz::check(*estimate >= 0, "a page's pixel count is not negative");
    auto page = (*document)->load_page(index);
    if (!page.ok()) continue;
    const cv::Mat& pixels = page->pixels;
    fuzz::check(pixels.type() == CV_8UC1 || pixels.type() == CV_8UC3, "a page is grey or BGR 8-bit");
    fuzz::check(static_cast<long long>(pixels.rows) * pixels.cols <= limits.max_pixels_per_page,
                "a page within the pixel limit");
    fuzz::check(pixels.rows >= limits.min_page_side && pixels.cols >= limits.min_page_side,
                "a page at least min_page_side on each side");
    fuzz::check(page->number == index + 1, "page numbers are 1-based");
  }
  return 0;
}
