"""The variety corpus for scripts/make-samples --corpus DIR: agreements unlike the committed
samples, for measuring field extraction on layouts, wordings, hands and stamps it was not tuned
on. This module is the corpus as data: its layout families, the pools of words and names, and
`corpus_document`, which draws one whole agreement (a variant in the schema of
sample_variants.py, plus the corpus keys make-samples renders) and its scan from one seed.

Two parts, split by seed: dev (seeds 1001-1024) to tune on, heldout (2001-2024) never looked at
while tuning. Options that must occur in both parts rotate with the seed (every 12 consecutive
seeds hold every family, every 7 every amount format, every 5 every stamp wording); the rest
are drawn, and `coverage_problems` says what a part lacks.
"""

import datetime

from sample_variants import BODY, CATEGORY_1, CATEGORY_2, CATEGORY_3, CATEGORY_4

PARTS = {"dev": range(1001, 1025), "heldout": range(2001, 2025)}
# More development material, made only when asked (make-samples --corpus DIR --parts dev2):
# tuned on like dev, reported beside it; never a substitute for the heldout part.
# heldout2: a second held-out part, never looked at while tuning, made when the first one's
# failure lines had been seen (2026-12-07, parties and received stamps, by a grep that caught
# them): reported beside heldout from then on.
EXTRA_PARTS = {"dev2": range(1025, 1049), "heldout2": range(3001, 3025)}

# A layout family is one combination of the layout choices:
#   letterhead: "ministry" (coat of arms and ARBEITSWELT HESSEN wordmark, Hessian ministries
#               only), "city-left"/"city-right" (the partner's drawn logo on that side),
#               "text" (the sender in type only), "none" (the title at the top);
#   title: "stacked" (centred lines, "und der Stadt X"), "stacked-split" ("und" alone),
#          "paragraph" (title, then "Zwischen ... (nachstehend „Land“ genannt) und ..."),
#          "vereinbarung" (one paragraph "Vereinbarung zwischen ..." without a title line);
#   third: None, or the third party: "jobcenter" or "agentur" (Agentur für Arbeit);
#   signatures: "side-by-side", "stacked" or "grid" (two, then the third below);
#   rule: None, "above" (a drawn line above the typed name) or "below" (name, then the line);
#   dates: "hand", "typed", "stamp" (a date stamp after "Ort, den") or "mixed" (per block);
#   proxy: the ministry's signatory signs "i.V." or "i.A."; captions: "Für ...:" over blocks;
#   bullet: "-", "–", "•" or "1.1" (items numbered under their category);
#   stamps: where the received stamp may go ("between" letterhead and wordmark, "right" under
#           the wordmark, "header" in a letterhead's free part, "over-body" over the title).
FAMILIES = [
    {"name": "ministry-classic", "letterhead": "ministry", "title": "stacked", "third": None,
     "signatures": "side-by-side", "rule": None, "dates": "hand", "proxy": False, "captions": False,
     "bullet": "-", "stamps": ["between", "right"]},
    {"name": "ministry-split-typed", "letterhead": "ministry", "title": "stacked-split", "third": None,
     "signatures": "side-by-side", "rule": "above", "dates": "typed", "proxy": True, "captions": False,
     "bullet": "1.1", "stamps": ["right", "over-body"]},
    {"name": "ministry-agency-stacked", "letterhead": "ministry", "title": "stacked", "third": "agentur",
     "signatures": "stacked", "rule": "below", "dates": "hand", "proxy": False, "captions": True,
     "bullet": "•", "stamps": ["between", "over-body"]},
    {"name": "city-left-paragraph", "letterhead": "city-left", "title": "paragraph", "third": None,
     "signatures": "stacked", "rule": None, "dates": "hand", "proxy": False, "captions": True,
     "bullet": "•", "stamps": ["header"]},
    {"name": "city-right-jobcenter", "letterhead": "city-right", "title": "stacked", "third": "jobcenter",
     "signatures": "grid", "rule": "above", "dates": "stamp", "proxy": False, "captions": False,
     "bullet": "–", "stamps": ["header", "over-body"]},
    {"name": "city-left-typed", "letterhead": "city-left", "title": "stacked-split", "third": None,
     "signatures": "side-by-side", "rule": "above", "dates": "typed", "proxy": True, "captions": False,
     "bullet": "1.1", "stamps": ["header", "over-body"]},
    {"name": "text-classic", "letterhead": "text", "title": "stacked", "third": None,
     "signatures": "side-by-side", "rule": None, "dates": "hand", "proxy": True, "captions": False,
     "bullet": "–", "stamps": ["header"]},
    {"name": "text-vereinbarung", "letterhead": "text", "title": "vereinbarung", "third": None,
     "signatures": "stacked", "rule": "below", "dates": "stamp", "proxy": False, "captions": True,
     "bullet": "-", "stamps": ["header", "over-body"]},
    {"name": "text-three-grid", "letterhead": "text", "title": "paragraph", "third": "jobcenter",
     "signatures": "grid", "rule": None, "dates": "mixed", "proxy": True, "captions": False,
     "bullet": "1.1", "stamps": ["header"]},
    {"name": "plain-vereinbarung", "letterhead": "none", "title": "vereinbarung", "third": None,
     "signatures": "side-by-side", "rule": "above", "dates": "mixed", "proxy": False, "captions": False,
     "bullet": "•", "stamps": ["over-body"]},
    {"name": "plain-stacked", "letterhead": "none", "title": "stacked", "third": "agentur",
     "signatures": "stacked", "rule": "below", "dates": "typed", "proxy": True, "captions": True,
     "bullet": "–", "stamps": ["over-body"]},
    {"name": "city-right-classic", "letterhead": "city-right", "title": "stacked", "third": None,
     "signatures": "side-by-side", "rule": None, "dates": "hand", "proxy": False, "captions": False,
     "bullet": "-", "stamps": ["header"]},
]

