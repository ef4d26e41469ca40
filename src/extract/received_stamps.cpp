// Received stamps from text lines.
#include "extract/received_stamps.h"

#include <algorithm>

#include "extract/evidence.h"

namespace agreement_ocr {

StampSearch find_received_stamps(const DocumentText& lines, const Rules& rules) {
  StampSearch search;
  std::vector<std::pair<int, cv::Rect>> frames;  // (page, box) of stamps read in their frame
  auto inside_a_frame = [&](const TextLine& line) {
    if (!line.box) return false;
    const cv::Point center(line.box->x + line.box->width / 2, line.box->y + line.box->height / 2);
    return std::any_of(frames.begin(), frames.end(),
                       [&](const auto& frame) { return frame.first == line.page && frame.second.contains(center); });
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // Page OCR's reading of a stamp already read in its frame is the stamp's, not another.
    if (!lines[i].in_stamp_frame && inside_a_frame(lines[i])) {
      search.stamp_lines.insert(i);
      continue;
    }
    re2::StringPiece rest(lines[i].text);
    if (!RE2::Consume(&rest, *rules.received_stamp_label)) continue;
    std::size_t last = i;
    auto dates = rules.dates->find(std::string_view(rest.data(), rest.size()));
    // "Eingegangen am" alone on its line, the date below it.
    if (dates.empty() && i + 1 < lines.size() && lines[i + 1].page == lines[i].page) {
      dates = rules.dates->find(lines[i + 1].text);
      if (!dates.empty()) last = i + 1;
    }
    if (dates.empty()) continue;
    ReceivedStamp stamp;
    stamp.date = dates.front().date.iso();
    stamp.evidence = evidence_of(lines, i, last, lines[i].in_stamp_frame ? "stamp-frame-label-date" : "stamp-label-date",
                                 0.9);
    if (lines[i].in_stamp_frame && lines[i].box) frames.emplace_back(lines[i].page, *lines[i].box);
    search.stamps.push_back(std::move(stamp));
    // The stamp's other fields follow its date: keep them out of other fields.
    for (std::size_t k = i; k <= last; ++k) search.stamp_lines.insert(k);
    for (std::size_t k = last + 1; k < lines.size() && k <= last + 3 && lines[k].page == lines[i].page; ++k) {
      if (RE2::PartialMatch(lines[k].text, *rules.stamp_other_labels)) search.stamp_lines.insert(k);
    }
    i = last;
  }
  return search;
}

}  // namespace agreement_ocr
