// What the page stages cost beside recognition, on the same pages in the same run: for each
// page of the files given, the time of make_upright (orientation with OSD and any reading
// check, deskew, paper finding), of the resolution estimate, and of Tesseract's recognition
// of the upright page with the page model; then the totals and their ratio.
//   page-stages-bench FILE...
#include <chrono>
#include <cstdio>

#include "ocr/engine_set.h"
#include "ocr/orientation_judges.h"
#include "pipeline.h"
#include "preprocess/resolution_estimate.h"
#include "preprocess/upright_page.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace agreement_ocr;
  auto engines = create_engine_set("fast");
  if (!engines.ok()) {
    std::fprintf(stderr, "page-stages-bench: %s\n", engines.status().message().c_str());
    return 1;
  }
  double stages_total = 0, recognition_total = 0, osd_total = 0, reading_total = 0;
  int pages = 0;
  std::printf("%-44s %4s %9s %6s %8s %9s %9s %7s %s\n", "file", "page", "upright s", "osd s", "reading s", "dpi est s",
              "ocr s", "ratio", "rule");
  for (int arg = 1; arg < argc; ++arg) {
    auto input = open_input(argv[arg], LoadLimits{});
    if (!input.ok() || !input->scan) {
      std::fprintf(stderr, "page-stages-bench: %s: not a scan\n", argv[arg]);
      continue;
    }
    for (int index = 0; index < input->page_count(); ++index) {
      auto page = input->scan->load_page(index);
      if (!page.ok()) continue;
      // The pipeline estimates the resolution only where the file states none.
      auto start = std::chrono::steady_clock::now();
      if (page->dpi_assumed) page->dpi = estimate_dpi_from_text(page->pixels).value_or(page->dpi);
      const double estimate_seconds = seconds_since(start);
      OrientationJudges judges = orientation_judges(engines->orientation.get(), engines->page.get());
      double osd_seconds = 0, reading_seconds = 0;
      judges.osd = [&, osd = judges.osd](const cv::Mat& grey, double dpi) {
        const auto begin = std::chrono::steady_clock::now();
        auto opinion = osd(grey, dpi);
        osd_seconds += seconds_since(begin);
        return opinion;
      };
      judges.legible_words = [&, read = judges.legible_words](const cv::Mat& grey, double dpi) {
        const auto begin = std::chrono::steady_clock::now();
        const int words = read(grey, dpi);
        reading_seconds += seconds_since(begin);
        return words;
      };
      start = std::chrono::steady_clock::now();
      const UprightPage upright = make_upright(*page, {}, judges);
      const double upright_seconds = seconds_since(start);
      start = std::chrono::steady_clock::now();
      auto read = engines->page->recognize(upright.grey, page->dpi);
      const double recognition_seconds = seconds_since(start);
      if (!read.ok()) continue;
      stages_total += upright_seconds + estimate_seconds;
      recognition_total += recognition_seconds;
      ++pages;
      std::string name = argv[arg];
      if (name.size() > 44) name = "..." + name.substr(name.size() - 41);
      osd_total += osd_seconds;
      reading_total += reading_seconds;
      std::printf("%-44s %4d %9.3f %6.3f %8.3f %9.3f %9.3f %6.1f%% %s\n", name.c_str(), index + 1, upright_seconds,
                  osd_seconds, reading_seconds, estimate_seconds,
                  recognition_seconds, 100 * (upright_seconds + estimate_seconds) / recognition_seconds,
                  name_of(upright.orientation_rule).c_str());
    }
  }
  if (pages == 0) return 1;
  std::printf("\n%d pages: page stages %.3f s/page (OSD %.3f, reading check %.3f), recognition %.3f s/page: "
              "%.1f%% of recognition\n",
              pages, stages_total / pages, osd_total / pages, reading_total / pages, recognition_total / pages,
              100 * stages_total / recognition_total);
  return 0;
}
