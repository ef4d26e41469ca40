// Names, categories and items are compared with a tolerance for OCR noise (edit distance);
// numbers and dates exactly. The text comparison leaves out what a returned copy adds on
// purpose: the stamp, the handwritten dates and the signatures.
#include "validate/checks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "validate/text_similarity.h"
#include "validate/word_diff.h"

namespace agreement_ocr {
namespace {

std::string lower_letters(const std::string& text) {
  std::string out;
  for (const char c : text)
    if (!std::isspace(static_cast<unsigned char>(c)) && !std::ispunct(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A person's name without titles, its words sorted: "Patricia Dr. Becher" is "Dr. Patricia Becher".
std::string name_key(const std::string& name) {
  std::istringstream in(name);
  std::vector<std::string> words;
  for (std::string word; in >> word;) {
    const std::string key = lower_letters(word);
    if (key == "dr" || key == "prof" || key.empty()) continue;
    words.push_back(key);
  }
  std::sort(words.begin(), words.end());
  std::string key;
  for (const std::string& word : words) key += word;
  return key;
}

std::string amount_text(double value) {
  char text[64];
  std::snprintf(text, sizeof text, value == std::floor(value) ? "%.0f EUR" : "%.2f EUR", value);
  return text;
}

CheckResult at(CheckResult result, const Evidence& evidence) {
  result.page = evidence.page;
  result.box = evidence.box;
  return result;
}

void check_signatories(const Fields& fields, const std::vector<ExpectedSignatory>& expected, ValidationReport& report) {
  // A block on the scan whose name is like no expected signatory's: a misread name, or
  // someone else signed. Which of the two only a reader can tell.
  std::vector<const Signatory*> unknown_blocks;
  for (const Signatory& signatory : fields.signatories) {
    const bool known = signatory.name && std::any_of(expected.begin(), expected.end(), [&](const ExpectedSignatory& person) {
                         return similarity(name_key(person.name), name_key(*signatory.name)) >= 0.8;
                       });
    if (!known) unknown_blocks.push_back(&signatory);
  }
  for (const ExpectedSignatory& person : expected) {
    const Signatory* best = nullptr;
    double best_score = 0.0;
    for (const Signatory& signatory : fields.signatories) {
      if (!signatory.name) continue;
      const double score = similarity(name_key(person.name), name_key(*signatory.name));
      if (score > best_score) {
        best_score = score;
        best = &signatory;
      }
    }
    // A name misread under a scribble still leaves the block's role and organisation.
    if ((!best || best_score < 0.8) && person.role) {
      for (const Signatory& signatory : fields.signatories) {
        if (!signatory.role || lower_letters(*signatory.role) != lower_letters(*person.role)) continue;
        if (person.organization && signatory.organization &&
            similarity(lower_letters(*person.organization), lower_letters(*signatory.organization)) < 0.8)
          continue;
        best = &signatory;
        best_score = 0.8;
      }
    }
    if (!best || best_score < 0.8) {
      if (!unknown_blocks.empty()) {
        const Signatory& block = *unknown_blocks.front();
        CheckResult unread{"signature", person.name, false, "a signature block of " + person.name,
                           "a block whose name reads \"" + block.name.value_or("(nothing)") + "\"", 0, std::nullopt};
        unread.unreadable = true;
        report.checks.push_back(at(unread, block.evidence));
        continue;
      }
      report.checks.push_back({"signature", person.name, false, "a signature block of " + person.name,
                               "no such block on the scan", 0, std::nullopt});
      continue;
    }
    const bool signed_in_ink = best->signature_present.value_or(false);
    CheckResult signature{"signature", person.name, signed_in_ink, "handwritten signature above the name",
                          signed_in_ink ? "signature ink" : "no signature ink", 0, std::nullopt};
    if (!best->signature_present) {
      signature.unreadable = true;
      signature.found = "ink that may or may not be a signature";
    }
    signature = at(signature, best->evidence);
    if (best->signature_area) signature.box = *best->signature_area;
    report.checks.push_back(signature);
    const bool place_and_date = best->place.has_value() && best->date_written;
    std::string found = best->place.value_or("no place");
    found += best->date ? ", " + *best->date : (best->date_written ? ", a date (unreadable)" : ", no date");
    report.checks.push_back(at({"place_and_date", person.name, place_and_date, "place and date filled in", found, 0, {}},
                               best->evidence));
  }
}

void check_stamp(const Fields& fields, const ValidationOptions& options, ValidationReport& report) {
  std::string latest_signing;
  for (const Signatory& signatory : fields.signatories)
    if (signatory.date && *signatory.date > latest_signing) latest_signing = *signatory.date;
  const ReceivedStamp* dated = nullptr;
  for (const ReceivedStamp& stamp : fields.received_stamps)
    if (stamp.date && (!dated || *stamp.date > *dated->date)) dated = &stamp;
  if (!dated) {
    const bool any = !fields.received_stamps.empty();
    CheckResult result{"received_stamp", "received stamp", false, "a dated received stamp",
                       any ? "a stamp without a readable date" : "no received stamp", 0, std::nullopt};
    result.unreadable = any;
    report.checks.push_back(any ? at(result, fields.received_stamps.front().evidence) : result);
    return;
  }
  std::string expected = "a date";
  bool plausible = true;
  if (!latest_signing.empty()) {
    expected += " on or after the last signing date " + latest_signing;
    plausible = *dated->date >= latest_signing;
  }
  if (!options.today.empty()) {
    expected += ", not after " + options.today;
    plausible = plausible && *dated->date <= options.today;
  }
  report.checks.push_back(at({"received_stamp", "received stamp", plausible, expected, *dated->date, 0, {}}, dated->evidence));
}

void check_amounts(const Fields& fields, const std::vector<ExpectedAmount>& expected, ValidationReport& report) {
  for (const ExpectedAmount& amount : expected) {
    const Amount* same = nullptr;
    for (const Amount& found : fields.amounts)
      if (std::abs(found.value - amount.value) < 0.005) same = &found;
    if (same) {
      report.checks.push_back(at({"amount", amount_text(amount.value), true, amount_text(amount.value),
                                  same->evidence.text, 0, {}}, same->evidence));
      continue;
    }
    // What stands in its place: an amount of the same kind (the total), else any.
    const Amount* instead = nullptr;
    for (const Amount& found : fields.amounts)
      if (!instead || (found.is_total == amount.is_total && instead->is_total != amount.is_total)) instead = &found;
    CheckResult result{"amount", amount_text(amount.value), false, amount_text(amount.value),
                       instead ? instead->evidence.text : "no amount", 0, std::nullopt};
    report.checks.push_back(instead ? at(result, instead->evidence) : result);
  }
}

void check_parties(const Fields& fields, const std::vector<std::string>& expected, ValidationReport& report) {
  for (const std::string& name : expected) {
    const Party* best = nullptr;
    double best_score = 0.0;
    for (const Party& party : fields.parties) {
      const double score = similarity(lower_letters(name), lower_letters(party.name));
      if (score > best_score) {
        best_score = score;
        best = &party;
      }
    }
    const bool passed = best && best_score >= 0.85;
    CheckResult result{"party", name, passed, name, best ? best->name : "no party", 0, std::nullopt};
    report.checks.push_back(best ? at(result, best->evidence) : result);
  }
}

// The scan's text as one string of lower-case letters and digits, for finding a phrase in it
// whatever the line breaks.
std::string letters_of_scan(const DocumentResult& scan) {
  std::string all;
  for (const PageResult& page : scan.pages) all += lower_letters(page.ocr.text);
  return all;
}

// Whether `phrase` stands in the scan's text, allowing OCR noise: some window of its length
// is at least 85% similar.
bool in_scan_text(const std::string& phrase, const std::string& scan_letters) {
  const std::string key = lower_letters(phrase);
  if (key.empty()) return true;
  if (scan_letters.find(key) != std::string::npos) return true;
  if (key.size() > scan_letters.size()) return false;
  // Anchor on a few letters of its start, middle or end (one of them survives a misreading),
  // then compare the window of the phrase's length there.
  const std::size_t piece = std::min<std::size_t>(6, key.size());
  for (const std::size_t offset : {std::size_t{0}, (key.size() - piece) / 2, key.size() - piece}) {
    const std::string anchor = key.substr(offset, piece);
    for (std::size_t at = scan_letters.find(anchor); at != std::string::npos; at = scan_letters.find(anchor, at + 1)) {
      if (at < offset) continue;
      if (similarity(key, scan_letters.substr(at - offset, key.size())) >= 0.85) return true;
    }
  }
  return false;
}

void check_projects(const Fields& fields, const std::vector<Project>& expected, const std::string& scan_letters,
                    ValidationReport& report) {
  for (const Project& project : expected) {
    const std::string subject = "project " + std::to_string(project.number) + " " + project.category;
    const Project* found = nullptr;
    for (const Project& candidate : fields.projects)
      if (candidate.number == project.number) found = &candidate;
    // The extractor may miss a project the page shows (a bullet lost in OCR): then the text
    // decides. Only what is in neither the fields nor the text is missing.
    auto items_in_text = [&](const Project& wanted) {
      return in_scan_text(wanted.category, scan_letters) &&
             std::all_of(wanted.items.begin(), wanted.items.end(), [&](const std::string& item) { return in_scan_text(item, scan_letters); });
    };
    if (!found) {
      const bool in_text = items_in_text(project);
      report.checks.push_back({"project", subject, in_text, project.category,
                               in_text ? "in the text (not recognised as a list)" : "no project " + std::to_string(project.number), 0, {}});
      continue;
    }
    std::string problem;
    if (similarity(lower_letters(project.category), lower_letters(found->category)) < 0.8) {
      problem = "category \"" + found->category + "\"";
    }
    // Items in order; an item missing or added shows as the first one that does not match.
    for (std::size_t k = 0; problem.empty() && k < std::max(project.items.size(), found->items.size()); ++k) {
      if (k >= project.items.size()) problem = "an item more: \"" + found->items[k] + "\"";
      else if (k >= found->items.size()) problem = "item \"" + project.items[k] + "\" missing";
      else if (similarity(lower_letters(project.items[k]), lower_letters(found->items[k])) < 0.75)
        problem = "item \"" + project.items[k] + "\" is \"" + found->items[k] + "\"";
    }
    if (!problem.empty() && items_in_text(project)) problem.clear();
    CheckResult result{"project", subject, problem.empty(), std::to_string(project.items.size()) + " items as sent",
                       problem.empty() ? std::to_string(found->items.size()) + " items as sent" : problem, 0, {}};
    report.checks.push_back(at(result, found->evidence));
  }
}

// Words after "<Ort>, den" on a place-and-date line: the handwritten date, not sent-out text.
bool is_place_date_line(const std::string& text, const Rules& rules) { return RE2::FullMatch(text, *rules.place_date); }

std::vector<DiffWord> scan_words(const DocumentResult& scan, const Rules& rules) {
  std::vector<DiffWord> words;
  for (const PageResult& page : scan.pages) {
    std::vector<cv::Rect> left_out = page.stamp_frames;
    for (const Signatory& signatory : scan.fields->signatories)
      if (signatory.evidence.page == page.number && signatory.signature_area) left_out.push_back(*signatory.signature_area);
    // A stamp whose frame was lost (bitonal scans drop red ink) is still known by its text.
    // Its organisation lines stand above the date the extractor anchored on (when it was
    // found by its label alone, the box is the date line), never more than about 2.5 cm.
    for (const ReceivedStamp& stamp : scan.fields->received_stamps) {
      if (stamp.evidence.page != page.number || !stamp.evidence.box) continue;
      const cv::Rect& box = *stamp.evidence.box;
      const int above = std::min(6 * box.height, static_cast<int>(page.dpi * 2.5 / 2.54));
      left_out.emplace_back(box.x - box.width / 4, box.y - above, box.width * 3 / 2, box.height + above);
    }
    for (const OcrLine& line : page.ocr.lines) {
      const bool place_date = is_place_date_line(line.text, rules);
      bool after_den = false;
      for (const OcrWord& word : line.words) {
        const cv::Point centre(word.box.x + word.box.width / 2, word.box.y + word.box.height / 2);
        const bool on_top = std::any_of(left_out.begin(), left_out.end(), [&](const cv::Rect& r) { return r.contains(centre); });
        words.push_back({word.text, page.number, word.box, word.confidence, on_top || after_den});
        after_den = after_den || (place_date && word.text == "den");
      }
    }
  }
  return join_hyphenation(std::move(words));
}

std::vector<DiffWord> reference_words(const std::vector<std::string>& pages, const Rules& rules) {
  std::vector<DiffWord> words;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::istringstream lines(pages[p]);
    for (std::string line; std::getline(lines, line);) {
      const bool place_date = is_place_date_line(line, rules);
      std::istringstream in(line);
      for (std::string word; in >> word;) {
        words.push_back({word, static_cast<int>(p + 1), std::nullopt, 1.0});
        if (place_date && word == "den") break;
      }
    }
  }
  return join_hyphenation(std::move(words));
}

void check_text(const DocumentResult& scan, const std::vector<std::string>& pages, const Rules& rules,
                ValidationReport& report) {
  const std::vector<TextChange> changes = compare_words(reference_words(pages, rules), scan_words(scan, rules));
  if (changes.empty()) {
    report.checks.push_back({"text", "text", true, std::to_string(pages.size()) + " pages as sent",
                             std::to_string(scan.pages.size()) + " pages, no change found", 0, std::nullopt});
  }
  for (const TextChange& change : changes) {
    std::string expected = change.expected.empty() ? "(nothing)" : change.expected;
    if (change.reference_page > 0) expected += " (page " + std::to_string(change.reference_page) + " as sent)";
    report.checks.push_back({"text", text_change_name(change.kind), false, expected,
                             change.found.empty() ? "(nothing)" : change.found, change.scan_page, change.box});
  }
}

}  // namespace

ValidationReport validate_document(const DocumentResult& scan, const Reference& reference, const Rules& rules,
                                   const ValidationOptions& options) {
  ValidationReport report;
  static const Fields kNoFields;
  const Fields& fields = scan.fields ? *scan.fields : kNoFields;
  if (reference.signatories) check_signatories(fields, *reference.signatories, report);
  if (reference.require_received_stamp || options.require_received_stamp) check_stamp(fields, options, report);
  if (reference.amounts) check_amounts(fields, *reference.amounts, report);
  if (reference.parties) check_parties(fields, *reference.parties, report);
  if (reference.projects) check_projects(fields, *reference.projects, letters_of_scan(scan), report);
  if (reference.pages && scan.fields) check_text(scan, *reference.pages, rules, report);
  bool failed = false;
  bool unreadable = false;
  for (const CheckResult& check : report.checks) {
    failed = failed || status_of(check) == CheckStatus::kFailed;
    unreadable = unreadable || status_of(check) == CheckStatus::kUnreadable;
  }
  report.verdict = failed ? Verdict::kInvalid : unreadable ? Verdict::kUnreadable : Verdict::kValid;
  return report;
}

CheckStatus status_of(const CheckResult& check) {
  if (check.passed) return CheckStatus::kPassed;
  return check.unreadable ? CheckStatus::kUnreadable : CheckStatus::kFailed;
}

const char* status_name(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPassed: return "passed";
    case CheckStatus::kFailed: return "failed";
    case CheckStatus::kUnreadable: return "unreadable";
  }
  return "failed";
}

const char* verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::kValid: return "valid";
    case Verdict::kInvalid: return "invalid";
    case Verdict::kUnreadable: return "unreadable";
  }
  return "invalid";
}

}  // namespace agreement_ocr
