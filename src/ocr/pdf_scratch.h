// Tesseract's PDF renderer writes only to files, so each page goes through a private scratch
// folder in the temporary directory. A run killed with SIGKILL cannot remove its own: the
// folder's name carries the process id, and the next run removes those of processes gone.
#pragma once

#include <string>

namespace agreement_ocr {

// A fresh folder "$TMPDIR/agreement-ocr-pdf-<pid>-XXXXXX" (mode 0700); empty if none could be made.
std::string make_pdf_scratch();

// Removes the scratch folders of agreement-ocr processes that no longer run (their pid is
// gone), in `temporary` (default: the temporary directory). Returns how many it removed.
int remove_abandoned_pdf_scratch(const std::string& temporary = "");

}  // namespace agreement_ocr
