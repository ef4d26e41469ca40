// Received stamps from text lines.
#include "extract/received_stamps.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/evidence.h"

namespace agreement_ocr {

namespace {

// How many ASCII letters and digits `text` holds: OCR's stray characters around a date.
long alphanumerics_in(std::string_view text) {
  return std::count_if(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

// A signature stroke or a smudge over a stamp's label leaves a few stray characters before
// its date ("| Ang .: 20. Aug. 2025" for "Eing.: 20. Aug. 2025"). Read inside a frame that
// also holds the stamp's other fields (Anl., Ref., AZ), such a line is the stamp's date line.
bool is_covered_label(const DocumentText& lines, std::size_t i, const Rules& rules) {
  const TextLine& line = lines[i];
  if (!line.in_stamp_frame || !line.box || RE2::PartialMatch(line.text, *rules.stamp_other_labels)) return false;
  const auto dates = rules.dates->find(line.text);
  if (dates.empty()) return false;
  if (alphanumerics_in(std::string_view(line.text).substr(0, dates.front().begin)) > 4) return false;
  return std::any_of(lines.begin(), lines.end(), [&](const TextLine& other) {
    return other.in_stamp_frame && other.page == line.page && other.box == line.box &&
           RE2::PartialMatch(other.text, *rules.stamp_other_labels);
  });
}

// A date stamp without a label ("27. APR. 2027" in a red frame): a line read inside a stamp
// frame that holds a date and next to nothing else (at most kMaxStrayCharacters letters or
// digits around it, OCR's specks from the frame).
bool is_date_stamp(const TextLine& line, const Rules& rules) {
  constexpr long kMaxStrayCharacters = 2;
  if (!line.in_stamp_frame) return false;
  const auto dates = rules.dates->find(line.text);
  if (dates.empty()) return false;
  const std::string_view text(line.text);
  return alphanumerics_in(text.substr(0, dates.front().begin)) + alphanumerics_in(text.substr(dates.front().end)) <=
         kMaxStrayCharacters;
}

// Whether `line`, `rows` lines after the stamp's `date` line, stands under it: overlapping it
// across and at most 1.5 of its heights per row further down. Without boxes (text input) the
// order alone says so.
bool is_under(const TextLine& line, const TextLine& date, std::size_t rows) {
  if (!line.box || !date.box) return true;
  const cv::Rect& below = *line.box;
  const cv::Rect& stamp = *date.box;
  const bool across = below.x < stamp.br().x && below.br().x > stamp.x;
  return across && below.y >= stamp.y && below.y - stamp.br().y <= static_cast<int>(rows) * stamp.height * 3 / 2;
}

}  // namespace

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
    const bool labelled = RE2::Consume(&rest, *rules.received_stamp_label);
    const bool date_alone = !labelled && is_date_stamp(lines[i], rules);
    if (!labelled && !date_alone && !is_covered_label(lines, i, rules)) continue;
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
    stamp.evidence = labelled     ? evidence_of(lines, i, last,
                                                lines[i].in_stamp_frame ? "stamp-frame-label-date" : "stamp-label-date", 0.9)
                     : date_alone ? evidence_of(lines, i, last, "stamp-frame-date", 0.8)
                                  : evidence_of(lines, i, last, "stamp-frame-fields-date", 0.7);
    if (lines[i].in_stamp_frame && lines[i].box) frames.emplace_back(lines[i].page, *lines[i].box);
    search.stamps.push_back(std::move(stamp));
    // The stamp's other fields follow its date: keep them out of other fields. On a scan they
    // stand under it: a line beside or far below it with such a label ("Az.: AQB-2024/93" of
    // the letter, two lines down at the margin) is the document's own.
    for (std::size_t k = i; k <= last; ++k) search.stamp_lines.insert(k);
    for (std::size_t k = last + 1; k < lines.size() && k <= last + 3 && lines[k].page == lines[i].page; ++k) {
      if (RE2::PartialMatch(lines[k].text, *rules.stamp_other_labels) && is_under(lines[k], lines[last], k - last)) {
        search.stamp_lines.insert(k);
      }
    }
    i = last;
  }
  return search;
}

}  // namespace agreement_ocr
