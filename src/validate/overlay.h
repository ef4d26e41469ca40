// One PNG per scanned page with every extracted field and every check drawn as a labelled
// box on the page as scanned: green what was found, red what failed. A person sees at a
// glance where each value came from and what is wrong.
#pragma once

#include <string>

#include "core/status.h"
#include "validate/checks.h"

namespace agreement_ocr {

// Writes <dir>/<scan name>-page-<n>.png for every page of `scan` (decoded again from its file).
Status write_overlays(const DocumentResult& scan, const ValidationReport& report, const std::string& dir,
                      const LoadLimits& limits);

}  // namespace agreement_ocr
