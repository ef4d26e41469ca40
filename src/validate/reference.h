// What a returned copy is checked against: a JSON of expected fields (the extract output of
// the copy sent out, or a hand-written subset) or the agreement's original text (.txt).
// Only what the reference holds is checked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/fields.h"
#include "extract/rules.h"

namespace agreement_ocr {

struct ExpectedSignatory {
  std::string name;
  std::optional<std::string> role, organization, place;
};

struct ExpectedAmount {
  double value = 0;
  bool is_total = false;
  std::optional<std::string> section;
};

struct Reference {
  std::string path;
  std::optional<std::vector<ExpectedSignatory>> signatories;
  std::optional<std::vector<ExpectedAmount>> amounts;
  std::optional<std::vector<std::string>> parties;  // names
  std::optional<std::vector<Project>> projects;
  bool require_received_stamp = false;
  // The text as sent out, one string per page; absent when the reference holds none.
  std::optional<std::vector<std::string>> pages;
};

// Reads REFERENCE: a .txt is the original text (its fields come from the extractors, as
// for `extract` of a .txt); anything else must be JSON. Fails with kBadInput when it cannot
// be read or holds nothing to check.
Result<Reference> load_reference(const std::string& path, const Rules& rules);

// Several references as one (e.g. the expected fields as JSON and the original text): each
// part from the first reference that has it; a stamp is required if any asks for one.
Reference merge_references(const std::vector<Reference>& references);

}  // namespace agreement_ocr