# --- Ministries and Länder ------------------------------------------------------------------
# What the body text says about the Land: "Dem Land Hessen ist es wichtig", "in den hessischen
# Kreisen", the ESF programme, the authority that issues the grant ("vom Regierungspräsidium
# Kassel erlassenen"), the portal, the regional networks and the ministry's seat.
LANDS = {
    "Hessen": {"land": "das Land Hessen", "Land_dat": "Dem Land Hessen", "land_adj": "hessischen",
               "esf": "ESF Hessen", "authority": "vom Regierungspräsidium Kassel",
               "portal": "Arbeitswelt Hessen", "network": "OloV-Steuerungsgruppen", "seat": "Wiesbaden",
               "minister": ("Staatsminister", "Staatsministerin")},
    "Nordrhein-Westfalen": {"land": "das Land Nordrhein-Westfalen", "Land_dat": "Dem Land Nordrhein-Westfalen",
                            "land_adj": "nordrhein-westfälischen", "esf": "ESF Plus NRW",
                            "authority": "von der Bezirksregierung Düsseldorf",
                            "portal": "Arbeit und Qualifizierung NRW",
                            "network": "Steuerungsgruppen „Kein Abschluss ohne Anschluss“",
                            "seat": "Düsseldorf", "minister": ("Minister", "Ministerin")},
    "Baden-Württemberg": {"land": "das Land Baden-Württemberg", "Land_dat": "Dem Land Baden-Württemberg",
                          "land_adj": "baden-württembergischen", "esf": "ESF Plus Baden-Württemberg",
                          "authority": "vom Regierungspräsidium Stuttgart", "portal": "Gute Arbeit BW",
                          "network": "Netzwerken Übergang Schule-Beruf", "seat": "Stuttgart",
                          "minister": ("Minister", "Ministerin")},
    "Niedersachsen": {"land": "das Land Niedersachsen", "Land_dat": "Dem Land Niedersachsen",
                      "land_adj": "niedersächsischen", "esf": "ESF Plus Niedersachsen",
                      "authority": "vom Landesamt für Soziales, Jugend und Familie",
                      "portal": "Fachkräfteinitiative Niedersachsen", "network": "Jugendberufsagenturen",
                      "seat": "Hannover", "minister": ("Minister", "Ministerin")},
    "Rheinland-Pfalz": {"land": "das Land Rheinland-Pfalz", "Land_dat": "Dem Land Rheinland-Pfalz",
                        "land_adj": "rheinland-pfälzischen", "esf": "ESF Plus Rheinland-Pfalz",
                        "authority": "vom Landesamt für Soziales, Jugend und Versorgung",
                        "portal": "Arbeitsmarkt Rheinland-Pfalz", "network": "Netzwerken Schule-Beruf",
                        "seat": "Mainz", "minister": ("Minister", "Ministerin")},
    "Thüringen": {"land": "den Freistaat Thüringen", "Land_dat": "Dem Freistaat Thüringen",
                  "land_adj": "thüringischen", "esf": "ESF Plus Thüringen",
                  "authority": "vom Thüringer Landesverwaltungsamt", "portal": "Arbeit in Thüringen",
                  "network": "Jugendberufsagenturen", "seat": "Erfurt", "minister": ("Minister", "Ministerin")},
    "Bayern": {"land": "den Freistaat Bayern", "Land_dat": "Dem Freistaat Bayern", "land_adj": "bayerischen",
               "esf": "ESF Plus Bayern", "authority": "vom Zentrum Bayern Familie und Soziales",
               "portal": "Arbeitswelt Bayern", "network": "Arbeitskreisen Schule-Wirtschaft",
               "seat": "München", "minister": ("Staatsminister", "Staatsministerin")},
}

# (Land, adjective forms before "Ministerium": strong, weak, oblique; noun; tail; short; years)
MINISTRIES = [
    ("Hessen", ("Hessisches ", "Hessische ", "Hessischen "), "Ministerium",
     "für Arbeit, Integration, Jugend und Soziales", "HMSI", range(2024, 2028)),
    ("Hessen", ("Hessisches ", "Hessische ", "Hessischen "), "Ministerium",
     "für Soziales und Integration", "HMSI", range(2019, 2024)),
    ("Hessen", ("Hessisches ", "Hessische ", "Hessischen "), "Ministerium",
     "für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum", "HMWVW", range(2024, 2028)),
    ("Nordrhein-Westfalen", ("", "", ""), "Ministerium",
     "für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen", "MAGS", range(2019, 2028)),
    ("Baden-Württemberg", ("", "", ""), "Ministerium",
     "für Soziales, Gesundheit und Integration Baden-Württemberg", "SM", range(2021, 2028)),
    ("Niedersachsen", ("Niedersächsisches ", "Niedersächsische ", "Niedersächsischen "), "Ministerium",
     "für Soziales, Arbeit, Gesundheit und Gleichstellung", "MS", range(2019, 2028)),
    ("Rheinland-Pfalz", ("", "", ""), "Ministerium",
     "für Arbeit, Soziales, Transformation und Digitalisierung Rheinland-Pfalz", "MASTD", range(2021, 2028)),
    ("Thüringen", ("Thüringer ", "Thüringer ", "Thüringer "), "Ministerium",
     "für Soziales, Gesundheit, Arbeit und Familie", "TMSGAF", range(2024, 2028)),
    ("Bayern", ("Bayerisches ", "Bayerische ", "Bayerischen "), "Staatsministerium",
     "für Familie, Arbeit und Soziales", "StMAS", range(2019, 2028)),
]

# The Hessian phrases of BODY and what the corpus says instead; for a Hessian ministry the
# corpus body reads exactly as BODY.
BODY_PHRASES = [
    ("Hessische Ministerium {tail}", "{ministry_weak}", 2),
    ("Hessischen Ministeriums {tail}", "{ministry_gen}", 1),
    ("„Arbeitswelt Hessen“", "„{portal}“", 2),
    ("hessischen Kreisen", "{land_adj} Kreisen", 1),
    ("Dem Land Hessen", "{Land_dat}", 1),
    ("ESF Hessen", "{esf}", 1),
    ("vom Regierungspräsidium Kassel", "{authority}", 1),
    ("OloV-Steuerungsgruppen", "{network}", 1),
]


def corpus_body():
    """BODY with the Hessian phrases turned into placeholders (each found as often as expected)."""
    body = []
    for kind, block_id, text in BODY:
        body.append([kind, block_id, text])
    for old, new, count in BODY_PHRASES:
        found = sum(text.count(old) for _, _, text in body)
        if found != count:
            raise ValueError(f"BODY has {old!r} {found} times, expected {count}")
        for entry in body:
            entry[2] = entry[2].replace(old, new)
    return [tuple(entry) for entry in body]


