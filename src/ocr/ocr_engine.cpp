// Tesseract through its C++ API in LSTM mode with automatic page segmentation, which keeps
// side-by-side signature blocks apart once the page is deskewed (PSM 6 would merge them).
#include "ocr/ocr_engine.h"

#include <omp.h>
#include <tesseract/baseapi.h>
#include <opencv2/imgcodecs.hpp>
#include <tesseract/renderer.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ocr/pdf_scratch.h"
#include "ocr/side_by_side_columns.h"

namespace agreement_ocr {
namespace {

std::string take_text(char* text) {
  std::string result = text ? text : "";
  delete[] text;
  return result;
}

cv::Rect box_at(tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
  int left = 0, top = 0, right = 0, bottom = 0;
  it.BoundingBox(level, &left, &top, &right, &bottom);
  return {left, top, right - left, bottom - top};
}

// Debian's Tesseract parallelises inside a page with OpenMP, which on these machines made a
// page 4-5x slower (threads spinning in the kernel); we parallelise over pages instead. The
// setting belongs to the calling thread (OpenMP 5 data environment), so every thread that
// runs Tesseract makes it before recognising: set once on the main thread, worker threads
// still started 2 OpenMP threads per page.
void single_threaded_openmp() {
  omp_set_num_threads(1);
  omp_set_max_active_levels(0);
}

}  // namespace

OcrEngine::OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api) : api_(std::move(api)) {}
OcrEngine::~OcrEngine() {
  if (api_) api_->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const OcrModel& model) {
  single_threaded_openmp();
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(model.tessdata_dir.c_str(), model.language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return Status::MissingResource("cannot load OCR model '" + model.name + "' from " + model.tessdata_dir);
  }
  api->SetVariable("debug_file", "/dev/null");
  api->SetPageSegMode(tesseract::PSM_AUTO);
  std::unique_ptr<OcrEngine> engine(new OcrEngine(std::move(api)));
  // Tesseract's PDF renderer needs pdf.ttf from a tessdata folder; Debian's has it, a
  // model folder of our own (best_int) does not.
  engine->pdf_font_dir_ = model.tessdata_dir;
  if (!std::filesystem::exists(model.tessdata_dir + "/pdf.ttf")) {
    if (auto debian = locate_model("fast"); debian.ok()) engine->pdf_font_dir_ = debian->tessdata_dir;
  }
  return engine;
}

Result<OcrPage> OcrEngine::recognize(const cv::Mat& grey, double dpi, const RenditionRequest& request,
                                     int page_number, PageRenditions* renditions) {
  auto page = read_lines(grey, dpi, /*time_limited=*/true);
  if (!page.ok()) return page;
  if (renditions && request.any()) {
    const Status rendered = render(request, grey, page_number, *renditions);
    if (!rendered.ok()) return rendered;
  }
  api_->Clear();
  page->text = text_of_lines(page->lines);
  return page;
}

Result<OcrPage> OcrEngine::recognize_region(const cv::Mat& grey, double dpi, RegionKind kind) {
  const bool date_line = kind == RegionKind::kDateLine;
  api_->SetPageSegMode(kind == RegionKind::kBlock ? tesseract::PSM_SINGLE_BLOCK : tesseract::PSM_SINGLE_LINE);
  api_->SetVariable("tessedit_char_whitelist", date_line ? "0123456789." : "");
  auto page = read_lines(grey, dpi, /*time_limited=*/false);
  api_->SetPageSegMode(tesseract::PSM_AUTO);
  api_->SetVariable("tessedit_char_whitelist", "");
  api_->Clear();
  if (page.ok()) page->text = text_of_lines(page->lines);
  return page;
}

Result<std::vector<OcrWord>> OcrEngine::recognize_words_in(const cv::Mat& page, const cv::Rect& region, double dpi,
                                                          RegionKind kind) {
  const cv::Rect inside = region & cv::Rect(0, 0, page.cols, page.rows);
  std::vector<OcrWord> words;
  if (inside.area() == 0) return words;
  auto read = recognize_region(page(inside), dpi, kind);
  if (!read.ok()) return read.status();
  for (auto& line : read->lines)
    for (OcrWord& word : line.words) {
      word.box += inside.tl();
      words.push_back(std::move(word));
    }
  return words;
}

