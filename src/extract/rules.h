// The extraction rules: patterns, labels, month names and vocabularies from a rules file
// under models/, compiled once with RE2, so another wording or agreement type is added
// without touching C++. The file format is documented in models/rules/README.md.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "extract/german_amount.h"
#include "extract/german_date.h"

namespace agreement_ocr {

struct Rules {
  std::string version;
  MonthNames months;
  AmountVocabulary amounts;
  // Compiled once from `months` and `amounts`: the extractors run them on every line.
  std::unique_ptr<GermanDateFinder> dates;
  std::unique_ptr<GermanAmountFinder> amount_finder;
  std::vector<std::string> total_markers;

  std::vector<std::string> document_types;
  std::unique_ptr<RE2> title;      // group 1: the title, group 2: its year
  // A title that opens the parties' sentence ("Vereinbarung zwischen dem ..."): group 1 the type.
  std::unique_ptr<RE2> title_sentence;
  std::unique_ptr<RE2> reference;  // group 1: the file reference

  std::unique_ptr<RE2> received_stamp_label;
  std::unique_ptr<RE2> stamp_other_labels;

  std::unique_ptr<RE2> party_intro;
  std::unique_ptr<RE2> party_separator;
  std::unique_ptr<RE2> party_end;
  // The parties named in one sentence ("Vereinbarung zwischen dem ... (nachstehend „Land“
  // genannt) und dem ..."): group 1 the text from the first party's article on; a label after
  // a party's name ends it; the sentence's verb or purpose ends the last party.
  std::unique_ptr<RE2> party_sentence;
  std::unique_ptr<RE2> party_label;
  std::unique_ptr<RE2> party_sentence_end;
  std::vector<std::string> articles;
  std::map<std::string, char> noun_genders;  // 'm', 'f' or 'n'
  std::unique_ptr<RE2> short_name;           // group 1: an acronym in brackets

  std::unique_ptr<RE2> section_heading;  // group 1: the section number
  // A heading line OCR garbled beyond section_heading ("84a", "s4", "8.4", "855"): counts
  // only as the very next number; group 1 the digits read.
  std::unique_ptr<RE2> section_heading_garbled;

  std::unique_ptr<RE2> project_intro;
  std::unique_ptr<RE2> project_category;  // group 1: number, group 2: text
  std::unique_ptr<RE2> project_subitem;   // "2.1 Item": group 1 the category's number, 2 the item text
  std::unique_ptr<RE2> project_bullet;    // group 1: item text
  std::unique_ptr<RE2> project_end;

  std::unique_ptr<RE2> place_date;  // group 1: place, group 2: the rest (the date)
  std::vector<std::string> titles;  // longest first
  // A role the list does not name, by its head word ("Ministerialdirigentin", "Geschäftsführer
  // Operativ", "Vorsitzender der Geschäftsführung"): the whole line is the role.
  std::unique_ptr<RE2> role_pattern;
  std::vector<std::string> name_prefixes;
  // A printed person's name as it must read: given names (or initials) and a surname, each
  // capitalised; what else OCR gives (a signature through the name: "Ulrike u,") is no name.
  std::unique_ptr<RE2> person_name;  // "i.V.", "i.A.": signing on another's behalf, not part of the name
  std::vector<std::string> roles;   // longest first
  // Applied to extracted text values: German sets a dash between words as an en dash, so
  // OCR's em dash there is a misreading.
  std::vector<std::pair<std::string, std::string>> value_replacements;
};

// Loads and compiles a rules file. Fails with kMissingResource when it cannot be read and
// kUsage when a pattern does not compile or a key is missing (the message names it).
Result<std::shared_ptr<const Rules>> load_rules(const std::string& path);

// models/rules/agreement.rules.json (AGREEMENT_OCR_MODELS overrides models/).
std::string default_rules_path();

}  // namespace agreement_ocr