CORPUS_BODY = corpus_body()
OPTIONAL_PARAGRAPHS = ["p1b", "p1c", "p1d", "p2b", "p6b", "p7b"]

# --- Partners -------------------------------------------------------------------------------
# (Land, kind, name, seat). kind: "Stadt" and "Landeshauptstadt" (die), "Landkreis" and
# "Kreis" (der, "des Landkreises X"), "compound" (a name that is itself a Kreis: "der
# Main-Kinzig-Kreis", "des Main-Kinzig-Kreises"), "Region" (die).
PARTNERS = [
    ("Hessen", "Stadt", "Frankfurt am Main", "Frankfurt am Main"), ("Hessen", "Stadt", "Darmstadt", "Darmstadt"),
    ("Hessen", "Stadt", "Kassel", "Kassel"), ("Hessen", "Stadt", "Offenbach am Main", "Offenbach am Main"),
    ("Hessen", "Landeshauptstadt", "Wiesbaden", "Wiesbaden"), ("Hessen", "Landkreis", "Gießen", "Gießen"),
    ("Hessen", "Landkreis", "Fulda", "Fulda"), ("Hessen", "compound", "Main-Kinzig-Kreis", "Gelnhausen"),
    ("Hessen", "compound", "Hochtaunuskreis", "Bad Homburg"), ("Hessen", "compound", "Vogelsbergkreis", "Lauterbach"),
    ("Hessen", "compound", "Lahn-Dill-Kreis", "Wetzlar"), ("Hessen", "compound", "Odenwaldkreis", "Erbach"),
    ("Hessen", "Landkreis", "Limburg-Weilburg", "Limburg"), ("Hessen", "compound", "Schwalm-Eder-Kreis", "Homberg"),
    ("Hessen", "compound", "Werra-Meißner-Kreis", "Eschwege"), ("Hessen", "Kreis", "Offenbach", "Dietzenbach"),
    ("Hessen", "compound", "Rheingau-Taunus-Kreis", "Bad Schwalbach"),
    ("Hessen", "Landkreis", "Darmstadt-Dieburg", "Darmstadt"), ("Hessen", "Kreis", "Bergstraße", "Heppenheim"),
    ("Hessen", "Landkreis", "Hersfeld-Rotenburg", "Bad Hersfeld"),
    ("Hessen", "Landkreis", "Waldeck-Frankenberg", "Korbach"), ("Hessen", "compound", "Main-Taunus-Kreis", "Hofheim"),
    ("Hessen", "Landkreis", "Kassel", "Kassel"), ("Hessen", "Landkreis", "Groß-Gerau", "Groß-Gerau"),
    ("Nordrhein-Westfalen", "Stadt", "Bielefeld", "Bielefeld"),
    ("Nordrhein-Westfalen", "Stadt", "Münster", "Münster"),
    ("Nordrhein-Westfalen", "Kreis", "Lippe", "Detmold"), ("Nordrhein-Westfalen", "Stadt", "Hagen", "Hagen"),
    ("Nordrhein-Westfalen", "compound", "Rhein-Sieg-Kreis", "Siegburg"),
    ("Nordrhein-Westfalen", "Stadt", "Krefeld", "Krefeld"), ("Nordrhein-Westfalen", "Kreis", "Paderborn", "Paderborn"),
    ("Baden-Württemberg", "Stadt", "Heilbronn", "Heilbronn"),
    ("Baden-Württemberg", "Landkreis", "Tübingen", "Tübingen"),
    ("Baden-Württemberg", "compound", "Ortenaukreis", "Offenburg"),
    ("Baden-Württemberg", "Stadt", "Pforzheim", "Pforzheim"),
    ("Baden-Württemberg", "Stadt", "Ulm", "Ulm"),
    ("Niedersachsen", "Region", "Hannover", "Hannover"), ("Niedersachsen", "Stadt", "Osnabrück", "Osnabrück"),
    ("Niedersachsen", "Landkreis", "Göttingen", "Göttingen"), ("Niedersachsen", "Stadt", "Wolfsburg", "Wolfsburg"),
    ("Niedersachsen", "Landkreis", "Emsland", "Meppen"),
    ("Rheinland-Pfalz", "Stadt", "Koblenz", "Koblenz"), ("Rheinland-Pfalz", "Stadt", "Trier", "Trier"),
    ("Rheinland-Pfalz", "Landkreis", "Mayen-Koblenz", "Koblenz"),
    ("Rheinland-Pfalz", "compound", "Westerwaldkreis", "Montabaur"),
    ("Rheinland-Pfalz", "Stadt", "Kaiserslautern", "Kaiserslautern"),
    ("Thüringen", "Stadt", "Jena", "Jena"), ("Thüringen", "Stadt", "Gera", "Gera"),
    ("Thüringen", "compound", "Wartburgkreis", "Bad Salzungen"), ("Thüringen", "Landkreis", "Gotha", "Gotha"),
    ("Thüringen", "Landeshauptstadt", "Erfurt", "Erfurt"),
    ("Bayern", "Stadt", "Regensburg", "Regensburg"), ("Bayern", "Stadt", "Würzburg", "Würzburg"),
    ("Bayern", "Landkreis", "Bamberg", "Bamberg"), ("Bayern", "Landkreis", "Rosenheim", "Rosenheim"),
    ("Bayern", "Stadt", "Augsburg", "Augsburg"),
]

PARTNER_ROLES = {  # (male, female)
    "city": [("Oberbürgermeister", "Oberbürgermeisterin"), ("Bürgermeister", "Bürgermeisterin"),
             ("Stadtrat", "Stadträtin"), ("Sozialdezernent", "Sozialdezernentin")],
    "district": [("Landrat", "Landrätin"), ("Erster Kreisbeigeordneter", "Erste Kreisbeigeordnete"),
                 ("Kreisbeigeordneter", "Kreisbeigeordnete")],
    "region": [("Regionspräsident", "Regionspräsidentin"), ("Dezernent", "Dezernentin")],
}

