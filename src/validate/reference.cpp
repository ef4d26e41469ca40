// A JSON reference uses the extract output's field names, so the output of `extract` on the
// copy that was sent out is a reference as it is; "require_received_stamp" is the one key of
// its own. Keys that are absent are not checked.
#include "validate/reference.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/file_bytes.h"
#include "extract/document_text.h"
#include "extract/extract_fields.h"
#include "io/document_format.h"

namespace agreement_ocr {
namespace {

using Json = nlohmann::json;

std::optional<std::string> optional_string(const Json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return std::nullopt;
  return object[key].get<std::string>();
}

Result<Reference> from_text(Reference reference, const std::string& text, const Rules& rules) {
  const DocumentText lines = text_from_plain(text);
  std::vector<std::string> pages;
  for (const TextLine& line : lines) {
    if (static_cast<int>(pages.size()) < line.page) pages.resize(static_cast<std::size_t>(line.page));
    std::string& page = pages[static_cast<std::size_t>(line.page - 1)];
    if (!page.empty()) page += '\n';
    page += line.text;
  }
  if (pages.empty()) return Status::BadInput("the reference text is empty");
  reference.pages = pages;
  std::vector<std::string> ignored;
  const Fields fields = extract_fields(lines, rules, ignored);
  std::vector<ExpectedSignatory> signatories;
  for (const Signatory& signatory : fields.signatories)
    if (signatory.name) signatories.push_back({*signatory.name, signatory.role, signatory.organization, signatory.place});
  reference.signatories = signatories;
  std::vector<ExpectedAmount> amounts;
  for (const Amount& amount : fields.amounts) amounts.push_back({amount.value, amount.is_total, amount.section});
  reference.amounts = amounts;
  std::vector<std::string> parties;
  for (const Party& party : fields.parties) parties.push_back(party.name);
  reference.parties = parties;
  reference.projects = fields.projects;
  return reference;
}

// Bounds for the reference's numbers: project lists count in ones and tens, amounts of
// such agreements stay far below a trillion euros.
constexpr long long kMaxProjectNumber = 999;
constexpr double kMaxAmount = 1e12;

Result<Reference> from_json(Reference reference, const Json& json) {
  if (!json.is_object()) return Status::BadInput("the reference JSON must be an object");
  bool anything = false;
  if (json.contains("signatories") && json["signatories"].is_array()) {
    std::vector<ExpectedSignatory> signatories;
    for (const Json& item : json["signatories"]) {
      auto name = optional_string(item, "name");
      if (!name) return Status::BadInput("a signatory in the reference has no name");
      signatories.push_back({*name, optional_string(item, "role"), optional_string(item, "organization"),
                             optional_string(item, "place")});
    }
    anything = anything || !signatories.empty();
    reference.signatories = signatories;
  }
  if (json.contains("amounts") && json["amounts"].is_array()) {
    std::vector<ExpectedAmount> amounts;
    for (const Json& item : json["amounts"]) {
      if (!item.is_object() || !item.contains("value") || !item["value"].is_number())
        return Status::BadInput("an amount in the reference has no numeric value");
      const double value = item["value"].get<double>();
      if (!(value >= 0 && value <= kMaxAmount))
        return Status::BadInput("an amount in the reference is out of range (0 to 10^12): " + item["value"].dump());
      const bool is_total = item.contains("is_total") && item["is_total"].is_boolean() && item["is_total"].get<bool>();
      amounts.push_back({value, is_total, optional_string(item, "section")});
    }
    anything = anything || !amounts.empty();
    reference.amounts = amounts;
  }
  if (json.contains("parties") && json["parties"].is_array()) {
    std::vector<std::string> parties;
    for (const Json& item : json["parties"]) {
      auto name = optional_string(item, "name");
      if (!name) return Status::BadInput("a party in the reference has no name");
      parties.push_back(*name);
    }
    anything = anything || !parties.empty();
    reference.parties = parties;
  }
  if (json.contains("projects") && json["projects"].is_array()) {
    std::vector<Project> projects;
    for (const Json& item : json["projects"]) {
      if (!item.is_object() || !item.contains("number") || !item["number"].is_number_integer())
        return Status::BadInput("a project in the reference has no number");
      // Read as a wide integer first: get<int> would wrap 99999999999 silently.
      const long long number = item["number"].is_number_unsigned() && item["number"].get<unsigned long long>() > kMaxProjectNumber
                                   ? kMaxProjectNumber + 1
                                   : item["number"].get<long long>();
      if (number < 1 || number > kMaxProjectNumber)
        return Status::BadInput("a project number in the reference is out of range (1 to " +
                                std::to_string(kMaxProjectNumber) + "): " + item["number"].dump());
      Project project;
      project.number = static_cast<int>(number);
      project.category = optional_string(item, "category").value_or("");
      if (item.contains("items") && item["items"].is_array())
        for (const Json& entry : item["items"])
          if (entry.is_string()) project.items.push_back(entry.get<std::string>());
      // A number alone has nothing to compare (extract may give one for a list it could not
      // read); left out, so a reference of nothing else asks for nothing.
      if (project.category.empty() && project.items.empty()) continue;
      projects.push_back(project);
    }
    anything = anything || !projects.empty();
    reference.projects = projects;
  }
  if (json.contains("pages") && json["pages"].is_array()) {
    std::vector<std::string> pages;
    for (const Json& page : json["pages"]) pages.push_back(optional_string(page, "text").value_or(""));
    anything = anything || std::any_of(pages.begin(), pages.end(), [](const std::string& text) {
      return text.find_first_not_of(" \t\r\n\f") != std::string::npos;
    });
    reference.pages = pages;
  }
  const bool stamp_listed = json.contains("received_stamps") && json["received_stamps"].is_array() &&
                            !json["received_stamps"].empty();
  if (json.contains("require_received_stamp") && !json["require_received_stamp"].is_boolean())
    return Status::BadInput("\"require_received_stamp\" must be true or false");
  reference.require_received_stamp = json.contains("require_received_stamp") ? json["require_received_stamp"].get<bool>() : stamp_listed;
  anything = anything || reference.require_received_stamp;
  if (!anything) return Status::BadInput("the reference holds nothing to check (see README: validate)");
  return reference;
}

}  // namespace

Result<Reference> load_reference(const std::string& path, const Rules& rules) {
  auto bytes = read_file_bytes(path, std::size_t{256} << 20);
  if (!bytes.ok()) return Status::BadInput("reference: " + bytes.status().message());
  const std::string content(bytes->begin(), bytes->end());
  Reference reference;
  reference.path = path;
  if (has_text_extension(path)) {
    if (!is_utf8_text(*bytes)) return Status::BadInput("reference: a .txt reference must be UTF-8 text");
    return from_text(std::move(reference), content, rules);
  }
  const Json json = Json::parse(content, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::BadInput("reference: " + path + " is neither JSON nor a .txt file");
  return from_json(std::move(reference), json);
}

Reference merge_references(const std::vector<Reference>& references) {
  Reference merged;
  for (const Reference& reference : references) {
    merged.path += (merged.path.empty() ? "" : ", ") + reference.path;
    if (!merged.signatories) merged.signatories = reference.signatories;
    if (!merged.amounts) merged.amounts = reference.amounts;
    if (!merged.parties) merged.parties = reference.parties;
    if (!merged.projects) merged.projects = reference.projects;
    if (!merged.pages) merged.pages = reference.pages;
    merged.require_received_stamp = merged.require_received_stamp || reference.require_received_stamp;
  }
  return merged;
}

}  // namespace agreement_ocr
