// PNG, JPEG and TIFF inputs through Leptonica. Headers are read before any page is decoded
// so that an image declaring absurd dimensions is refused before it can take the memory.
#include "io/raster_document.h"

#include <cstdio>

#include "core/pix_mat.h"
#include "io/exif_resolution.h"
#include "io/tiff_directories.h"

namespace agreement_ocr {
namespace {

// Resolutions outside this range are treated as absent: scanners write 1 or 72 when unset.
constexpr int kMinPlausibleDpi = 100;
constexpr int kMaxPlausibleDpi = 2400;

struct HeaderInfo {
  int width = 0;
  int height = 0;
};

class RasterDocument : public Document {
 public:
  RasterDocument(Bytes bytes, DocumentFormat format, int pages, LoadLimits limits,
                 std::vector<TiffDirectory> directories = {})
      : bytes_(std::move(bytes)), format_(format), pages_(pages), limits_(limits), directories_(std::move(directories)) {}

  DocumentFormat format() const override { return format_; }
  int page_count() const override { return pages_; }

  Result<long long> page_pixels(int index) const override {
    auto header = read_header(index);
    if (!header.ok()) return header.status();
    return static_cast<long long>(header->width) * header->height;
  }

  Result<PageImage> load_page(int index) const override {
    auto header = read_header(index);
    if (!header.ok()) return header.status();
    if (header->width < limits_.min_page_side || header->height < limits_.min_page_side) {
      return Status::BadInput("page " + std::to_string(index + 1) + " is " + std::to_string(header->width) + "x" +
                              std::to_string(header->height) + " pixels: too small to be a scanned page");
    }
    if (header->width > kMaxPageSide || header->height > kMaxPageSide) {
      return Status::BadInput("page " + std::to_string(index + 1) + " is " + std::to_string(header->width) + "x" +
                              std::to_string(header->height) + " pixels: a side over " + std::to_string(kMaxPageSide) +
                              " pixels is not supported");
    }
    const long long pixels = static_cast<long long>(header->width) * header->height;
    if (pixels > limits_.max_pixels_per_page) {
      return Status::BadInput("page " + std::to_string(index + 1) + " is " + std::to_string(header->width) +
                              "x" + std::to_string(header->height) + " pixels, over the limit of " +
                              std::to_string(limits_.max_pixels_per_page));
    }
    PixPtr pix;
    int jpeg_warnings = 0;
    switch (format_) {
      case DocumentFormat::kTiff: {
        std::size_t offset = directories_[static_cast<std::size_t>(index)].offset;
        pix.reset(pixReadMemFromMultipageTiff(bytes_.data(), bytes_.size(), &offset));
        break;
      }
      case DocumentFormat::kJpeg:
        pix.reset(pixReadMemJpeg(bytes_.data(), bytes_.size(), 0, 1, &jpeg_warnings, 0));
        break;
      default: pix.reset(pixReadMem(bytes_.data(), bytes_.size())); break;
    }
    if (!pix) {
      return Status::BadInput("cannot decode page " + std::to_string(index + 1) + " (corrupt or truncated " +
                              std::string(format_name(format_)) + ")");
    }
    PageImage page;
    page.number = index + 1;
    page.pixels = mat_from_pix(pix.get());
    if (page.pixels.empty()) return Status::BadInput("unsupported pixel format on page " + std::to_string(index + 1));
    double dpi = pixGetXRes(pix.get());
    // A JPEG whose JFIF density is unset may state its resolution in EXIF only.
    if (format_ == DocumentFormat::kJpeg && (dpi < kMinPlausibleDpi || dpi > kMaxPlausibleDpi)) {
      dpi = exif_dpi(bytes_.data(), bytes_.size()).value_or(dpi);
    }
    if (dpi >= kMinPlausibleDpi && dpi <= kMaxPlausibleDpi) {
      page.dpi = dpi;
    } else {
      page.dpi = limits_.default_dpi;
      page.dpi_assumed = true;
      page.stated_dpi = dpi > 0 ? dpi : 0.0;
    }
    if (jpeg_warnings > 0) page.decode_warning = "JPEG data is damaged or ends early; parts of the page may be missing";
    return page;
  }

 private:
  Result<HeaderInfo> read_header(int index) const {
    HeaderInfo info;
    l_int32 bps = 0, spp = 0, colormap = 0, file_format = 0;
    l_ok failed = 0;
    if (format_ == DocumentFormat::kTiff) {
      info.width = directories_[static_cast<std::size_t>(index)].width;
      info.height = directories_[static_cast<std::size_t>(index)].height;
    } else {
      failed = pixReadHeaderMem(bytes_.data(), bytes_.size(), &file_format, &info.width, &info.height, &bps, &spp,
                                &colormap);
    }
    if (failed || info.width <= 0 || info.height <= 0) {
      return Status::BadInput("cannot read the " + std::string(format_name(format_)) + " header of page " +
                              std::to_string(index + 1) + " (corrupt or truncated file)");
    }
    return info;
  }

  Bytes bytes_;
  DocumentFormat format_;
  int pages_;
  LoadLimits limits_;
  std::vector<TiffDirectory> directories_;  // a TIFF's pages, found once when opened
};

}  // namespace

Result<std::unique_ptr<Document>> open_raster_document(Bytes bytes, DocumentFormat format,
                                                       const LoadLimits& limits) {
  // Leptonica reports failures on stderr as well as in its return values; ours say it once.
  setMsgSeverity(L_SEVERITY_NONE);
  int pages = 1;
  std::vector<TiffDirectory> directories;
  if (format == DocumentFormat::kTiff) {
    auto found = tiff_directories(bytes, limits.max_pages);
    if (!found.ok()) return found.status();
    directories = std::move(*found);
    pages = static_cast<int>(directories.size());
  }
  if (pages > limits.max_pages) {
    return Status::BadInput("document has more than " + std::to_string(limits.max_pages) + " pages, the limit");
  }
  return std::unique_ptr<Document>(
      std::make_unique<RasterDocument>(std::move(bytes), format, pages, limits, std::move(directories)));
}

}  // namespace agreement_ocr
