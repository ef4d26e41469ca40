// Loading the rules file: JSON through nlohmann, patterns compiled with RE2 once.
#include "extract/rules.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/models_directory.h"

namespace agreement_ocr {
namespace {

class RulesReader {
 public:
  explicit RulesReader(const nlohmann::json& json) : json_(json) {}

  std::unique_ptr<RE2> pattern(const std::string& key) {
    RE2::Options options;
    options.set_log_errors(false);
    if (!json_.contains(key) || !json_[key].is_string()) {
      missing(key);
      return std::make_unique<RE2>("[^\\x00-\\x{10FFFF}]", options);  // matches nothing
    }
    auto compiled = std::make_unique<RE2>(json_[key].get<std::string>(), options);
    if (!compiled->ok() && error_.empty()) error_ = "rule '" + key + "' does not compile: " + compiled->error();
    return compiled;
  }

  std::vector<std::string> strings(const std::string& key) {
    if (!json_.contains(key) || !json_[key].is_array()) {
      missing(key);
      return {};
    }
    return json_[key].get<std::vector<std::string>>();
  }

  const nlohmann::json& object(const std::string& key) {
    static const nlohmann::json kEmpty = nlohmann::json::object();
    if (!json_.contains(key) || !json_[key].is_object()) {
      missing(key);
      return kEmpty;
    }
    return json_[key];
  }

  const std::string& error() const { return error_; }

 private:
  void missing(const std::string& key) {
    if (error_.empty()) error_ = "rules file lacks '" + key + "' or it has the wrong type";
  }
  const nlohmann::json& json_;
  std::string error_;
};

void longest_first(std::vector<std::string>& words) {
  std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

Result<std::shared_ptr<const Rules>> compile_rules(const nlohmann::json& json, const std::string& path) {
  auto rules = std::make_shared<Rules>();
  RulesReader reader(json);
  rules->version = json.contains("version") ? json["version"].get<std::string>() : "";
  for (const auto& [month, names] : reader.object("months").items()) {
    const int number = std::atoi(month.c_str());
    if (number < 1 || number > 12 || std::to_string(number) != month) {
      return Status(ErrorCode::kUsage, path + ": month key '" + month + "' is not a number from 1 to 12");
    }
    for (const auto& name : names) rules->months.names.emplace_back(name.get<std::string>(), number);
  }
  rules->amounts.currency_words = reader.strings("currency_words");
  for (const auto& [scale, factor] : reader.object("amount_scales").items()) {
    rules->amounts.scales.emplace_back(scale, factor.get<double>());
  }
  rules->dates = std::make_unique<GermanDateFinder>(rules->months);
  rules->amount_finder = std::make_unique<GermanAmountFinder>(rules->amounts);
  rules->total_markers = reader.strings("total_markers");
  rules->document_types = reader.strings("document_types");
  rules->title = reader.pattern("title_pattern");
  rules->reference = reader.pattern("reference_pattern");
  rules->received_stamp_label = reader.pattern("received_stamp_label");
  rules->stamp_other_labels = reader.pattern("stamp_other_labels");
  rules->party_intro = reader.pattern("party_intro");
  rules->party_separator = reader.pattern("party_separator");
  rules->party_end = reader.pattern("party_end");
  rules->party_sentence = reader.pattern("party_sentence");
  rules->party_label = reader.pattern("party_label");
  rules->party_sentence_end = reader.pattern("party_sentence_end");
  rules->articles = reader.strings("articles");
  for (const auto& [noun, gender] : reader.object("noun_genders").items()) {
    rules->noun_genders[noun] = gender.get<std::string>().empty() ? 'n' : gender.get<std::string>()[0];
  }
  rules->short_name = reader.pattern("short_name_pattern");
  rules->section_heading = reader.pattern("section_heading");
  rules->section_heading_garbled = reader.pattern("section_heading_garbled");
  rules->project_intro = reader.pattern("project_intro");
  rules->project_category = reader.pattern("project_category");
  rules->project_subitem = reader.pattern("project_subitem");
  rules->title_sentence = reader.pattern("title_sentence");
  rules->role_pattern = reader.pattern("role_pattern");
  rules->person_name = reader.pattern("person_name");
  rules->project_bullet = reader.pattern("project_bullet");
  rules->project_end = reader.pattern("project_end");
  rules->place_date = reader.pattern("place_date");
  rules->titles = reader.strings("titles");
  rules->name_prefixes = reader.strings("name_prefixes");
  rules->roles = reader.strings("roles");
  for (const auto& [from, to] : reader.object("value_replacements").items()) {
    rules->value_replacements.emplace_back(from, to.get<std::string>());
  }
  longest_first(rules->titles);
  longest_first(rules->name_prefixes);
  longest_first(rules->roles);
  if (!reader.error().empty()) return Status(ErrorCode::kUsage, path + ": " + reader.error());
  return std::shared_ptr<const Rules>(std::move(rules));
}

}  // namespace

std::string default_rules_path() {
  return models_directory() + "/rules/agreement.rules.json";
}

Result<std::shared_ptr<const Rules>> load_rules(const std::string& path) {
  std::ifstream stream(path);
  if (!stream) return Status::MissingResource("cannot read rules file " + path);
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(stream);
  } catch (const nlohmann::json::exception& e) {
    return Status(ErrorCode::kUsage, "rules file " + path + " is not valid JSON: " + e.what());
  }
  try {
    return compile_rules(json, path);
  } catch (const std::exception& e) {
    return Status(ErrorCode::kUsage, "rules file " + path + " has a value of the wrong kind: " + e.what());
  }
}

}  // namespace agreement_ocr
