// PDF pages rendered in a child process, so that a page built to exhaust the renderer (a
// content stream of 300,000 nested saves, an image drawn thousands of times) costs that page
// and nothing else: the child runs under a memory limit and is killed past its time.
//
// The child is this same program started with kRenderPdfPageCommand; it maps the PDF from a
// sealed memory file the parent holds (no copy), renders one page in grey and writes the
// pixels to a pipe.
#pragma once

#include <atomic>
#include <cstddef>
#include <string>

#include "core/status.h"
#include "io/pdf_page_render.h"

namespace agreement_ocr {

inline constexpr char kRenderPdfPageCommand[] = "__render-pdf-page";

// The render child's data limit (RLIMIT_DATA): a start plus bytes per page pixel at the render
// resolution. The smallest limits that rendered, found by bisection on this machine: an A4
// scan page at 300 dpi 30 MiB, an A3 page (17 Mpx) 60 MiB, a 20000x1500 page 100 MiB, an A0
// page (139 Mpx) 600 MiB, so about 4.3 bytes a pixel (Splash draws in 4 bytes a pixel) and
// 10 MiB of start; twice both.
inline constexpr std::size_t kRenderBaseBytes = std::size_t{64} << 20;
inline constexpr double kRenderBytesPerPixel = 8.0;

struct PdfRenderBounds {
  std::string program;             // a program that runs run_pdf_render_child for kRenderPdfPageCommand
  double max_seconds = 20.0;       // wall-clock time for one page
  std::size_t max_bytes = 0;       // data the child may allocate; 0: no limit
  const std::atomic<bool>* cancel = nullptr;  // when it turns true the child is killed
};

// Whether max_bytes is enforced: not under AddressSanitizer, whose shadow memory alone is
// counted as terabytes of data.
bool render_memory_is_bounded();

// Renders page `index` of the PDF in memory file `pdf_fd` at `dpi` in a child process.
// Fails with kBadInput when the page is damaged, or the child runs out of its memory or time.
Result<RenderedPdfPage> render_pdf_page_in_child(int pdf_fd, int index, double dpi, const PdfRenderBounds& bounds);

// The child's side: argv = {program, kRenderPdfPageCommand, index, dpi, max_bytes, max_cpu_seconds},
// the PDF on descriptor 3, the page on standard output. Returns the exit code.
int run_pdf_render_child(int argc, char** argv);

}  // namespace agreement_ocr
