// Running the extractors.
#include "extract/extract_fields.h"

#include "extract/amounts.h"
#include "extract/document_info.h"
#include "extract/parties.h"
#include "extract/projects.h"
#include "extract/received_stamps.h"
#include "extract/signatories.h"

namespace agreement_ocr {

Fields extract_fields(const DocumentText& text, const Rules& rules, std::vector<std::string>& warnings) {
  Fields fields;
  StampSearch stamps = find_received_stamps(text, rules);
  fields.received_stamps = std::move(stamps.stamps);
  fields.document = find_document_info(text, rules, stamps.stamp_lines);
  std::optional<int> agreement_year = fields.document.year;
  if (!agreement_year && !fields.received_stamps.empty() && fields.received_stamps.front().date) {
    agreement_year = std::stoi(fields.received_stamps.front().date->substr(0, 4));
  }
  fields.signatories = find_signatories(text, rules, agreement_year, warnings);
  // The signature blocks name the parties again: what completes a party a stamp has cut.
  std::vector<std::string> organizations;
  for (const Signatory& signatory : fields.signatories)
    if (signatory.organization) organizations.push_back(*signatory.organization);
  fields.parties = find_parties(text, rules, organizations, warnings);
  fields.amounts = find_amounts(text, rules, warnings);
  fields.projects = find_projects(text, rules);

  if (!fields.document.title) warnings.push_back("no document title found");
  if (fields.parties.empty()) warnings.push_back("no parties found (no \"zwischen ... und ...\" block)");
  if (fields.amounts.empty()) warnings.push_back("no amount found");
  if (fields.projects.empty()) warnings.push_back("no numbered project list found");
  if (fields.signatories.empty()) warnings.push_back("no signature block found");
  return fields;
}

}  // namespace agreement_ocr
