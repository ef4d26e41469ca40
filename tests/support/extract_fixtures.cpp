// Shared fixture for the extractor tests.
#include "support/extract_fixtures.h"

#include <cstdio>
#include <cstdlib>

namespace agreement_ocr::testing {

const Rules& default_rules() {
  static const std::shared_ptr<const Rules> loaded = [] {
    auto result = load_rules(default_rules_path());
    if (!result.ok()) {
      std::fprintf(stderr, "cannot load rules: %s\n", result.status().message().c_str());
      std::abort();
    }
    return result.value();
  }();
  return *loaded;
}

const char* const kSeedOpening = R"(

Hessische Ministerin für
Arbeit, Integration,
Jugend und Soziales

Eing.: 20. Aug. 2025

Anl.: / Ref.:

AZ:



ARBEITSWELT
HESSEN
innovativ · sozial · nachhaltig



Zielvereinbarung 2025



zwischen

dem Hessischen Ministerium für Arbeit, Integration, Jugend und Soziales

und der Landeshauptstadt Wiesbaden

zur Umsetzung des hessischen Ausbildungs- und Qualifizierungsbudgets

Präambel

Erfolgreiche Arbeitsmarktpolitik bindet die regionalen Akteure des Arbeitsmarktes in eine gemeinsame, auf die Zukunftsanforderungen fokussierte Strategie ein. Dafür will das Hessische Ministerium für Arbeit, Integration, Jugend und Soziales (HMSI) regionale Handlungs- und Entscheidungsspielräume eröffnen und vereinbart dazu Ziele mit den Kreisen und kreisfreien Städten. Bei allen Maßnahmen und Angeboten, die über das Ausbildungs- und Qualifizierungsbudget umgesetzt werden, orientiert sich das HMSI an den landespolitischen Zielsetzungen der Arbeitsmarktpolitik.

§ 1

- Fit für den Beruf (FIB)
- Ausbildungsperspektiven für Erziehende (TZ)
)";

}  // namespace agreement_ocr::testing
