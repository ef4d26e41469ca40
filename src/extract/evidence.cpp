// Evidence from a run of lines.
#include "extract/evidence.h"

#include <algorithm>

namespace agreement_ocr {

Evidence evidence_of(const DocumentText& lines, std::size_t first, std::size_t last, const std::string& rule,
                     double rule_confidence) {
  Evidence evidence;
  evidence.page = lines[first].page;
  evidence.rule = rule;
  double weakest = 1.0;
  for (std::size_t i = first; i <= last && i < lines.size(); ++i) {
    if (lines[i].page != evidence.page) continue;
    if (lines[i].box) evidence.box = evidence.box ? (*evidence.box | *lines[i].box) : *lines[i].box;
    weakest = std::min(weakest, lines[i].confidence);
    if (!evidence.text.empty()) evidence.text += '\n';
    evidence.text += lines[i].text;
  }
  evidence.confidence = std::clamp(weakest * rule_confidence, 0.0, 1.0);
  return evidence;
}

}  // namespace agreement_ocr