FIRST_NAMES = {
    "f": ["Heike", "Sabine", "Katharina", "Miriam", "Anja", "Nicole", "Claudia", "Susanne", "Birgit",
          "Stefanie", "Jana", "Carolin", "Andrea", "Martina", "Ulrike", "Petra", "Kerstin", "Lena",
          "Daniela", "Monika", "Silke", "Franziska", "Gudrun", "Tanja", "Elke", "Bärbel"],
    "m": ["Thomas", "Markus", "Jens", "Stefan", "Michael", "Andreas", "Frank", "Jürgen", "Christian",
          "Matthias", "Tobias", "Ralf", "Uwe", "Klaus", "Oliver", "Bernd", "Holger", "Martin", "Dirk",
          "Sebastian", "Florian", "Rüdiger", "Volker", "Jörg", "Sönke"],
}
LAST_NAMES = [
    "Wendland", "Brandstetter", "Osterhagen", "Kaltenbach", "Lenz", "Kretschmer", "Reinhardt", "Thielmann",
    "Hartmann", "Vogler", "Seidenberg", "Krämer", "Wöhrle", "Falkenstein", "Lindqvist", "Hoffmeister",
    "Bauernfeind", "Schäfer", "Grünewald", "Obermeier", "Hellwig", "Rautenberg", "Dietrich", "Küster",
    "Sommerfeld", "Brückner", "Mahlberg", "Eichhorn", "Scholz", "Winterstein", "Jäger", "Pohlmann",
    "Hagedorn", "Kessler", "Rosenthal", "Liebig", "Nowak", "Albrecht", "Stöckl", "Frey", "Haberland",
    "Weißenborn", "Lorenz", "Tiedemann", "Ahrens", "Bergmann-Kühn", "Ostermann", "Wenzel", "Fuchs",
    "Görlitz",
]
TITLES = [(None, 0.7), ("Dr.", 0.25), ("Prof. Dr.", 0.05)]

# --- Projects -------------------------------------------------------------------------------
CATEGORY_POOL = [
    CATEGORY_1, CATEGORY_2, CATEGORY_3,
    "Berufsorientierung und Übergang Schule – Beruf (OloV)",
    "Teilzeitausbildung für Menschen mit Familienverantwortung (TZA)",
    "Integration von Menschen mit Migrationshintergrund in Ausbildung und Beschäftigung",
    "Nachqualifizierung an- und ungelernter Beschäftigter (Berufsabschluss in Teilzeit)",
    "Sprachförderung mit beruflichem Bezug",
    "Beschäftigungsförderung für Langzeitarbeitslose nach SGB II (Teilhabe am Arbeitsmarkt)",
    "Fachkräftesicherung in Pflege, Erziehung und Gesundheit",
    "Coaching und Begleitung junger Erwachsener ohne Berufsabschluss in den Rechtskreisen SGB II, III "
    "und VIII",
    "Weiterbildung des Fachpersonals (Kreise und kreisfreie Städte)",
    "Gründungsberatung und Selbstständigkeit von Frauen",
    CATEGORY_4,
]
ITEM_POOL = [
    "Werkstattjahr Plus", "Berufsorientierung im Jugendwerkstatt-Verbund", "Produktionsschule am Hafen",
    "Kompetenzagentur Nord", "Ausbildungslotsen im Stadtteil", "Teilzeitausbildung für Alleinerziehende (TEA)",
    "Azubi-Coaching Handwerk", "Pflegeassistenz in Teilzeit", "Brückenkurs Deutsch für den Beruf",
    "Jobcoaching für Geflüchtete", "Fahrradwerkstatt Südstadt", "Qualifizierung in der Lagerlogistik",
    "Frauen in technischen Berufen", "Servicecenter Übergang Schule-Beruf", "Praxistage in Betrieben",
    "Mentoring für Studienabbrechende", "Berufseinstiegsbegleitung an Förderschulen",
    "Kochwerkstatt mit Hauswirtschaftszertifikat", "Nachqualifizierung Erzieherin/Erzieher",
    "Digitale Grundbildung für Erwachsene", "Kompetenzcheck und Berufswegeplanung",
    "Betriebliche Einstiegsqualifizierung (EQ Plus)", "Garten- und Landschaftsbau für Einsteiger",
    "Mobilitätstraining und Führerschein", "Assistierte Ausbildung flexibel (AsA flex)",
    "Gesundheitsorientierung für Langzeitarbeitslose", "Familiencoaching in Bedarfsgemeinschaften",
    "Stadtteilmütter und Stadtteilväter", "Schulverweigerung – Die 2. Chance",
    "Qualifizierung Kindertagespflege", "Berufliche Perspektiven für Frauen mit Migrationsgeschichte",
    "Lernwerkstatt Metall und Elektro", "Zweiradmechanik im Quartier", "Sozialkaufhaus mit Qualifizierung",
    "Hauswirtschaft und Betreuung (Q-HuB)", "Einstiegskurs Pflegehilfe",
    "Lotsenprojekt Anerkennung ausländischer Berufsabschlüsse", "Coaching für junge Eltern",
    "Bewerbungswerkstatt im Jugendzentrum", "Zertifizierte Staplerschulung mit Sprachförderung",
    "Start in die Ausbildung – Vorbereitungskurs Mathematik und Deutsch für Jugendliche ohne "
    "Schulabschluss",
    "Tagesstruktur und Arbeitserprobung für junge Menschen mit psychischen Belastungen und "
    "Suchterfahrung",
    "Jugendberufsagentur – aufsuchende Beratung", "Berufsorientierung MINT für Mädchen",
    "Erwerbsorientierte Sprachkurse (B1/B2)", "Ausbildungsbegleitung im Einzelhandel",
    "Quartiersarbeit Arbeit und Bildung", "Beratungsstelle Arbeit im Alter 50plus",
    "Weiterbildung Fachkraft für Lagerlogistik in Teilzeit", "Praxisklasse an der Gesamtschule",
]

# --- Dates, amounts, stamps, hands ----------------------------------------------------------
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                       "Nov.", "Dez."]
MONTH_CAPITALS = ["JAN.", "FEB.", "MÄR.", "APR.", "MAI", "JUN.", "JUL.", "AUG.", "SEP.", "OKT.", "NOV.", "DEZ."]

