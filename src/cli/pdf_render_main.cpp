// agreement-ocr-render: renders one PDF page for agreement-ocr, in a process of its own
// (see io/pdf_render_process.h). Not meant to be started by hand.
#include <cstdio>
#include <cstring>

#include "io/pdf_render_process.h"

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], agreement_ocr::kRenderPdfPageCommand) != 0) {
    std::fputs("agreement-ocr-render: started by agreement-ocr to render PDF pages; not meant to be run by hand\n", stderr);
    return 64;
  }
  return agreement_ocr::run_pdf_render_child(argc, argv);
}
