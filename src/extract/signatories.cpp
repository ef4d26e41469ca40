// Signature blocks from text lines.
#include "extract/signatories.h"

#include <algorithm>
#include <cstdlib>

#include "extract/evidence.h"
#include "extract/party_name.h"
#include "extract/signing_date_vote.h"

namespace agreement_ocr {
namespace {

// A word without the marks a stroke through it left on its end: quotes, colons, an
// underscore, a bracket (OCR's readings of a signature's tail).
std::string without_glued_marks(std::string word) {
  static const RE2 glued(R"((.*\p{L}\.?)[”“"'’‘:;,_|)\]}°*]+)");
  std::string kept;
  if (RE2::FullMatch(word, glued, &kept)) word = kept;
  return word;
}

// Takes the academic title out of a printed name, wherever OCR put it.
void split_title(const std::string& printed, Signatory& signatory, const Rules& rules) {
  // Padded with spaces so a title matches as whole words anywhere in the name.
  std::string name(1, ' ');
  name.append(tidy_spaces(printed)).push_back(' ');
  for (const auto& title : rules.titles) {
    std::string padded_title(1, ' ');
    padded_title.append(title).push_back(' ');
    const auto at = name.find(padded_title);
    if (at == std::string::npos) continue;
    signatory.title = title;
    name.erase(at, title.size() + 1);
    break;
  }
  signatory.name = tidy_spaces(name);
  // "i.V. Name": signed on someone's behalf; the prefix is no part of the name.
  for (const auto& prefix : rules.name_prefixes) {
    if (signatory.name->starts_with(prefix + " ")) {
      signatory.name = tidy_spaces(signatory.name->substr(prefix.size()));
      break;
    }
  }
  // Specks OCR read beside the name (a stamp's edge, a stroke: "Heike Hofmann | „;:") or on
  // its last letter ("Haberland”", "Seidenberg_"). Not a hyphen: "Bergmann-" was cut short.
  static const RE2 trailing_marks(R"((.*\p{L}\.?)(?:\s+[^\p{L}\s]+)+)");
  std::string trimmed;
  if (RE2::FullMatch(*signatory.name, trailing_marks, &trimmed)) signatory.name = trimmed;
  *signatory.name = without_glued_marks(*signatory.name);
}

// Whether `next` goes on the block of `line`: the same paragraph, or on a scan the next row,
// flush left (Tesseract makes a paragraph of each line of a short block now and then).
bool same_block(const TextLine& line, const TextLine& next) {
  if (next.paragraph == line.paragraph) return true;
  if (!line.box || !next.box) return false;
  const int gap = next.box->y - (line.box->y + line.box->height);
  return gap >= 0 && gap < line.box->height && std::abs(next.box->x - line.box->x) < line.box->height;
}

bool is_block_start(const TextLine& line, const Rules& rules) { return RE2::FullMatch(line.text, *rules.place_date); }

// The page without its stamps: a received stamp put over a signature block would otherwise
// stand between the place-and-date line and the name.
DocumentText without_stamps(const DocumentText& lines) {
  std::vector<std::pair<int, cv::Rect>> frames;
  for (const TextLine& line : lines)
    if (line.in_stamp_frame && line.box) frames.emplace_back(line.page, *line.box);
  DocumentText kept;
  for (const TextLine& line : lines) {
    if (line.in_stamp_frame) continue;
    bool inside = false;
    if (line.box) {
      const cv::Point centre(line.box->x + line.box->width / 2, line.box->y + line.box->height / 2);
      for (const auto& [page, box] : frames) inside = inside || (page == line.page && box.contains(centre));
    }
    if (!inside) kept.push_back(line);
  }
  return kept;
}

// Whether OCR was unsure of a word of `name` on its line. On the variety corpus's dev part
// (56 printed names) the words of names read right were at least 0.55 sure, a name misread
// under a signature's stroke 0.02 ("Wendtand"); another misread one was 0.74 sure
// ("Weißenbom"), which no threshold could take without losing right names.
bool has_unsure_word(const TextLine& line, const std::string& name) {
  constexpr double kMinNameWordConfidence = 0.5;
  const std::string padded = " " + name + " ";
  return std::any_of(line.words.begin(), line.words.end(), [&](const OcrWord& word) {
    if (word.confidence >= kMinNameWordConfidence) return false;
    std::string needle(1, ' ');  // appended, not added: GCC 12 warns wrongly on " " + s + " "
    needle.append(without_glued_marks(word.text)).push_back(' ');
    return padded.find(needle) != std::string::npos;
  });
}

}  // namespace

// Longest role first, so "Staatsministerin" wins over "Minister".
std::optional<std::string> role_of(const std::string& text, const Rules& rules) {
  const std::string line = tidy_spaces(text);
  for (const auto& role : rules.roles) {
    if (line.starts_with(role) && (line.size() == role.size() || !std::isalpha(static_cast<unsigned char>(line[role.size()])))) {
      return role;
    }
  }
  if (rules.role_pattern && RE2::FullMatch(line, *rules.role_pattern)) return line;
  return std::nullopt;
}

std::vector<Signatory> find_signatories(const DocumentText& all_lines, const Rules& rules,
                                        std::optional<int> expected_year, std::vector<std::string>& warnings) {
  const DocumentText lines = without_stamps(all_lines);
  std::vector<Signatory> signatories;
  for (std::size_t start = 0; start < lines.size(); ++start) {
    std::string place, rest;
    if (!RE2::FullMatch(lines[start].text, *rules.place_date, &place, &rest)) continue;
    // The role line is the anchor: the name stands right above it.
    std::size_t role_line = start + 1;
    std::optional<std::string> role;
    for (; role_line < lines.size() && role_line <= start + 6; ++role_line) {
      if (lines[role_line].page != lines[start].page || is_block_start(lines[role_line], rules)) break;
      if ((role = role_of(lines[role_line].text, rules))) break;
    }
    if (!role || role_line == start + 1) continue;

    Signatory signatory;
    signatory.place = tidy_spaces(place);
    signatory.role = role;
    const std::size_t name_line = role_line - 1;
    split_title(lines[name_line].text, signatory, rules);
    if (signatory.name && ((rules.person_name && !RE2::FullMatch(*signatory.name, *rules.person_name)) ||
                           has_unsure_word(lines[name_line], *signatory.name))) {
      // Precision first: a garbled name is left out, not reported (a signature through the
      // printed name makes OCR read "Michae ägen", or "Wendtand" at 2% sure).
      warnings.push_back("page " + std::to_string(lines[name_line].page) + ": printed name of a signatory unreadable (\"" +
                         *signatory.name + "\")");
      signatory.name.reset();
    }
    const SigningDate date = vote_signing_date(rest, lines[start].handwriting_readings, *rules.dates, expected_year);
    signatory.date_written = date.iso.has_value() || std::any_of(rest.begin(), rest.end(), ::isdigit);
    for (const HandwritingReading& reading : lines[start].handwriting_readings)
      signatory.date_written = signatory.date_written || std::any_of(reading.text.begin(), reading.text.end(), ::isdigit);
    if (date.iso) {
      signatory.date = date.iso;
    } else {
      warnings.push_back("page " + std::to_string(lines[start].page) + ": signing date of " +
                         signatory.name.value_or("a signatory") + " unreadable (\"" + tidy_spaces(rest) + "\")");
    }
    // The organisation: the lines under the role, to the end of the block.
    std::size_t last = role_line;
    std::string organization;
    for (std::size_t k = role_line + 1; k < lines.size() && k <= role_line + 4; ++k) {
      if (lines[k].page != lines[role_line].page || !same_block(lines[k - 1], lines[k]) ||
          is_block_start(lines[k], rules) || role_of(lines[k].text, rules)) {
        break;
      }
      organization += " " + lines[k].text;
      last = k;
    }
    if (!organization.empty()) signatory.organization = without_closing_punctuation(nominative_name(organization, rules));
    // A date only some readings agree on lowers the block's confidence.
    signatory.evidence = evidence_of(lines, start, last, "place-date-name-role", 0.85 * (date.iso ? 0.5 + 0.5 * date.agreement : 1.0));
    // Ink is looked for from under the date line down to the role line: a signature often
    // runs into the printed name, whose confident words the ink check masks out.
    if (lines[start].box && lines[name_line].box && lines[role_line].box) {
      const cv::Rect date_box = *lines[start].box, name_box = *lines[name_line].box;
      const int left = std::min(date_box.x, name_box.x);
      const int right = std::max(date_box.x + date_box.width, name_box.x + name_box.width);
      const int top = date_box.y + date_box.height;
      const int bottom = lines[role_line].box->y;
      if (bottom > top) signatory.signature_area = cv::Rect(left, top, right - left, bottom - top);
      // Under the block's last line, down to the next block's first line (its place and date,
      // or a caption "Für ...:") below it on the page, at most eight of the name's line
      // heights (about 3.5 cm at 10-12 pt). Lines in between may be OCR's reading of the
      // signature itself ("Lenz"): they do not end the area.
      if (lines[last].box) {
        const int below_top = lines[last].box->y + lines[last].box->height;
        int below_bottom = below_top + 8 * name_box.height;
        for (std::size_t k = last + 1; k < lines.size() && lines[k].page == lines[last].page; ++k) {
          const bool next_block = is_block_start(lines[k], rules) || lines[k].text.ends_with(":");
          if (next_block && lines[k].box && lines[k].box->y >= below_top && lines[k].box->x < right &&
              lines[k].box->x + lines[k].box->width > left) {
            below_bottom = std::min(below_bottom, lines[k].box->y);
            break;
          }
        }
        if (below_bottom > below_top)
          signatory.signature_area_below = cv::Rect(left, below_top, right - left, below_bottom - below_top);
      }
    }
    signatories.push_back(std::move(signatory));
    start = last;
  }
  return signatories;
}

}  // namespace agreement_ocr