# How the total is printed; "{d}" is the amount with dots between thousands.
AMOUNT_FORMATS = ["{d} Euro", "{d},00 €", "{d},- Euro", "EUR {d},{cents}", "{spaced} Euro", "{d} EUR",
                  "{millions} Mio. Euro"]

# The received stamp's date line, as printed (one document in seven has no stamp).
STAMP_WORDINGS = ["Eing.: {day}. {abbr} {year}", "Posteingang {day}. {abbr} {year}",
                  "Eingegangen am {dd}.{mm}.{year}", "EINGANG {day}. {caps} {year}", "{dd}. {caps} {year}"]
STAMP_COLORS = ["red", "blue", "violet", "black"]
STAMP_SHAPES = ["rounded", "rect", "oval"]
STAMP_EXTRAS = [["Anl.:            Ref.:", "AZ:"], ["Anl.:", "Bearb.:"], ["Anl.:        FB:"], []]

# Hands for the dates (all write German digits, dots and umlauts; ecolier has no "ß", which
# no date needs), and connected hands for signatures written as a name.
DATE_HANDS = ["dkg", "dancing", "breip", "kristi", "ecolier", "kaushan", "comic-light", "klee"]
SIGNATURE_HANDS = ["dancing", "kristi", "ecolier", "kaushan", "joscelyn"]
DARK_INKS = [((28, 52, 150), 0.92), ((18, 28, 96), 0.95), ((32, 32, 38), 0.9)]
# Pale blue and grey at lower opacity: only on colour and greyscale scans, which keep them.
LIGHT_INKS = [((84, 116, 206), 0.62), ((104, 104, 114), 0.68)]

LOGO_COLORS = [(22, 70, 140), (20, 110, 70), (170, 30, 40), (96, 60, 130)]
BODY_FONTS = ["LiberationSans", "LiberationSerif", "DejaVuSans", "DejaVuSerif"]
# (format, scan mode): PDF of JPEG pages (colour or grey) or of Group 4 pages; Group 4 TIFF;
# grey deflate TIFF (at 200 dpi with coarse grey levels, to stay small).
SCAN_KINDS = [("pdf", "RGB"), ("pdf", "L"), ("pdf", "1"), ("tiff", "1"), ("tiff", "L")]


def part_of(seed):
    return next(part for part, seeds in {**PARTS, **EXTRA_PARTS}.items() if seed in seeds)


def rotating(options, seed, stride=1):
    """The option of this seed in a fixed rotation: any len(options) consecutive seeds hold
    every option (stride coprime to the length)."""
    return options[(seed * stride) % len(options)]


def wrap_words(text, width):
    """Text broken into lines of at most `width` characters (a long word stays whole)."""
    lines = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def pick(rng, options):
    return options[int(rng.integers(len(options)))]


def grouped(value, separator):
    return f"{value:,}".replace(",", separator)


def amount_text(kind, rng):
    """(value, printed text) of the total in one of AMOUNT_FORMATS."""
    if kind == "{millions} Mio. Euro":
        value = int(rng.integers(8, 46)) * 100_000
        millions = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return value, f"{millions} Mio. Euro"
    value = int(rng.integers(80_000, 450_000)) * 10
    if kind == "EUR {d},{cents}":
        cents = int(rng.integers(1, 10)) * 10
        return value + cents / 100, f"EUR {grouped(value, '.')},{cents:02d}"
    return value, kind.format(d=grouped(value, "."), spaced=grouped(value, " "))


def date_words(date):
    return {"day": date.day, "dd": f"{date.day:02d}", "mm": f"{date.month:02d}", "year": date.year,
            "abbr": MONTH_ABBREVIATIONS[date.month - 1], "caps": MONTH_CAPITALS[date.month - 1]}


def hand_date(date, rng):
    """A date as people write it by hand."""
    return pick(rng, [f"{date.day}.{date.month}.{date.year}", f"{date.day:02d}.{date.month:02d}.{date.year}",
                      f"{date.day}.{date.month}.{date.year % 100:02d}",
                      f"{date.day:02d}.{date.month:02d}.{date.year % 100:02d}",
                      f"{date.day}. {MONTHS[date.month - 1]} {date.year}",
                      f"{date.day}. {MONTH_ABBREVIATIONS[date.month - 1]} {date.year}"])


def partner_forms(land, kind, name, seat):
    """A partner's name in every case the template needs, its org line under a signature and
    its letterhead lines."""
    if kind in ("Stadt", "Landeshauptstadt", "Region"):
        full = f"{kind} {name}"
        nom, gen, dat, acc = f"die {full}", f"der {full}", f"der {full}", f"die {full}"
    elif kind in ("Landkreis", "Kreis"):
        full = f"{kind} {name}"
        nom, gen, dat, acc = f"der {full}", f"des {kind}es {name}", f"dem {full}", f"den {full}"
    else:
        full = name
        nom, gen, dat, acc = f"der {full}", f"des {full}es", f"dem {full}", f"den {full}"
    hessian = land == "Hessen"  # Hessian cities and districts are led by a board
    if kind in ("Stadt", "Landeshauptstadt"):
        head = "Der Magistrat" if hessian else "Der Oberbürgermeister"
        office, roles = "Amt für Arbeit und Soziales", "city"
    elif kind == "Region":
        head, office, roles = "Die Regionspräsidentin", "Fachbereich Soziales", "region"
    else:
        head = "Der Kreisausschuss" if hessian else "Der Landrat"
        office, roles = "Fachdienst Arbeit und Soziales", "district"
    return {"name": full, "nom": nom, "Nom": nom[0].upper() + nom[1:], "gen": gen, "dat": dat, "acc": acc,
            "und": f"und {dat}", "label": "Kommune", "short": None, "seat": seat, "roles": roles,
            "letterhead": [full, head, office]}


def person(rng, used):
    """A fictitious person: gender, title, first and last name (no last name twice in a document)."""
    gender = pick(rng, ["f", "m"])
    roll, title = float(rng.random()), None
    for option, share in TITLES:
        if roll < share:
            title = option
            break
        roll -= share
    last = pick(rng, [name for name in LAST_NAMES if name not in used])
    used.add(last)
    return gender, title, f"{pick(rng, FIRST_NAMES[gender])} {last}"