Result<OcrPage> OcrEngine::read_lines(const cv::Mat& grey, double dpi, bool time_limited) {
  CV_Assert(grey.type() == CV_8UC1);
  single_threaded_openmp();
  api_->SetImage(grey.data, grey.cols, grey.rows, 1, static_cast<int>(grey.step));
  api_->SetSourceResolution(static_cast<int>(std::lround(dpi)));
  tesseract::ETEXT_DESC monitor;
  if (time_limited && time_limit_seconds_ > 0) monitor.set_deadline_msecs(static_cast<int32_t>(std::min(time_limit_seconds_ * 1000, 2.0e9)));
  const bool failed = api_->Recognize(&monitor) != 0;
  if (monitor.deadline_exceeded()) {
    api_->Clear();
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", time_limit_seconds_);
    return Status::BadInput(std::string("OCR of a page took longer than the limit of ") + limit +
                            " s (--max-ocr-seconds)");
  }
  if (failed) return Status::Internal("Tesseract failed to recognise the page");

  OcrPage page;
  page.mean_confidence = api_->MeanTextConf() / 100.0;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  int block = -1, paragraph = -1;
  if (it && !it->Empty(tesseract::RIL_WORD)) {
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_BLOCK)) ++block;
      if (it->IsAtBeginningOf(tesseract::RIL_PARA)) ++paragraph;
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || page.lines.empty()) {
        if (!page.lines.empty() && page.lines.back().words.empty()) page.lines.pop_back();
        OcrLine line;
        line.box = box_at(*it, tesseract::RIL_TEXTLINE);
        line.confidence = it->Confidence(tesseract::RIL_TEXTLINE) / 100.0;
        line.block = block;
        line.paragraph = paragraph;
        page.lines.push_back(std::move(line));
      }
      OcrWord word;
      word.text = take_text(it->GetUTF8Text(tesseract::RIL_WORD));
      // Tesseract reports blank "words" on graphics and rules; they carry no text.
      if (word.text.find_first_not_of(" \t\n") == std::string::npos) continue;
      word.box = box_at(*it, tesseract::RIL_WORD);
      word.confidence = it->Confidence(tesseract::RIL_WORD) / 100.0;
      word.in_dictionary = it->WordIsFromDictionary();
      OcrLine& line = page.lines.back();
      if (!line.text.empty()) line.text += ' ';
      line.text += word.text;
      line.words.push_back(std::move(word));
    } while (it->Next(tesseract::RIL_WORD));
  }
  if (!page.lines.empty() && page.lines.back().words.empty()) page.lines.pop_back();
  // Tesseract's mean over no words is not 0 (0.95 was seen on pages with ink and no text):
  // no text read is no confidence.
  if (page.lines.empty()) page.mean_confidence = 0.0;
  return page;
}

// Tesseract's own default for the page image of its PDFs (its jpg_quality parameter).
constexpr int kPdfJpegQuality = 85;

Status OcrEngine::render(const RenditionRequest& request, const cv::Mat& grey, int page_number, PageRenditions& renditions) {
  // Tesseract numbers pages from 0 in its renderers' ids.
  if (request.hocr) renditions.hocr = take_text(api_->GetHOCRText(page_number - 1));
  if (request.alto) renditions.alto = take_text(api_->GetAltoText(page_number - 1));
  if (!request.pdf) return Status::Ok();
  // The PDF renderer writes only to files: one page into a private scratch folder, read
  // back, removed. The pages of a document are joined later, in order.
  const std::string scratch = make_pdf_scratch();
  if (scratch.empty()) return Status::Output("cannot create a scratch folder for the PDF page");
  const std::string base = scratch + "/page";
  // The page image goes in as a JPEG we write into the scratch folder and name as the
  // input: Leptonica then takes the file as it is. Given only pixels, it compresses them
  // through a temporary file of its own in /tmp, whatever TMPDIR says, which a killed run
  // would leave behind for good.
  const std::string image = scratch + "/page.jpg";
  bool ok = cv::imwrite(image, grey, {cv::IMWRITE_JPEG_QUALITY, kPdfJpegQuality});
  if (ok) {
    api_->SetInputName(image.c_str());
    tesseract::TessPDFRenderer renderer(base.c_str(), pdf_font_dir_.c_str(), /*textonly=*/false);
    ok = renderer.BeginDocument("") && renderer.AddImage(api_.get()) && renderer.EndDocument();
    api_->SetInputName(nullptr);
  }
  std::ifstream in(base + ".pdf", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::error_code ignored;
  std::filesystem::remove_all(scratch, ignored);
  if (!ok || bytes.str().empty()) return Status::Output("Tesseract's PDF renderer failed on page " + std::to_string(page_number));
  renditions.pdf = bytes.str();
  return Status::Ok();
}

}  // namespace agreement_ocr
