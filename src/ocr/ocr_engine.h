// One Tesseract engine, created once and reused page after page (Init costs ~80 ms and
// ~100 MB). Not thread-safe: give each worker thread its own.
#pragma once

#include <memory>
#include <vector>

#include "core/status.h"
#include "ocr/model_location.h"
#include "ocr/ocr_page.h"
#include "ocr/page_renditions.h"

namespace tesseract {
class TessBaseAPI;
}

namespace agreement_ocr {

class OcrEngine {
 public:
  static Result<std::unique_ptr<OcrEngine>> create(const OcrModel& model);

  // Recognition of one page is cut off after this long and fails with kBadInput,
  // so a pathological page cannot stall a batch. 0: no limit.
  void set_time_limit_seconds(double seconds) { time_limit_seconds_ = seconds; }
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Recognises an upright, deskewed CV_8UC1 page scanned at `dpi`; fills `renditions`
  // with what `request` asks for (page_number is 1-based, for the renditions' ids). Lines
  // come in Tesseract's order: side-by-side blocks are read apart later (side_by_side_columns.h).
  Result<OcrPage> recognize(const cv::Mat& grey, double dpi, const RenditionRequest& request = {},
                            int page_number = 1, PageRenditions* renditions = nullptr);

  enum class RegionKind {
    kBlock,      // a block of lines (a stamp)
    kDateLine,   // one handwritten line holding only a date: digits and dots
    kLine,       // one line of any text (a date with its month written out)
  };
  // Recognises one region of a page on its own, with settings for what it holds. Lines
  // and words come back in the region image's coordinates.
  Result<OcrPage> recognize_region(const cv::Mat& grey, double dpi, RegionKind kind);
  // The words of `region` of `page` (clipped to the page), recognised as recognize_region
  // does, with their boxes in the page's coordinates.
  Result<std::vector<OcrWord>> recognize_words_in(const cv::Mat& page, const cv::Rect& region, double dpi, RegionKind kind);

 private:
  explicit OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api);
  // Tesseract's lines and words, in its own order; the recognition stays in the engine
  // (for renditions) until Clear(). Regions are small and not time-limited,
  // so their readings never depend on how loaded the machine is.
  Result<OcrPage> read_lines(const cv::Mat& grey, double dpi, bool time_limited);
  Status render(const RenditionRequest& request, const cv::Mat& grey, int page_number, PageRenditions& renditions);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  double time_limit_seconds_ = 0.0;
  std::string pdf_font_dir_;  // a tessdata folder holding pdf.ttf, the PDF renderer's glyph-less font
};

}  // namespace agreement_ocr
