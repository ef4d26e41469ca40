// PDF inputs through poppler-cpp. Pages are rendered one at a time on demand; a page
// that already carries text is noted, because its text layer is ignored and re-OCR'd.
#include "io/pdf_document.h"

#include <cmath>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <opencv2/core.hpp>
#include <utility>
#include <variant>

#include "core/shared_bytes.h"
#include "io/pdf_page_render.h"
#include "io/pdf_render_process.h"

namespace agreement_ocr {
namespace {

void ignore_poppler_message(const std::string&, void*) {}

using PdfBytes = std::variant<Bytes, SharedBytes>;

// What the render child may allocate for a page of `pixels` at the render resolution:
// the program's own start (libraries' data, allocator) plus the page's buffers.
// Measured on A4 pages at 300 dpi and on long pages (see README, "Limits").
std::size_t render_memory_bound(long long pixels) {
  return kRenderBaseBytes + static_cast<std::size_t>(static_cast<double>(pixels) * kRenderBytesPerPixel);
}

// Page objects written out plainly in the file ("/Type /Page", not "/Pages"): poppler finds
// no pages when the page tree's /Count is wrong, though the pages are there. Pages inside
// compressed object streams are not seen (0 then).
int plain_page_objects(const std::uint8_t* begin, std::size_t size) {
  static constexpr char kType[] = "/Type";
  int pages = 0;
  const auto* end = begin + size;
  for (auto* at = std::search(begin, end, kType, kType + 5); at != end; at = std::search(at + 5, end, kType, kType + 5)) {
    const auto* next = at + 5;
    while (next != end && std::isspace(*next)) ++next;
    if (end - next >= 5 && std::memcmp(next, "/Page", 5) == 0 &&
        (end - next == 5 || !std::isalnum(next[5]))) {
      ++pages;
    }
  }
  return pages;
}

class PdfDocument : public Document {
 public:
  PdfDocument(PdfBytes bytes, std::unique_ptr<poppler::document> pdf, LoadLimits limits)
      : bytes_(std::move(bytes)), pdf_(std::move(pdf)), limits_(limits) {}

  DocumentFormat format() const override { return DocumentFormat::kPdf; }
  int page_count() const override { return pdf_->pages(); }

  Result<long long> page_pixels(int index) const override {
    std::unique_ptr<poppler::page> page(pdf_->create_page(index));
    if (!page) return Status::BadInput("cannot read page " + std::to_string(index + 1) + " of the PDF");
    return pixels_at_render_dpi(*page);
  }

  // In floating point, so an absurd MediaBox (1e47 points) cannot overflow an integer: any
  // count past the limit is reported as just over it.
  long long pixels_at_render_dpi(const poppler::page& page) const {
    const auto box = page.page_rect(poppler::media_box);
    const double dpi = render_dpi(page);
    // A page so long that it would be rendered under 72 dpi has no readable text: refused.
    if (dpi < 72.0) return limits_.max_pixels_per_page + 1;
    const double scale = dpi / 72.0;
    const double pixels = std::floor(std::abs(box.width()) * scale) * std::floor(std::abs(box.height()) * scale);
    if (!std::isfinite(pixels) || pixels > static_cast<double>(limits_.max_pixels_per_page)) return limits_.max_pixels_per_page + 1;
    return static_cast<long long>(pixels);
  }

  // The render resolution, lowered for a page so long that a side would pass
  // kMaxPageSide pixels (OpenCV's geometry works in 16-bit coordinates).
  double render_dpi(const poppler::page& page) const {
    const auto box = page.page_rect(poppler::media_box);
    const double longest_points = std::max(std::abs(box.width()), std::abs(box.height()));
    if (!std::isfinite(longest_points) || longest_points <= 0) return limits_.pdf_render_dpi;
    return std::min(limits_.pdf_render_dpi, kMaxPageSide * 72.0 / longest_points);
  }

