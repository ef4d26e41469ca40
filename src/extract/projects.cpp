// The project list starts after its introduction ("... folgende Projekte:"). Categories are
// numbered 1, 2, 3 ... in order; items are bulleted lines (OCR turns bullets into -, •, «,
// °, e ...) or numbered under their category ("2.1"). A line that is neither continues the previous category or item when it stands
// in the same paragraph and the line before it ran to the right edge (it wrapped); in the
// same paragraph after a line that ended early it is an item whose bullet OCR lost, and so
// is a line in a paragraph of its own right below an item that ended early, starting where
// that item's text starts; otherwise, or at a section heading, the list has ended. Page
// numbers ("- 3 -") between pages are skipped.
#include "extract/projects.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "extract/evidence.h"
#include "extract/party_name.h"

namespace agreement_ocr {
namespace {

// Whether line `index` wrapped into line `next`: it did when the first word of `next` would
// not have fitted in the room left at its end (the text's right edge on that page). A line
// that ended earlier is complete, and what follows is a new entry whose bullet OCR lost.
// Text input has no boxes: there every line may wrap, and paragraphs decide.
bool wrapped_into(const DocumentText& lines, std::size_t index, std::size_t next) {
  const TextLine& line = lines[index];
  if (!line.box || lines[next].words.empty()) return true;
  int right = line.box->x + line.box->width;
  for (const TextLine& other : lines) {
    if (other.page == line.page && other.box && !other.in_stamp_frame) {
      right = std::max(right, other.box->x + other.box->width);
    }
  }
  const int room = right - (line.box->x + line.box->width);
  const int space = line.box->height / 2;
  return room < lines[next].words.front().box.width + space;
}

bool is_page_number(const std::string& text) {
  static const RE2 kPageNumber(R"(^\W*(?:Seite\s*)?\d{1,3}(?:\s*(?:von|/)\s*\d{1,3})?\W*$)");
  return RE2::FullMatch(text, kPageNumber);
}

// Whether line `next` goes on with the entry of line `index`. Within a paragraph it does.
// Tesseract also starts a paragraph at a hanging indent and at a page break, so a line
// outside the paragraph still continues the entry when the entry's line was full (it
// wrapped) and `next` is indented under it by at most kMaxHangingIndentHeights of its
// height, either right below it (at most a line height apart) or as the first line of the
// next page.
bool continues_entry(const DocumentText& lines, std::size_t index, std::size_t next) {
  // Hanging indents measured on the variety corpus's dev part: 1.7 and 2.5 line heights.
  constexpr double kMaxHangingIndentHeights = 4.0;
  const TextLine& line = lines[index];
  const TextLine& candidate = lines[next];
  if (candidate.page == line.page && candidate.paragraph == line.paragraph) return true;
  if (!line.box || !candidate.box) return false;
  const int indent = candidate.box->x - line.box->x;
  if (indent <= 0 || indent > kMaxHangingIndentHeights * line.box->height) return false;
  if (candidate.page == line.page) {
    const int gap = candidate.box->y - (line.box->y + line.box->height);
    if (gap < 0 || gap > line.box->height) return false;
  } else {
    if (candidate.page != line.page + 1) return false;
    for (std::size_t k = index + 1; k < next; ++k)
      if (lines[k].page == candidate.page && !is_page_number(lines[k].text)) return false;  // not its first line
  }
  return wrapped_into(lines, index, next);
}

// Where an entry line's text starts: after its bullet when OCR read one (a first word of
// nothing but marks), else where the line starts.
std::optional<int> text_start(const TextLine& line) {
  static const RE2 kMarks(R"(^[.,:;·•*°«»_|\-–—]+$)");
  if (!line.box) return std::nullopt;
  if (line.words.size() >= 2 && RE2::FullMatch(line.words.front().text, kMarks)) return line.words[1].box.x;
  return line.box->x;
}

// Whether line `next`, in a paragraph of its own, is the next item of a list whose bullet OCR
// lost: Tesseract opens a paragraph at a line that starts right of its neighbours. It is when
// item line `index` ended early (did not wrap), `next` stands right below it (at most a line
// height apart) and starts where the item's text starts, within kMaxTextStartOffsetHeights of
// the line height; a bullet stands left of that by about two heights, a category's text
// further still.
bool item_after_lost_bullet(const DocumentText& lines, std::size_t index, std::size_t next) {
  // Measured on the variety corpus's dev part (1024, page 3): bullet-less items 4 px of
  // 44 (0.1 heights) from the items' text; bullets 1.6 heights left of it, categories 2.5.
  constexpr double kMaxTextStartOffsetHeights = 0.5;
  const TextLine& line = lines[index];
  const TextLine& candidate = lines[next];
  const std::optional<int> start = text_start(line);
  if (!start || !candidate.box || candidate.page != line.page) return false;
  const int gap = candidate.box->y - (line.box->y + line.box->height);
  if (gap < 0 || gap > line.box->height) return false;
  if (std::abs(candidate.box->x - *start) > kMaxTextStartOffsetHeights * line.box->height) return false;
  return !wrapped_into(lines, index, next);
}

// An entry's text without what OCR made of a lost bullet or a speck before the line
// (". Stadtteilmütter", "» Werkstattjahr Plus"): words of nothing but marks at its start,
// and an underscore or bar glued to its first capital.
std::string without_specks(const std::string& text) {
  static const RE2 kLeading(R"(^(?:[.,:;·•*°«»_|\-–—]+\s+)+)");
  static const RE2 kGlued(R"(^[_|]+(\p{Lu}))");  // "_Quartiersarbeit": no word starts with _ or |
  std::string cleaned = text;
  RE2::Replace(&cleaned, kLeading, "");
  RE2::Replace(&cleaned, kGlued, "\\1");
  return cleaned;
}

// The same at the end of a finished entry ("Pflegeassistenz in Teilzeit -", "Alter 50plus j":
// marks, or one lower-case letter, after a space), and a full stop or comma closing it (an entry
// is no sentence; "e.V." keeps its stop). Only once the entry is complete, since a dash ending
// a line may go on in the next ("Schule –" / "Beruf").
void drop_trailing_specks(std::string& text) {
  static const RE2 kTrailing(R"((?:\s+(?:[.,:;·•*°«»_|\-–—]+|\p{Ll}))+$)");
  RE2::Replace(&text, kTrailing, "");
  text = without_closing_punctuation(text);
}

}  // namespace

std::vector<Project> find_projects(const DocumentText& lines, const Rules& rules) {
  std::vector<Project> projects;
  std::size_t i = 0;
  while (i < lines.size() && !RE2::PartialMatch(lines[i].text, *rules.project_intro)) ++i;
  if (i == lines.size()) return projects;

  enum class Last { kNone, kCategory, kItem } last = Last::kNone;
  const std::size_t intro = i;
  std::size_t category_line = 0, previous = i;
  for (++i; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (is_page_number(line.text)) continue;
    int number = 0;
    std::string text;
    if (RE2::FullMatch(line.text, *rules.project_category, &number, &text) &&
        number == static_cast<int>(projects.size()) + 1) {
      Project project;
      project.number = number;
      project.category = tidy_value(without_specks(text), rules);
      projects.push_back(std::move(project));
      category_line = i;
      last = Last::kCategory;
    } else if (int parent = 0; !projects.empty() && RE2::FullMatch(line.text, *rules.project_subitem, &parent, &text) &&
                                 parent == projects.back().number) {
      projects.back().items.push_back(tidy_value(without_specks(text), rules));  // "2.1 Item" under category 2
      last = Last::kItem;
    } else if (!projects.empty() && RE2::FullMatch(line.text, *rules.project_bullet, &text)) {
      projects.back().items.push_back(tidy_value(without_specks(text), rules));
      last = Last::kItem;
    } else if (last != Last::kNone && continues_entry(lines, previous, i) &&
               !RE2::PartialMatch(line.text, *rules.project_end)) {
      if (line.paragraph != lines[previous].paragraph || line.page != lines[previous].page ||
          wrapped_into(lines, previous, i)) {
        append_wrapped(last == Last::kItem ? projects.back().items.back() : projects.back().category,
                       tidy_value(line.text, rules));
      } else {
        projects.back().items.push_back(tidy_value(without_specks(line.text), rules));
        last = Last::kItem;
      }
    } else if (last == Last::kItem && item_after_lost_bullet(lines, previous, i) &&
               !RE2::PartialMatch(line.text, *rules.project_end)) {
      projects.back().items.push_back(tidy_value(without_specks(line.text), rules));
    } else if (projects.empty() && i - intro <= 3) {
      continue;  // the introduction itself may wrap before the list starts
    } else {
      break;
    }
    if (!projects.empty()) projects.back().evidence = evidence_of(lines, category_line, i, "numbered-list", 0.9);
    previous = i;
  }
  for (Project& project : projects) {
    drop_trailing_specks(project.category);
    for (std::string& item : project.items) drop_trailing_specks(item);
  }
  return projects;
}

}  // namespace agreement_ocr
