// The pipeline, top to bottom as the data flows.
#include "pipeline.h"

#include "core/file_bytes.h"
#include "core/sha256.h"
#include "extract/document_text.h"
#include "extract/extract_fields.h"
#include "ocr/handwritten_dates.h"
#include "ocr/stamp_reading.h"

namespace agreement_ocr {
namespace {

bool has_signature_block(const OcrPage& page, const Rules* rules) {
  if (!rules) return false;
  for (const auto& line : page.lines)
    if (RE2::FullMatch(line.text, *rules->place_date)) return true;
  return false;
}

// Signatures on scans are judged from ink, not from what OCR made of the strokes.
void check_signature_ink(std::vector<Signatory>& signatories, const std::vector<PageResult>& pages) {
  for (Signatory& signatory : signatories) {
    const PageResult& page = pages[static_cast<std::size_t>(signatory.evidence.page - 1)];
    if (!page.has_image) continue;
    signatory.signature_present = false;
    if (!page.ink || !signatory.signature_area) continue;
    std::vector<cv::Rect> printed;
    for (const auto& line : page.ocr.lines)
      for (const auto& word : line.words)
        if (word.confidence >= 0.85) printed.push_back(word.box);
    const SignatureInk ink = find_signature_ink(*page.ink, *signatory.signature_area, printed);
    signatory.signature_present = ink.present;
  }
}

Result<DocumentResult> process_text(DocumentResult result, const Bytes& bytes, const PipelineOptions& options) {
  result.format = DocumentFormat::kText;
  const DocumentText text = text_from_plain(std::string(bytes.begin(), bytes.end()));
  const int page_count = text.empty() ? 1 : text.back().page;
  if (page_count > options.limits.max_pages) {
    return Status::BadInput("the text has " + std::to_string(page_count) + " pages (form feeds), over the limit of " +
                            std::to_string(options.limits.max_pages));
  }
  result.pages.resize(static_cast<std::size_t>(page_count));
  for (int number = 1; number <= page_count; ++number) {
    result.pages[static_cast<std::size_t>(number - 1)].number = number;
    result.pages[static_cast<std::size_t>(number - 1)].has_image = false;
  }
  for (const TextLine& line : text) {
    std::string& page_text = result.pages[static_cast<std::size_t>(line.page - 1)].ocr.text;
    if (!page_text.empty()) page_text += '\n';
    page_text += line.text;
  }
  if (options.rules) result.fields = extract_fields(text, *options.rules, result.warnings);
  return result;
}

}  // namespace

Result<DocumentResult> process_document(const std::string& path, OcrEngine* engine, const PipelineOptions& options,
                                        const PageProgress& progress) {
  auto bytes = read_file_bytes(path, options.limits.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  DocumentResult result;
  result.path = path;
  result.sha256 = sha256_hex(*bytes);
  if (has_text_extension(path)) {
    if (!is_utf8_text(*bytes)) return Status::BadInput("a .txt input must be UTF-8 text (without NUL bytes)");
    return process_text(std::move(result), *bytes, options);
  }
  if (!engine) return Status::Internal("an OCR engine is needed for scanned input");

  auto document = open_document(std::move(*bytes), options.limits);
  if (!document.ok()) return document.status();
  result.format = (*document)->format();

  DocumentText text;
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

    auto ocr = engine->recognize(upright.grey, page->dpi);
    if (!ocr.ok()) return ocr.status();

    if (options.rules) {
      const std::vector<OcrEngine*> readers =
          options.handwriting_engines.empty() ? std::vector<OcrEngine*>{engine} : options.handwriting_engines;
      reread_handwritten_dates(readers, upright.grey, page->dpi, *options.rules->place_date, *ocr);
    }
    PageResult page_result;
    page_result.stamp_lines =
        read_stamp_frames(*engine, upright.grey, page->dpi, find_stamp_frames(upright.grey, page->dpi));
    replace_stamp_areas(*ocr, page_result.stamp_lines);
    page_result.number = page->number;
    page_result.dpi = page->dpi;
    page_result.width = page->pixels.cols;
    page_result.height = page->pixels.rows;
    page_result.transform = upright.transform;
    page_result.orientation_confidence = upright.orientation_confidence;
    page_result.ocr = std::move(*ocr);
    if (has_signature_block(page_result.ocr, options.rules.get())) {
      page_result.ink = make_ink_map(upright.grey, page->dpi);
    }
    append_ocr_page(text, page_result.number, page_result.ocr, page_result.stamp_lines);
    result.pages.push_back(std::move(page_result));
    if (progress) progress(index + 1, page_count);
  }

  if (options.rules) {
    result.fields = extract_fields(text, *options.rules, result.warnings);
    check_signature_ink(result.fields->signatories, result.pages);
  }
  return result;
}

}  // namespace agreement_ocr