  Result<PageImage> load_page(int index) const override {
    const std::string label = "page " + std::to_string(index + 1);
    std::unique_ptr<poppler::page> page(pdf_->create_page(index));
    if (!page) return Status::BadInput("cannot read " + label + " of the PDF");
    const long long pixels = pixels_at_render_dpi(*page);
    if (pixels > limits_.max_pixels_per_page) {
      return Status::BadInput(label + " would be over the limit of " + std::to_string(limits_.max_pixels_per_page) +
                              " pixels at " + std::to_string(static_cast<int>(limits_.pdf_render_dpi)) + " dpi");
    }
    const double dpi = render_dpi(*page);
    page.reset();
    auto rendered = render(index, dpi, pixels);
    if (!rendered.ok()) return rendered.status();
    const cv::Mat& image = rendered->pixels;
    if (image.cols < limits_.min_page_side || image.rows < limits_.min_page_side) {
      return Status::BadInput(label + " is " + std::to_string(image.cols) + "x" + std::to_string(image.rows) +
                              " pixels at " + std::to_string(static_cast<int>(limits_.pdf_render_dpi)) +
                              " dpi: too small to be a scanned page");
    }
    PageImage result;
    result.number = index + 1;
    result.pixels = std::move(rendered->pixels);
    result.dpi = dpi;
    if (dpi < limits_.pdf_render_dpi) {
      result.decode_warning = label + " is too long to render at " + std::to_string(static_cast<int>(limits_.pdf_render_dpi)) +
                              " dpi; rendered at " + std::to_string(static_cast<int>(dpi)) + " dpi";
    }
    if (rendered->has_text && result.decode_warning.empty()) {
      result.decode_warning = label + " already has a text layer; it is ignored and the page is OCR'd";
    }
    return result;
  }

 private:
  // In a child process when the program renders there (bounded in memory and time), else here.
  Result<RenderedPdfPage> render(int index, double dpi, long long pixels) const {
    const auto* shared = std::get_if<SharedBytes>(&bytes_);
    if (!shared) return render_pdf_page(*pdf_, index, dpi);
    const PdfRenderBounds bounds{limits_.pdf_render_program, limits_.max_render_seconds, render_memory_bound(pixels),
                                 limits_.cancel};
    return render_pdf_page_in_child(shared->fd(), index, dpi, bounds);
  }

  PdfBytes bytes_;  // poppler reads from these bytes for the document's whole life
  std::unique_ptr<poppler::document> pdf_;
  LoadLimits limits_;
};

}  // namespace

Result<std::unique_ptr<Document>> open_pdf_document(Bytes bytes, const LoadLimits& limits) {
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  PdfBytes held = std::move(bytes);
  if (!limits.pdf_render_program.empty()) {
    auto shared = SharedBytes::from(std::move(std::get<Bytes>(held)));
    if (!shared.ok()) return shared.status();
    held = std::move(*shared);
  }
  const auto [data, size] = std::visit([](const auto& b) { return std::pair{b.data(), b.size()}; }, held);
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(reinterpret_cast<const char*>(data), static_cast<int>(size)));
  if (!pdf) return Status::BadInput("cannot open the PDF (corrupt or truncated)");
  if (pdf->is_locked()) return Status::BadInput("the PDF is encrypted with a password");
  const int pages = pdf->pages();
  if (pages <= 0) {
    const int plain = plain_page_objects(data, size);
    if (plain > 0) {
      return Status::BadInput("the PDF's page tree is damaged: its page count (/Count) gives no pages, though the file holds " +
                              std::to_string(plain) + " page object" + (plain == 1 ? "" : "s"));
    }
    return Status::BadInput("the PDF has no pages");
  }
  if (pages > limits.max_pages) {
    return Status::BadInput("the PDF has " + std::to_string(pages) + " pages, over the limit of " +
                            std::to_string(limits.max_pages));
  }
  auto document = std::make_unique<PdfDocument>(std::move(held), std::move(pdf), limits);
  return std::unique_ptr<Document>(std::move(document));
}

}  // namespace agreement_ocr
