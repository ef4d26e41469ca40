// The pipeline, top to bottom as the data flows.
#include "pipeline.h"

#include <algorithm>
#include <set>

#include "core/file_bytes.h"
#include "core/sha256.h"
#include "core/utf8.h"
#include "extract/document_text.h"
#include "extract/extract_fields.h"
#include "extract/sections.h"
#include "extract/signatories.h"
#include "ocr/handwritten_dates.h"
#include "ocr/list_numbers.h"
#include "ocr/printed_dashes.h"
#include "ocr/roman_numerals.h"
#include "ocr/printed_names.h"
#include "ocr/orientation_judges.h"
#include "ocr/scribble_lines.h"
#include "ocr/side_by_side_columns.h"
#include "ocr/stamp_reading.h"
#include "ocr/weak_words.h"
#include "preprocess/resolution_estimate.h"

namespace agreement_ocr {
namespace {

bool has_signature_block(const OcrPage& page, const Rules* rules) {
  if (!rules) return false;
  for (const auto& line : page.lines)
    if (RE2::FullMatch(line.text, *rules->place_date)) return true;
  return false;
}

// Letters (any script) and digits in a word; the rest is marks.
long letters_and_digits_in(const std::string& text) {
  return letters_in(text) + std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A word of two letters or digits or more: anything less is marks, not text.
bool has_legible_word(const OcrPage& page) {
  for (const auto& line : page.lines)
    for (const auto& word : line.words)
      if (letters_and_digits_in(word.text) >= 2) return true;
  return false;
}

// Signatures on scans are judged from ink, not from what OCR made of the strokes.
void check_signature_ink(std::vector<Signatory>& signatories, const std::vector<PageResult>& pages,
                         std::vector<std::string>& warnings) {
  for (Signatory& signatory : signatories) {
    const PageResult& page = pages[static_cast<std::size_t>(signatory.evidence.page - 1)];
    if (!page.has_image) continue;
    signatory.signature_present = false;
    if (!page.ink || !signatory.signature_area) continue;
    std::vector<cv::Rect> printed;
    for (const auto& line : page.ocr.lines)
      for (const auto& word : line.words)
        // What OCR read as marks alone ("/", "/)") with confidence is as often a signature's
        // stroke (dev2 1028: three strokes masked that way): a printed word has a letter or digit.
        if (word.confidence >= 0.85 && letters_and_digits_in(word.text) > 0) printed.push_back(word.box);
    // The frame's own lines lie on its edge: 2 mm around it are stamp, not signature.
    const int margin = static_cast<int>(page.dpi * 0.2 / 2.54);
    for (const cv::Rect& frame : page.stamp_frames)
      printed.emplace_back(frame.x - margin, frame.y - margin, frame.width + 2 * margin, frame.height + 2 * margin);
    const SignatureInk ink = find_signature_ink(*page.ink, *signatory.signature_area, printed);
    signatory.signature_present = ink.present;
    bool undecided = ink.undecided;
    if (!ink.present && signatory.signature_area_below) {
      const SignatureInk below = find_signature_ink(*page.ink, *signatory.signature_area_below, printed);
      if (below.present) {
        signatory.signature_present = true;  // a name typed above its signature line
        signatory.signature_area = signatory.signature_area_below;
      }
      undecided = undecided || below.undecided;
    }
    // Precision first: too little ink to decide is no answer, and validate asks for an eye.
    if (!*signatory.signature_present && undecided) {
      signatory.signature_present.reset();
      warnings.push_back("page " + std::to_string(signatory.evidence.page) + ": too little ink to tell whether " +
                         signatory.name.value_or("a signatory") + " signed; check by eye");
    }
  }
}

}  // namespace

int OpenedInput::page_count() const { return scan ? scan->page_count() : 0; }

Result<OpenedInput> open_input(const std::string& path, const LoadLimits& limits) {
  auto bytes = read_file_bytes(path, limits.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  OpenedInput input;
  input.result.path = path;
  input.result.sha256 = sha256_hex(*bytes);
  if (has_text_extension(path)) {
    if (!is_utf8_text(*bytes)) return Status::BadInput("a .txt input must be UTF-8 text (without NUL bytes)");
    input.result.format = DocumentFormat::kText;
    input.text.assign(bytes->begin(), bytes->end());
    return input;
  }
  auto document = open_document(std::move(*bytes), limits);
  if (!document.ok()) return document.status();
  input.result.format = (*document)->format();
  input.scan = std::move(*document);
  return input;
}

Result<DocumentResult> process_text(OpenedInput input, const PipelineOptions& options) {
  DocumentResult result = std::move(input.result);
  const DocumentText text = text_from_plain(input.text);
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
  if (result.fields && options.calibration) calibrate_confidences(*result.fields, *options.calibration);
  return result;
}

Result<PageResult> process_page(PageImage page, EngineSet& engines, const PipelineOptions& options) {
  if (!engines.page) return Status::Internal("an OCR engine is needed for scanned input");
  PageResult result;
  result.number = page.number;
  result.dpi = page.dpi;
  result.width = page.pixels.cols;
  result.height = page.pixels.rows;
  if (page.dpi_assumed) {
    const std::string label = "page " + std::to_string(page.number) + ": the file states " +
                              (page.stated_dpi > 0 ? std::to_string(std::lround(page.stated_dpi)) + " dpi, not plausible; "
                                                   : std::string("no resolution; "));
    if (const auto estimate = estimate_dpi_from_text(page.pixels)) {
      page.dpi = result.dpi = *estimate;
      result.warnings.push_back(label + "estimated " + std::to_string(static_cast<int>(*estimate)) +
                                " dpi from the height of its characters");
    } else {
      result.warnings.push_back(label + "too little text to estimate it; assumed " +
                                std::to_string(static_cast<int>(page.dpi)) + " dpi");
    }
  }
  if (!page.decode_warning.empty()) result.warnings.push_back(page.decode_warning);

  UprightPage upright = make_upright(page, options.upright, orientation_judges(engines.orientation.get(), engines.page.get()));
  result.warnings.insert(result.warnings.end(), upright.warnings.begin(), upright.warnings.end());
  result.transform = upright.transform;
  result.orientation_confidence = upright.orientation_confidence;
  result.orientation_rule = upright.orientation_rule;
  // The scan's own pixels are done with: one page-sized buffer less while OCR runs.
  page.pixels.release();

  // Blank backs of duplex scans are common in archives: no OCR where there is no contrast,
  // unless an archive rendition needs Tesseract's page.
  if (upright.blank && !options.renditions.any()) return result;
  auto ocr = engines.page->recognize(upright.grey, page.dpi, options.renditions, page.number, &result.renditions);
  if (!ocr.ok()) return ocr.status();
  // Stamps are read on their own and put in place of what page OCR made of them before the
  // blocks are put in reading order: a stamp over the gutter between two signature blocks
  // would otherwise join them line by line.
  const std::vector<cv::RotatedRect> frames = find_stamp_frames(upright.grey, page.dpi);
  for (const cv::RotatedRect& frame : frames) result.stamp_frames.push_back(frame.boundingRect());
  const std::vector<StampReading> stamps = read_stamp_frames(*engines.page, upright.grey, page.dpi, frames);
  replace_stamp_areas(*ocr, stamps);
  reread_lines_beside_stamps(*engines.page, upright.grey, page.dpi, stamps, *ocr);
  ocr->lines = read_columns_in_order(ocr->lines);
  restore_list_numbers(*engines.page, upright.grey, page.dpi, *ocr);
  if (options.rules) ocr->lines = without_scribble_lines(std::move(ocr->lines), *options.rules->place_date);
  ocr->text = text_of_lines(ocr->lines);
  if (options.rules) {
    const Rules& rules = *options.rules;
    reread_handwritten_dates(engines.handwriting_readers(), upright.grey, page.dpi, *rules.place_date, *ocr);
    reread_printed_names(*engines.page, upright.grey, page.dpi, *rules.place_date,
                         [&](const std::string& text) { return role_of(text, rules).has_value(); }, *ocr);
    if (engines.second_opinion) reread_weak_words(*engines.second_opinion, upright.grey, page.dpi, *rules.place_date, *ocr);
  }
  restore_printed_dashes(*ocr);
  restore_roman_numerals(upright.grey, *ocr);
  if (!upright.blank && !has_legible_word(*ocr)) {
    // What OCR made of a drawing ("®)") is kept as read, but nothing on it is to be trusted.
    ocr->mean_confidence = 0.0;
    result.warnings.push_back("page " + std::to_string(page.number) +
                              ": ink on the page but no text recognised (a picture, handwriting only, or too faint)");
  }
  result.ocr = std::move(*ocr);
  if (has_signature_block(result.ocr, options.rules.get())) result.ink = make_ink_map(upright.grey, page.dpi);
  return result;
}

namespace {

// The fast German model reads the "§" of a heading as 8, 5, S or $; where the headings
// count up as sections do, the sign is put back in the page text.
void restore_section_signs(std::vector<PageResult>& pages, const Rules& rules) {
  DocumentText text;
  std::vector<std::pair<std::size_t, std::size_t>> origin;  // page index, line index
  for (std::size_t p = 0; p < pages.size(); ++p) {
    append_ocr_page(text, pages[p].number, pages[p].ocr);
    for (std::size_t l = 0; l < pages[p].ocr.lines.size(); ++l) origin.emplace_back(p, l);
  }
  std::set<std::size_t> changed;
  int last = 0;
  for (const auto& [index, number] : section_headings(text, rules)) {
    // Only the very next number: a line "8 Wochen" a few numbers on stays as it is.
    const auto [p, l] = origin[index];
    if (number == last + 1 && restore_section_sign(pages[p].ocr.lines[l], number)) changed.insert(p);
    last = number;
  }
  for (const std::size_t p : changed) pages[p].ocr.text = text_of_lines(pages[p].ocr.lines);
}

}  // namespace

void finish_document(DocumentResult& document, const PipelineOptions& options) {
  if (options.rules) restore_section_signs(document.pages, *options.rules);
  DocumentText text;
  for (PageResult& page : document.pages) {
    document.warnings.insert(document.warnings.end(), page.warnings.begin(), page.warnings.end());
    page.warnings.clear();
    append_ocr_page(text, page.number, page.ocr);
  }
  if (!options.rules) return;
  document.fields = extract_fields(text, *options.rules, document.warnings);
  check_signature_ink(document.fields->signatories, document.pages, document.warnings);
  if (options.calibration) calibrate_confidences(*document.fields, *options.calibration);
}

Result<DocumentResult> process_document(const std::string& path, EngineSet* engines, const PipelineOptions& options,
                                        const PageProgress& progress) {
  auto input = open_input(path, options.limits);
  if (!input.ok()) return input.status();
  if (!input->scan) return process_text(std::move(*input), options);
  if (!engines) return Status::Internal("an OCR engine is needed for scanned input");

  DocumentResult result = std::move(input->result);
  const int page_count = input->page_count();
  for (int index = 0; index < page_count; ++index) {
    auto image = input->scan->load_page(index);
    if (!image.ok()) return image.status();
    auto page = process_page(std::move(*image), *engines, options);
    if (!page.ok()) return page.status();
    result.pages.push_back(std::move(*page));
    if (progress) progress(index + 1, page_count);
  }
  finish_document(result, options);
  return result;
}

}  // namespace agreement_ocr
