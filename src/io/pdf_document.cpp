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

namespace agreement_ocr {
namespace {

void ignore_poppler_message(const std::string&, void*) {}

// Page objects written out plainly in the file ("/Type /Page", not "/Pages"): poppler finds
// no pages when the page tree's /Count is wrong, though the pages are there. Pages inside
// compressed object streams are not seen (0 then).
int plain_page_objects(const Bytes& bytes) {
  static constexpr char kType[] = "/Type";
  int pages = 0;
  const auto* begin = bytes.data();
  const auto* end = begin + bytes.size();
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

bool has_visible_text(poppler::page& page) {
  const auto utf8 = page.text().to_utf8();
  return std::any_of(utf8.begin(), utf8.end(), [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
}

class PdfDocument : public Document {
 public:
  PdfDocument(Bytes bytes, std::unique_ptr<poppler::document> pdf, LoadLimits limits)
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
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    // Grey renders a third faster than RGB (about 200 against 330 ms for a scanned A4 page)
    // and OCR reads grey. Ink colour (stamps) can be rendered for a region when needed.
    renderer.set_image_format(poppler::image::format_gray8);
    const double dpi = render_dpi(*page);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
      return Status::BadInput("cannot render " + label + " of the PDF (corrupt page)");
    }
    if (image.width() < limits_.min_page_side || image.height() < limits_.min_page_side) {
      return Status::BadInput(label + " is " + std::to_string(image.width()) + "x" + std::to_string(image.height()) +
                              " pixels at " + std::to_string(static_cast<int>(limits_.pdf_render_dpi)) +
                              " dpi: too small to be a scanned page");
    }
    const cv::Mat rendered(image.height(), image.width(), CV_8UC1, const_cast<char*>(image.const_data()),
                           static_cast<std::size_t>(image.bytes_per_row()));
    PageImage result;
    result.number = index + 1;
    result.pixels = rendered.clone();
    result.dpi = dpi;
    if (dpi < limits_.pdf_render_dpi) {
      result.decode_warning = label + " is too long to render at " + std::to_string(static_cast<int>(limits_.pdf_render_dpi)) +
                              " dpi; rendered at " + std::to_string(static_cast<int>(dpi)) + " dpi";
    }
    if (has_visible_text(*page) && result.decode_warning.empty()) {
      result.decode_warning = label + " already has a text layer; it is ignored and the page is OCR'd";
    }
    return result;
  }

 private:
  Bytes bytes_;  // poppler reads from this buffer for the document's whole life
  std::unique_ptr<poppler::document> pdf_;
  LoadLimits limits_;
};

}  // namespace

Result<std::unique_ptr<Document>> open_pdf_document(Bytes bytes, const LoadLimits& limits) {
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      reinterpret_cast<const char*>(bytes.data()), static_cast<int>(bytes.size())));
  if (!pdf) return Status::BadInput("cannot open the PDF (corrupt or truncated)");
  if (pdf->is_locked()) return Status::BadInput("the PDF is encrypted with a password");
  const int pages = pdf->pages();
  if (pages <= 0) {
    const int plain = plain_page_objects(bytes);
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
  auto document = std::make_unique<PdfDocument>(std::move(bytes), std::move(pdf), limits);
  return std::unique_ptr<Document>(std::move(document));
}

}  // namespace agreement_ocr
