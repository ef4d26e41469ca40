// The pipeline, top to bottom as the data flows.
#include "pipeline.h"

#include "core/file_bytes.h"
#include "core/sha256.h"

namespace agreement_ocr {

Result<DocumentResult> process_document(const std::string& path, OcrEngine& engine, const PipelineOptions& options,
                                        const PageProgress& progress) {
  auto bytes = read_file_bytes(path, options.limits.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  DocumentResult result;
  result.path = path;
  result.sha256 = sha256_hex(*bytes);

  auto document = open_document(std::move(*bytes), options.limits);
  if (!document.ok()) return document.status();
  result.format = (*document)->format();
  result.warnings = (*document)->warnings();

  const int page_count = (*document)->page_count();
  for (int index = 0; index < page_count; ++index) {
    auto page = (*document)->load_page(index);
    if (!page.ok()) return page.status();
    if (page->dpi_assumed) {
      result.warnings.push_back("page " + std::to_string(page->number) + ": the file states no resolution; assumed " +
                                std::to_string(static_cast<int>(page->dpi)) + " dpi");
    }
    if (!page->decode_warning.empty()) result.warnings.push_back(page->decode_warning);

    UprightPage upright = make_upright(*page, options.upright);
    result.warnings.insert(result.warnings.end(), upright.warnings.begin(), upright.warnings.end());

    auto ocr = engine.recognize(upright.grey, page->dpi);
    if (!ocr.ok()) return ocr.status();

    PageResult page_result;
    page_result.number = page->number;
    page_result.dpi = page->dpi;
    page_result.width = page->pixels.cols;
    page_result.height = page->pixels.rows;
    page_result.transform = upright.transform;
    page_result.orientation_confidence = upright.orientation_confidence;
    page_result.ocr = std::move(*ocr);
    result.pages.push_back(std::move(page_result));
    if (progress) progress(index + 1, page_count);
  }
  return result;
}

}  // namespace agreement_ocr