def draw_parties(family, year, rng):
    """The ministry (of a Land that had it in that year; Hessian under the Hessian letterhead,
    Hessian in about half the other documents too), a partner of its Land, and the family's
    third party; each with the forms the title, body and signature blocks need."""
    candidates = [m for m in MINISTRIES
                  if year in m[5] and (m[0] == "Hessen" or family["letterhead"] != "ministry")]
    if family["letterhead"] != "ministry" and rng.random() < 0.5:
        candidates = [m for m in candidates if m[0] == "Hessen"]
    land_name, adjective, noun, tail, short, _ = pick(rng, candidates)
    ministry = {"name": f"{adjective[0]}{noun} {tail}", "tail": tail, "short": short,
                "dat": f"dem {adjective[2]}{noun} {tail}", "label": "Land",
                "weak": f"{adjective[1]}{noun} {tail}", "gen": f"{adjective[2]}{noun}s {tail}"}
    partner = partner_forms(*pick(rng, [p for p in PARTNERS if p[0] == land_name]))
    third = None
    if family["third"] == "jobcenter":
        name = "Jobcenter " + partner["name"].replace("Landeshauptstadt ", "").replace("Stadt ", "")
        third = {"name": name, "dat": f"dem {name}", "und": f"und dem {name}", "acc": f"das {name}",
                 "org": name, "label": "Jobcenter", "short": None, "seat": partner["seat"],
                 "roles": [("Geschäftsführer", "Geschäftsführerin")]}
    elif family["third"] == "agentur":
        name = f"Agentur für Arbeit {partner['seat']}"
        third = {"name": name, "dat": f"der {name}", "und": f"und der {name}", "acc": f"die {name}",
                 "org": f"der {name}", "label": "Agentur", "short": None, "seat": partner["seat"],
                 "roles": [("Vorsitzender der Geschäftsführung", "Vorsitzende der Geschäftsführung"),
                           ("Geschäftsführer Operativ", "Geschäftsführerin Operativ")]}
    return LANDS[land_name], ministry, partner, third


def ink(rng, bitonal):
    """A pen's colour and opacity: a dark ink, or on colour and grey scans now and then a pale one."""
    return pick(rng, DARK_INKS if bitonal or rng.random() < 0.75 else LIGHT_INKS)


def draw_signature(family, name, bitonal, rng):
    """A signature: a scribble (sometimes with a thin pen) or the name in a connected hand, placed
    normally, crossing the printed name, or dipping below a drawn signature line."""
    signature = {"place": pick(rng, ["normal"] * 6 + ["cross"] * 2 + (["dip"] * 2 if family["rule"] else []))}
    signature["color"], signature["opacity"] = ink(rng, bitonal)
    first, last = name.split(" ", 1)
    if rng.random() < 0.35:
        signature.update(kind="script", font=pick(rng, SIGNATURE_HANDS),
                         text=pick(rng, [last, f"{first[0]}. {last}", name]))
    else:
        signature.update(kind="scribble", pen=float(rng.uniform(0.45, 0.6)) if rng.random() < 0.3 else 1.0)
    return signature


def draw_role(party_kind, party, land, family, gender, rng):
    """(role, "i.V."/"i.A." or None): the ministry's signatory signs on behalf of the minister in
    the families that want it (and now and then elsewhere), with a role that fits."""
    which = 0 if gender == "m" else 1
    if party_kind == "ministry":
        role = pick(rng, [land["minister"], ("Staatssekretär", "Staatssekretärin")])[which]
        if not family["proxy"] and rng.random() >= 0.1:
            return role, None
        proxy = pick(rng, ["i.V.", "i.A."])
        roles = ([("Staatssekretär", "Staatssekretärin"), ("Ministerialdirigent", "Ministerialdirigentin")]
                 if proxy == "i.V." else
                 [("Abteilungsleiter", "Abteilungsleiterin"), ("Referatsleiter", "Referatsleiterin")])
        return pick(rng, roles)[which], proxy
    if party_kind == "partner":
        role = pick(rng, PARTNER_ROLES[party["roles"]])[which]
        return role, "i.V." if rng.random() < 0.1 else None
    return pick(rng, party["roles"])[which], None


def draw_signatories(seed, family, year, land, parties, bitonal, rng):
    """One block per party (ministry, partner, third party), each signed some days after the one
    before; returns the blocks and the last signing date. About one block in ten is not signed;
    half of those leave the date blank too, unless it is typed."""
    used_names = set()
    signing = datetime.date(year, int(rng.integers(3, 10)), int(rng.integers(1, 29)))
    signatories = []
    for index, (party_kind, party) in enumerate(parties):
        gender, title, name = person(rng, used_names)
        role, proxy = draw_role(party_kind, party, land, family, gender, rng)
        if party_kind == "ministry":
            org_text, caption = party["name"], f"Für {land['land']}:"
            place = land["seat"]
        else:
            org_text, caption = party["gen"] if party_kind == "partner" else party["org"], f"Für {party['acc']}:"
            place = party["seat"]
        signed = bool(rng.random() >= 0.1)
        date_style = family["dates"] if family["dates"] != "mixed" else pick(rng, ["hand", "typed", "stamp"])
        blank_date = not signed and date_style != "typed" and rng.random() < 0.5
        signatory = {"title": title, "name": name, "role": role, "org_text": org_text,
                     "organization": party["name"], "place": place,
                     "date": None if blank_date else signing.isoformat(),
                     "date_style": date_style, "proxy": proxy, "signed": signed, "rule": family["rule"],
                     "caption": caption if family["captions"] else None,
                     "hand_date": None, "hand_font": rotating(DATE_HANDS, seed * 3 + index),
                     "hand_ink": ink(rng, bitonal)}
        if date_style == "typed":
            signatory["typed_date"] = pick(rng, [f"{signing.day:02d}.{signing.month:02d}.{signing.year}",
                                                 f"{signing.day}. {MONTHS[signing.month - 1]} {signing.year}"])
        elif date_style == "stamp" and not blank_date:
            text = pick(rng, ["{dd}. {caps} {year}", "{dd}.{mm}.{year}"]).format(**date_words(signing))
            signatory["date_stamp"] = {"org": [], "extra": [], "text": text, "color": pick(rng, STAMP_COLORS),
                                       "angle": float(rng.uniform(-4, 4)), "shape": "rect", "date_size": 34,
                                       "texture_low": 0.8 if bitonal else 0.65}
        elif not blank_date:
            signatory["hand_date"] = hand_date(signing, rng)
        signatory["signature"] = draw_signature(family, name, bitonal, rng)
        signatories.append(signatory)
        signing += datetime.timedelta(days=int(rng.integers(3, 22)))
    return signatories, signing


