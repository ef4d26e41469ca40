// The fields an agreement yields, each with its evidence: where it was read, how sure the
// reading is and which rule produced it. Field names follow the published JSON contract.
#pragma once

#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

namespace agreement_ocr {

struct Evidence {
  int page = 0;                  // 1-based; 0 when nothing was found
  std::optional<cv::Rect> box;   // on the upright page; mapped to the input page on output
  double confidence = 0.0;       // [0, 1]
  std::string rule;              // which extractor rule produced the value
  std::string text;              // the text it was read from
};

struct DocumentInfo {
  std::optional<std::string> type, title, reference;
  std::optional<int> year;
  Evidence evidence;
};

struct Party {
  std::string name;
  std::optional<std::string> short_name;
  Evidence evidence;
};

struct ReceivedStamp {
  std::optional<std::string> date;  // ISO
  std::optional<std::string> color;
  Evidence evidence;
};

struct Amount {
  double value = 0;
  std::string currency = "EUR";
  std::optional<std::string> section;
  bool is_total = false;
  Evidence evidence;
};

struct Project {
  int number = 0;
  std::string category;
  std::vector<std::string> items;
  Evidence evidence;
};

struct Signatory {
  std::optional<std::string> name, title, role, organization, place, date;
  // Judged from ink on scans; unknown (null) for text input, which has no ink to judge.
  std::optional<bool> signature_present;
  // Something is written after "<Ort>, den" (digits read there), even when no date could be
  // read from it: a clerk's "date filled in".
  bool date_written = false;
  Evidence evidence;
  std::optional<cv::Rect> signature_area;  // where ink is looked for: above the printed name
  // Where else: under the block, for a name typed above its signature line; looked at only
  // when there is no signature above the name. Bounded by the next line below.
  std::optional<cv::Rect> signature_area_below;
};

struct Fields {
  DocumentInfo document;
  std::vector<Party> parties;
  std::vector<ReceivedStamp> received_stamps;
  std::vector<Amount> amounts;
  std::vector<Project> projects;
  std::vector<Signatory> signatories;
};

}  // namespace agreement_ocr
