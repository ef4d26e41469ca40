// Received stamps ("Eing.: 20. Aug. 2025", "Eingegangen am 03.09.2025", "EINGANG 3. SEP.
// 2025", "Posteingang 12. Sept. 2024", "Eing. 7.10.25"): the label, then a date on the
// same line or the next. A document without one has none; no date is ever invented.
#pragma once

#include <set>
#include <vector>

#include "extract/document_text.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

struct StampSearch {
  std::vector<ReceivedStamp> stamps;
  std::set<std::size_t> stamp_lines;  // the lines that belong to a stamp (label, date, Anl., AZ ...)
};

StampSearch find_received_stamps(const DocumentText& lines, const Rules& rules);

}  // namespace agreement_ocr