def draw_received_stamp(seed, family, ministry, partner, after, bitonal, rng):
    """The received stamp on page 1, dated some days after the last signature, or None (one
    document in seven). Its org lines are the ministry's or the partner's; an oval holds two
    short lines at most. On bitonal scans its ink stays dark enough for the threshold."""
    if seed % 7 == 0:
        return None
    wording = rotating(STAMP_WORDINGS, seed, 2)
    received = after + datetime.timedelta(days=int(rng.integers(0, 15)))
    shape = pick(rng, STAMP_SHAPES)
    if wording.startswith("{dd}"):  # a date-only stamp
        org, extra = [], []
    elif rng.random() < 0.5 and shape != "oval":
        org, extra = wrap_words(ministry["name"], 34), pick(rng, STAMP_EXTRAS)
    else:
        org = [partner["name"], pick(rng, ["Sozialamt", "Büro der Landrätin", "Fachbereich Soziales",
                                           "Jobcenter und Arbeitsförderung"])]
        if rng.random() < 0.4:
            org = [line.upper() for line in org]
        extra = pick(rng, STAMP_EXTRAS)
    return {"org": org, "text": wording.format(**date_words(received)), "date": received.isoformat(),
            "extra": extra, "color": pick(rng, STAMP_COLORS), "angle": float(rng.uniform(-4, 4)),
            "shape": shape, "border": pick(rng, [1, 2]), "texture_low": 0.8 if bitonal else 0.6,
            # the two documents of a family in a part (seeds 12 apart) take turns
            "position": rotating(family["stamps"], seed // len(FAMILIES)), "wording": wording}


def draw_projects(rng):
    """3-6 categories from the pool, in pool order, each with up to five items (about one in five
    with none), items never repeated; at least one category has items."""
    count = int(rng.integers(3, 7))
    chosen = sorted(int(i) for i in rng.choice(len(CATEGORY_POOL), count, replace=False))
    items = [ITEM_POOL[int(i)] for i in rng.permutation(len(ITEM_POOL))]
    projects = []
    for category in chosen:
        take = 0 if rng.random() < 0.2 else int(rng.integers(1, 6))
        projects.append((CATEGORY_POOL[category], items[:take]))
        items = items[take:]
    if not any(entries for _, entries in projects):
        projects[0] = (projects[0][0], items[:3])
    return projects


def draw_letterhead(family, year, ministry, partner, land, minister_role, rng):
    """The variant's letterhead keys: style, lines, address, logo and file reference."""
    style = {"city-left": "city", "city-right": "city"}.get(family["letterhead"], family["letterhead"])
    if style == "ministry":  # sometimes in the minister's name, as in the seed
        head = ministry["name"]
        if rng.random() < 0.3:
            head = head.replace("Hessisches Ministerium", "Hessische Ministerin" if minister_role.endswith("in")
                                else "Hessischer Minister")
        lines = wrap_words(head, 26)
    elif style == "city":
        lines = partner["letterhead"]
    else:
        lines = wrap_words(ministry["name"], 40)
    address = None
    if rng.random() < 0.6:
        street = pick(rng, ["Postfach", "Postfach", "Dostojewskistraße", "Am Markt"])
        town = partner["seat"] if style == "city" else land["seat"]
        address = f"{street} {int(rng.integers(1, 40))} · {int(rng.integers(10000, 99999))} {town}"
    logo = None
    if style == "city":
        logo = {"side": family["letterhead"].split("-")[-1], "shape": pick(rng, ["shield", "circle", "square"]),
                "color": pick(rng, LOGO_COLORS)}
    reference = None
    if style != "none" and rng.random() < 0.35:
        reference = pick(rng, [f"{pick(rng, ['II', 'III', 'IV'])} {int(rng.integers(1, 7))} – "
                               f"{int(rng.integers(50, 59))}{pick(rng, ['a', 'b', 'd'])} 04 "
                               f"0{int(rng.integers(1, 9))}",
                               f"AQB-{year}/{int(rng.integers(10, 99))}",
                               f"{int(rng.integers(10, 60))}.{int(rng.integers(1, 9))}-{ministry['short']}"])
    return {"letterhead_style": style, "letterhead": lines, "letterhead_address": address, "logo": logo,
            "reference": reference}


def draw_scan(scan_format, mode, rng):
    """Per page (cycled over a longer document): skew mostly within ±3°, one page in seven turned,
    blur, noise, uneven light, dust; bitonal pages with their threshold; grey TIFF pages with
    coarse grey levels to stay small."""
    pages = []
    for _ in range(8):
        skew = (float(rng.uniform(-3, 3)) if rng.random() < 0.9
                else float(rng.uniform(3, 4.5) * pick(rng, [-1, 1])))
        rotation = 0 if rng.random() < 0.85 else pick(rng, [90, 180, 270])
        page = {"skew": round(skew, 1), "rotation": rotation, "blur": round(float(rng.uniform(0.4, 0.8)), 2),
                "noise": round(float(rng.uniform(1.5, 5.0)), 1), "light": round(float(rng.uniform(0.02, 0.14)), 2)}
        if mode == "1":
            page.update(speckle=int(rng.integers(5, 50)), threshold=int(rng.integers(165, 186)))
        elif rng.random() < 0.4:
            page["speckle"] = int(rng.integers(5, 40))
        if scan_format == "tiff" and mode == "L":
            page["levels"] = 6
        pages.append(page)
    return pages


def file_name_part(text):
    """Lower-case ASCII words joined by hyphens: "Stadt Gießen" -> "stadt-giessen"."""
    for umlaut, spelled in [("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue")]:
        text = text.lower().replace(umlaut, spelled)
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())


def corpus_document(seed, rng):
    """One agreement of the corpus, drawn from its seed (rng is seeded by it): {"name", "part",
    "family", "variant", "sample", "amount_format"}. The variant has the keys of
    sample_variants.VARIANTS plus those make-samples reads for the corpus; the sample says how
    it is scanned."""
    family = rotating(FAMILIES, seed)
    year = int(rng.integers(2023, 2028))
    land, ministry, partner, third = draw_parties(family, year, rng)
    scan_format, mode = pick(rng, SCAN_KINDS)
    bitonal = mode == "1"
    amount_format = rotating(AMOUNT_FORMATS, seed, 3)
    amount, printed_amount = amount_text(amount_format, rng)
    parties = [("ministry", ministry), ("partner", partner)] + ([("third", third)] if third else [])
    signatories, last_signed = draw_signatories(seed, family, year, land, parties, bitonal, rng)
    stamp = draw_received_stamp(seed, family, ministry, partner, last_signed, bitonal, rng)
    projects = draw_projects(rng)
    letterhead = draw_letterhead(family, year, ministry, partner, land, signatories[0]["role"], rng)
    if family["title"] == "vereinbarung":
        doc_type, title = "Vereinbarung", "Vereinbarung"
    else:
        doc_type = "Zielvereinbarung"
        title = pick(rng, [f"Zielvereinbarung {year}"] * 2 + [f"Zielvereinbarung für das Jahr {year}"])
    placeholders = {"ministry_weak": ministry["weak"], "ministry_gen": ministry["gen"],
                    **{key: land[key] for key in ("portal", "land_adj", "Land_dat", "esf", "authority", "network")}}
    variant = {
        "seed": seed, "year": year, "ministry": ministry, **letterhead, "partner": partner,
        "third_party": third, "buendnis": "2020 bis 2024" if year <= 2024 else "2025 bis 2029",
        "amount": amount, "amount_text": printed_amount,
        "font": pick(rng, BODY_FONTS), "size": int(rng.integers(42, 48)), "bullet": family["bullet"],
        "page_numbers": bool(rng.random() < 0.5),
        "drop": [block for block in OPTIONAL_PARAGRAPHS if rng.random() < 0.35],
        "projects": projects, "stamp": stamp, "hand_font": signatories[0]["hand_font"],
        "signatories": signatories, "signature_layout": family["signatures"],
        "title_style": family["title"], "type": doc_type, "title": title,
        "purpose": f"zur Umsetzung des {land['land_adj']} Ausbildungs- und Qualifizierungsbudgets",
        "body_template": CORPUS_BODY, "placeholders": placeholders,
    }
    name = f"{seed}-{file_name_part(partner['name'])}-{year}"
    sample = {"name": name, "format": scan_format, "mode": mode,
              "dpi": 200 if scan_format == "tiff" and mode == "L" else pick(rng, [200, 200, 240, 300]),
              "quality": int(rng.integers(40, 75)) if scan_format == "pdf" and not bitonal else None,
              "scan": draw_scan(scan_format, mode, rng)}
    return {"name": name, "part": part_of(seed), "family": family["name"], "variant": variant, "sample": sample,
            "amount_format": amount_format}


def features(document):
    """The options a document shows, as (what, value) pairs, for the coverage check."""
    v, sample = document["variant"], document["sample"]
    found = {("family", document["family"]), ("amount format", document["amount_format"]),
             ("scan", f"{sample['format']} {sample['mode']}"), ("bullet", v["bullet"]),
             ("letterhead", v["letterhead_style"]), ("title", v["title_style"]),
             ("signatures", v["signature_layout"]), ("parties", 2 + bool(v["third_party"]))}
    stamp = v["stamp"]
    if stamp:
        found |= {("stamp colour", stamp["color"]), ("stamp shape", stamp["shape"]),
                  ("stamp border", stamp["border"]), ("stamp position", stamp["position"]),
                  ("stamp wording", stamp["wording"])}
    else:
        found.add(("stamp", "none"))
    for signatory in v["signatories"]:
        found |= {("date style", signatory["date_style"]), ("signed", signatory["signed"]),
                  ("signature", signatory["signature"]["kind"]), ("signature place", signatory["signature"]["place"])}
        if signatory["proxy"]:
            found.add(("proxy", signatory["proxy"]))
        if signatory["hand_date"]:
            found.add(("date hand", signatory["hand_font"]))
        if signatory["signature"]["kind"] == "script":
            found.add(("signature hand", signatory["signature"]["font"]))
        signature_ink = (signatory["signature"]["color"], signatory["signature"]["opacity"])
        if signatory["hand_ink"] in LIGHT_INKS or signature_ink in LIGHT_INKS:
            found.add(("ink", "light"))
    if any(page["rotation"] for page in sample["scan"]):
        found.add(("turned pages", True))
    return found


def required_features():
    """Every option that each part must show at least once."""
    required = {("family", family["name"]) for family in FAMILIES}
    required |= {("stamp colour", color) for color in STAMP_COLORS} | {("stamp shape", s) for s in STAMP_SHAPES}
    required |= {("stamp border", 1), ("stamp border", 2), ("stamp", "none")}
    required |= {("stamp position", p) for p in ["between", "right", "header", "over-body"]}
    required |= {("stamp wording", w) for w in STAMP_WORDINGS}
    required |= {("amount format", a) for a in AMOUNT_FORMATS}
    required |= {("scan", f"{f} {m}") for f, m in SCAN_KINDS}
    required |= {("date style", s) for s in ["hand", "typed", "stamp"]} | {("signed", False), ("signed", True)}
    required |= {("proxy", "i.V."), ("proxy", "i.A."), ("signature", "script"), ("signature", "scribble")}
    required |= {("signature place", p) for p in ["cross", "dip"]} | {("ink", "light"), ("turned pages", True)}
    required |= {("date hand", hand) for hand in DATE_HANDS}
    return required


def coverage_problems(documents):
    """Per part, the required options no document of it shows."""
    problems = []
    for part in sorted({d["part"] for d in documents} & set(PARTS)):
        shown = set().union(*(features(d) for d in documents if d["part"] == part))
        missing = required_features() - shown
        if missing:
            problems.append(f"{part} lacks {sorted(missing, key=str)}")
    return problems
