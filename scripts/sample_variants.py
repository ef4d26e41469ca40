"""Data for scripts/make-samples: the agreement text template and the documents it renders.

The seed is the 2025 Wiesbaden agreement (/work/shared/seed, OCR faults corrected); the other
variants are invented Hessian cities and districts with fictitious signatories.
"""

MINISTRY_2024 = {
    "name": "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales",
    "tail": "für Arbeit, Integration, Jugend und Soziales",
    "short": "HMSI",
    "org_lines": ["Hessisches Ministerium", "für Arbeit, Integration,", "Jugend und Soziales"],
}
MINISTRY_2023 = {
    "name": "Hessisches Ministerium für Soziales und Integration",
    "tail": "für Soziales und Integration",
    "short": "HMSI",
    "org_lines": ["Hessisches Ministerium", "für Soziales und Integration"],
}

CATEGORY_1 = "Ausbildungsvorbereitung"
CATEGORY_2 = "Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen"
CATEGORY_3 = "Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung"
CATEGORY_4 = ("Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der "
              "fachlichen Verantwortung für Benachteiligte im Kontext der Arbeitsmarktförderung")

# The agreement body after the title block. Each entry: (kind, paragraph id, text).
# Placeholders: {year} {buendnis} {tail} {short} {nom} {Nom} {gen} {dat} {acc}.
# "**...**" marks bold words; the markers are not printed. Variants may drop ids in "drop".
BODY = [
    ("heading", "praeambel", "Präambel"),
    ("para", "p0",
     "Erfolgreiche Arbeitsmarktpolitik bindet die regionalen Akteure des Arbeitsmarktes in eine "
     "gemeinsame, auf die Zukunftsanforderungen fokussierte Strategie ein. Dafür will das Hessische "
     "Ministerium {tail} ({short}) regionale Handlungs- und Entscheidungsspielräume eröffnen und "
     "vereinbart dazu Ziele mit den Kreisen und kreisfreien Städten. Bei allen Maßnahmen und "
     "Angeboten, die über das Ausbildungs- und Qualifizierungsbudget umgesetzt werden, orientiert "
     "sich das {short} an den landespolitischen Zielsetzungen der Arbeitsmarktpolitik, dem „Bündnis "
     "für Ausbildung für die Jahre {buendnis}“, dem Fachkonzept „Arbeitswelt Hessen“ des {short} "
     "sowie an der regionalen Arbeitsmarkt- und Ausbildungsstrategie {gen}. Die Maßnahmen sind "
     "grundsätzlich genderadäquat, ohne Altersbegrenzungen und inklusiv angelegt und überdies den "
     "Leitlinien der UN-Behindertenrechtskonvention verpflichtet."),
    ("heading", "s1", "§ 1"),
    ("heading", "s1t", "Ausbildungs- und Qualifizierungsbudget"),
    ("subheading", "s1z", "Ziele des Landes"),
    ("para", "p1a",
     "Das {short} verfolgt mit dem Ausbildungs- und Qualifizierungsbudget {year} das Ziel, die "
     "Ausbildungsfähigkeit von benachteiligten Menschen zu steigern, ihre Beschäftigungsfähigkeit zu "
     "sichern, ihnen Ausbildungsabschlüsse zu ermöglichen und sie durch längerfristige, flexible und "
     "arbeitsmarktnahe Qualifizierung zu einer eigenständigen Existenzsicherung zu befähigen. Der "
     "flexible und ganzheitliche Handlungsansatz des Budgets bietet den Kreisen und kreisfreien "
     "Städten die Möglichkeit, bedarfsorientierte berufliche und qualifikatorische Angebote für "
     "unterschiedliche Zielgruppen auf Basis der regional entwickelten Arbeitsmarkt- und "
     "Ausbildungsstrategie umzusetzen. Menschen mit ihren jeweiligen Bedürfnissen und "
     "Herausforderungen ernst zu nehmen und bei ihrem Weg in Ausbildung und Beschäftigung zu "
     "unterstützen, betrachtet das {short} als zentralen Baustein für eine erfolgversprechende und "
     "nachhaltige Integration in unsere Gesellschaft."),
    ("para", "p1b",
     "Bei der Erreichung dieses Ziels setzt das {short} auf einen rechtskreisübergreifenden "
     "Förderansatz in den hessischen Kreisen und kreisfreien Städten. Nur wenn die einzelnen "
     "Rechtskreise SGB II, III, VIII, XII und AsylbLG sinnvoll zusammenwirken, alle Zielgruppen – "
     "inklusive der sog. Stillen Reserve – und weitere regionale Akteure aus Arbeitsmarkt und "
     "Wirtschaft potenziell einbezogen sind, können Unterstützungsstrukturen geschaffen werden, die "
     "ein selbstbestimmtes Leben auch in herausfordernden Lebenslagen ermöglichen."),
    ("para", "p1c",
     "Dem Land Hessen ist es wichtig, Menschen mit familiensorgenden Tätigkeiten einen "
     "vollqualifizierenden Berufsabschluss zu ermöglichen. Daher werden spezifisch Mittel für "
     "Maßnahmen zur Ermöglichung von Teilzeitausbildungen bereitgestellt. Über die im Rahmen des ESF "
     "Hessen geförderte „Servicestelle Teilzeit-Ausbildung“ unterstützt das {short} die "
     "Zusammenarbeit aller regionalen Akteure am Übergang Schule-Beruf."),
    ("para", "p1d",
     "Schwerpunkte im Ausbildungs- und Qualifizierungsbudget sind Maßnahmen zur Ausbildungs- und "
     "Qualifizierungsvorbereitung, zu Ausbildung und Ausbildungscoaching in anerkannten "
     "Ausbildungsberufen, Qualifizierungsprojekte zur Arbeitsmarktintegration und "
     "Fachkräftesicherung sowie Weiterbildungen für Fachpersonal der Gebietskörperschaften mit Bezug "
     "zu Teilnehmenden des AQB."),
    ("heading", "s2", "§ 2"),
    ("heading", "s2t", "Verpflichtungen der Vereinbarungspartner"),
    ("para", "p2a",
     "Das Hessische Ministerium {tail} und {nom} setzen die ihnen zur Verfügung stehenden "
     "Kompetenzen dafür ein, dass die in § 5 vereinbarten Ziele erreicht werden. Die Entscheidung "
     "über den Mitteleinsatz erfolgt im Kontext der von {dat} bereits erarbeiteten und regelmäßig zu "
     "aktualisierenden regionalen Ausbildungs- und Arbeitsmarktstrategie, die mit den regionalen "
     "Akteuren der Rechtskreise SGB II, III, VIII, XII und AsylbLG, der Wirtschaft und – für den "
     "Bereich des Übergangs von der Schule in den Beruf – mit den regionalen OloV-Steuerungsgruppen "
     "abgestimmt ist."),
    ("para", "p2b",
     "Im Jahr {year} werden im Rahmen des AQB erneut Landesmittel für spezifische Angebote zur "
     "Integration von Menschen mit Migrationshintergrund zur Verfügung gestellt. Die geförderten "
     "Angebote sind durch eine hohe Individualität und Vielfalt gekennzeichnet."),
    ("heading", "s3", "§ 3"),
    ("heading", "s3t", "Umsetzung der UN-Behindertenrechtskonvention"),
    ("para", "p3a",
     "Die Integration in das Erwerbsleben stellt aus der Sicht des Hessischen Ministeriums {tail} "
     "eine der vordringlichsten Maßnahmen zur Förderung der Teilhabe von Menschen mit Behinderungen "
     "dar. Auch angesichts der demografischen Entwicklung und eines damit verbundenen aktuellen und "
     "zukünftigen Fachkräftemangels kommt der nachhaltigen Förderung von Maßnahmen zur Integration "
     "von Menschen mit Behinderungen in den Arbeitsprozess eine große Bedeutung zu."),
    ("heading", "s4", "§ 4"),
    ("heading", "s4t", "Haushaltsmittel und Eckdaten"),
    ("para", "p4a",
     "Das {short} stellt {dat} im Jahr {year} Haushaltsmittel in Höhe von insgesamt"),
    ("amount", "amount", "{amount_text}"),
    ("para", "p4b", "aus dem Ausbildungs- und Qualifizierungsbudget {year} zur Verfügung."),
    ("heading", "s5", "§ 5"),
    ("heading", "s5t", "Ziele für die Umsetzung {gen}"),
    ("para", "p5a",
     "{Nom} finanziert mit den Mitteln des **Ausbildungs- und Qualifizierungsbudgets {year}** in den "
     "jeweiligen Maßnahmenarten folgende Projekte:"),
    ("projects", "projects", ""),
    ("para", "p5b",
     "Die Förderung der aufgeführten Maßnahmen erfolgt auf Basis und nach Maßgabe des – nach "
     "Antragstellung durch {acc} vom Regierungspräsidium Kassel erlassenen – Bescheides."),
    ("heading", "s6", "§ 6 Zielsteuerung"),
    ("para", "p6a",
     "{Nom} und das {short} bleiben über die Entwicklung des Budgets {year} im engen Austausch. "
     "Dazu wird unter anderem eine Umsetzungsbesprechung im Herbst angesetzt."),
    ("para", "p6b",
     "Unterjährige Abweichungen von den in § 4 genannten Haushaltsmitteln und Eckdaten werden bei der "
     "Beurteilung der Zielerreichung berücksichtigt."),
    ("heading", "s7", "§ 7 Kontinuierlicher Verbesserungsprozess"),
    ("para", "p7a",
     "{Nom} beteiligt sich an Umfragen und Tagungen des {short} mit dem Ziel, Erfahrungen "
     "auszutauschen, gute Praxis zu identifizieren und neue Impulse für die regionale Arbeitsmarkt- "
     "und Ausbildungspolitik zu setzen."),
    ("para", "p7b",
     "Die Zielvereinbarungen werden auf dem Internetportal des {short} „Arbeitswelt Hessen“ "
     "veröffentlicht."),
    ("signatures", "signatures", ""),
]

VARIANTS = {
    "wiesbaden-2025": {
        "seed": 202501,
        "year": 2025,
        "ministry": MINISTRY_2024,
        "letterhead": ["Hessische Ministerin für", "Arbeit, Integration,", "Jugend und Soziales"],
        "reference": None,
        "partner": {"name": "Landeshauptstadt Wiesbaden", "nom": "die Landeshauptstadt Wiesbaden",
                    "Nom": "Die Landeshauptstadt Wiesbaden", "gen": "der Landeshauptstadt Wiesbaden",
                    "dat": "der Landeshauptstadt Wiesbaden", "acc": "die Landeshauptstadt Wiesbaden",
                    "und": "und der Landeshauptstadt Wiesbaden"},
        "buendnis": "2025 bis 2029",
        "amount": 2812460, "amount_text": "2.812.460 Euro",
        "font": "LiberationSans", "size": 46, "bullet": "-", "page_numbers": False,
        "drop": [],
        "projects": [
            (CATEGORY_1, ["Fit für den Beruf (FIB)", "Gastro und Tageswerkstatt",
                          "Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit",
                          "Ausbildungsperspektiven für Erziehende (TZ)"]),
            (CATEGORY_2, ["\"AidA\" - Ausbildung in der Altenpflegehilfe"]),
            (CATEGORY_3, ["Stadtteilmütter – Stadtteilväter", "Coaching für die Bedarfsgemeinschaft",
                          "Glad to Care - Berufswege für Frauen",
                          "Brücke für Gesundheit und finanzielle Sicherheit"]),
            (CATEGORY_4, []),
        ],
        "stamp": {"org": ["Hessisches Ministerium für Arbeit,", "Integration, Jugend und Soziales"],
                  "text": "Eing.: 20. Aug. 2025", "date": "2025-08-20",
                  "extra": ["Anl.:            Ref.:", "AZ:"], "color": "red", "angle": 2.3,
                  "position": "between"},
        "hand_font": "dkg",
        "signatories": [
            {"title": None, "name": "Heike Hofmann", "role": "Staatsministerin",
             "org_lines": MINISTRY_2024["org_lines"], "organization": MINISTRY_2024["name"],
             "place": "Wiesbaden", "date": "2025-08-06", "hand_date": "6.8.2025"},
            {"title": "Dr.", "name": "Patricia Becher", "role": "Stadträtin",
             "org_lines": ["der Landeshauptstadt", "Wiesbaden"],
             "organization": "Landeshauptstadt Wiesbaden",
             "place": "Wiesbaden", "date": "2025-08-13", "hand_date": "13.8.2025"},
        ],
    },
    "kassel-2024": {
        "seed": 202402,
        "year": 2024,
        "ministry": MINISTRY_2024,
        "letterhead": ["Hessisches Ministerium für", "Arbeit, Integration,", "Jugend und Soziales"],
        "reference": None,
        "partner": {"name": "Stadt Kassel", "nom": "die Stadt Kassel", "Nom": "Die Stadt Kassel",
                    "gen": "der Stadt Kassel", "dat": "der Stadt Kassel", "acc": "die Stadt Kassel",
                    "und": "und der Stadt Kassel"},
        "buendnis": "2020 bis 2024",
        "amount": 2104950, "amount_text": "2.104.950,00 €",
        "font": "DejaVuSerif", "size": 44, "bullet": "•", "page_numbers": True,
        "drop": ["p1c", "p2b"],
        "projects": [
            (CATEGORY_1, ["Berufsorientierung im Jugendwerkstatt-Verbund", "Produktionsschule Kassel",
                          "Sprachförderung und Praxis (SPRINT)"]),
            (CATEGORY_2, ["Teilzeitausbildung für Alleinerziehende (TEA)",
                          "Ausbildungscoaching im Handwerk"]),
            (CATEGORY_3, ["Qualifizierung in der Lagerlogistik", "Frauen in technischen Berufen",
                          "Brückenkurs Pflege für Zugewanderte", "Fahrradwerkstatt Nordstadt",
                          "Kompetenzfeststellung und Jobcoaching"]),
            (CATEGORY_4, []),
        ],
        "stamp": {"org": ["Stadt Kassel", "Sozialamt"], "text": "Posteingang 12. Sept. 2024",
                  "date": "2024-09-12", "extra": ["Anl.:", "Bearb.:"], "color": "red",
                  "angle": -3.1, "position": "right"},
        "hand_font": "dancing",
        "signatories": [
            {"title": "Dr.", "name": "Thomas Wendland", "role": "Staatssekretär",
             "org_lines": MINISTRY_2024["org_lines"], "organization": MINISTRY_2024["name"],
             "place": "Wiesbaden", "date": "2024-07-15", "hand_date": "15.07.24"},
            {"title": None, "name": "Nicole Brandstetter", "role": "Stadträtin",
             "org_lines": ["der Stadt Kassel"], "organization": "Stadt Kassel",
             "place": "Kassel", "date": "2024-07-29", "hand_date": "29. Juli 2024"},
        ],
    },
    "marburg-biedenkopf-2026": {
        "seed": 202603,
        "year": 2026,
        "ministry": MINISTRY_2024,
        "letterhead": ["Hessisches Ministerium für", "Arbeit, Integration,", "Jugend und Soziales"],
        "reference": None,
        "partner": {"name": "Landkreis Marburg-Biedenkopf", "nom": "der Landkreis Marburg-Biedenkopf",
                    "Nom": "Der Landkreis Marburg-Biedenkopf",
                    "gen": "des Landkreises Marburg-Biedenkopf",
                    "dat": "dem Landkreis Marburg-Biedenkopf",
                    "acc": "den Landkreis Marburg-Biedenkopf",
                    "und": "und dem Landkreis Marburg-Biedenkopf"},
        "buendnis": "2025 bis 2029",
        "amount": 1650000, "amount_text": "1.650.000,- Euro",
        "font": "LiberationSerif", "size": 47, "bullet": "–", "page_numbers": False,
        "drop": ["p1b"],
        "projects": [
            (CATEGORY_1, ["Ausbildungsreife im ländlichen Raum", "Praxisklasse Biedenkopf"]),
            (CATEGORY_2, ["Ausbildungsbegleitung Gesundheit und Pflege",
                          "Assistierte Teilzeitausbildung (ATA)", "Azubi-Coaching Hinterland"]),
            (CATEGORY_3, ["Qualifizierung Hauswirtschaft und Betreuung",
                          "Mobil in Arbeit – Führerscheinprojekt"]),
            (CATEGORY_4, []),
        ],
        "stamp": {"org": ["KREISAUSSCHUSS", "MARBURG-BIEDENKOPF"], "text": "EINGANG 3. SEP. 2026",
                  "date": "2026-09-03", "extra": ["Anl.:        FB:"], "color": "red",
                  "angle": 1.4, "position": "between"},
        "hand_font": "dancing",
        "signatories": [
            {"title": None, "name": "Miriam Osterhagen", "role": "Staatsministerin",
             "org_lines": MINISTRY_2024["org_lines"], "organization": MINISTRY_2024["name"],
             "place": "Wiesbaden", "date": "2026-06-22", "hand_date": "22.6.26"},
            {"title": "Prof. Dr.", "name": "Jens Kaltenbach", "role": "Landrat",
             "org_lines": ["des Landkreises", "Marburg-Biedenkopf"],
             "organization": "Landkreis Marburg-Biedenkopf",
             "place": "Marburg", "date": "2026-07-02", "hand_date": "2.7.2026"},
        ],
    },
    "offenbach-2025": {
        "seed": 202504,
        "year": 2025,
        "ministry": MINISTRY_2024,
        "letterhead": ["Hessisches Ministerium für", "Arbeit, Integration,", "Jugend und Soziales"],
        "reference": "III 2 – 53d 04 01",  # printed as "Az.: III 2 – 53d 04 01"
        "partner": {"name": "Stadt Offenbach am Main", "nom": "die Stadt Offenbach am Main",
                    "Nom": "Die Stadt Offenbach am Main", "gen": "der Stadt Offenbach am Main",
                    "dat": "der Stadt Offenbach am Main", "acc": "die Stadt Offenbach am Main",
                    "und": "und der Stadt Offenbach am Main"},
        "buendnis": "2025 bis 2029",
        "amount": 1987300, "amount_text": "EUR 1.987.300",
        "font": "DejaVuSans", "size": 43, "bullet": "•", "page_numbers": True,
        "drop": [],
        "projects": [
            (CATEGORY_1, ["Werkstattschule Offenbach",
                          "Sprach- und Berufsorientierung für Neuzugewanderte",
                          "Praktikumsbörse Übergang Schule-Beruf", "Kompass Ausbildung",
                          "Fit in Mathe und Deutsch"]),
            (CATEGORY_2, ["Ausbildungsverbund Mainufer"]),
            (CATEGORY_3, ["Stadtteilmütter und Stadtteilväter Offenbach",
                          "Qualifizierung Kindertagespflege", "Berufliche Perspektiven für Geflüchtete"]),
            (CATEGORY_4, []),
        ],
        "stamp": {"org": ["Stadt Offenbach am Main", "Amt für Arbeitsförderung"],
                  "text": "Eingegangen am 03.09.2025", "date": "2025-09-03",
                  "extra": ["Anl.:            Ref.:"], "color": "blue", "angle": -1.6,
                  "position": "right"},
        "hand_font": "dkg",
        "signatories": [
            {"title": None, "name": "Katharina Lenz", "role": "Staatssekretärin",
             "org_lines": MINISTRY_2024["org_lines"], "organization": MINISTRY_2024["name"],
             "place": "Wiesbaden", "date": "2025-08-11", "hand_date": "11.08.2025"},
            {"title": None, "name": "Sabine Kretschmer", "role": "Bürgermeisterin",
             "org_lines": ["der Stadt Offenbach am Main"], "organization": "Stadt Offenbach am Main",
             "place": "Offenbach am Main", "date": "2025-08-25", "hand_date": "25.8.25"},
        ],
    },
    "wetterau-2023": {
        "seed": 202305,
        "year": 2023,
        "ministry": MINISTRY_2023,
        "letterhead": ["Hessisches Ministerium für", "Soziales und Integration"],
        "reference": None,
        "partner": {"name": "Wetteraukreis", "nom": "der Wetteraukreis", "Nom": "Der Wetteraukreis",
                    "gen": "des Wetteraukreises", "dat": "dem Wetteraukreis", "acc": "den Wetteraukreis",
                    "und": "und dem Wetteraukreis"},
        "buendnis": "2020 bis 2024",
        "amount": 1743820, "amount_text": "1.743.820 EUR",
        "font": "LiberationSerif", "size": 45, "bullet": "-", "page_numbers": True,
        "drop": ["p1b", "p2b"],  # leaves a page break inside the project list
        "projects": [
            (CATEGORY_1, ["Berufsvorbereitung in Werkstätten (BiW)", "Jugendberufshilfe Wetterau"]),
            (CATEGORY_2, ["Teilzeitausbildung Wetterau (TAW)", "Ausbildungscoaching für Geflüchtete"]),
            (CATEGORY_3, ["Qualifizierung zur Alltagsbegleitung",
                          "Zertifizierte Staplerschulung mit Sprachförderung",
                          "Jobcoaching für Langzeitarbeitslose"]),
            (CATEGORY_4, []),
        ],
        "stamp": None,
        "hand_font": "dkg",
        "signatories": [
            {"title": None, "name": "Anja Reinhardt", "role": "Staatssekretärin",
             "org_lines": MINISTRY_2023["org_lines"], "organization": MINISTRY_2023["name"],
             "place": "Wiesbaden", "date": "2023-05-16", "hand_date": "16.5.23"},
            {"title": "Dr.", "name": "Markus Thielmann", "role": "Erster Kreisbeigeordneter",
             "org_lines": ["des Wetteraukreises"], "organization": "Wetteraukreis",
             "place": "Friedberg", "date": "2023-05-30", "hand_date": "30.05.2023"},
        ],
    },
}

# What to write. "pages": "all", "first" or "last". "scan": per output page (cycled when the
# document is longer): skew (deg, ccw), rotation (0/90/180/270 ccw), blur radius (px at 300 dpi),
# noise sigma (0-255), light (strength of uneven illumination), speckle (dust dots per page).
# "illegible_stamp_lines": stamp lines the scan degrades beyond reading; left out of the truth.
SAMPLES = [
    {"name": "wiesbaden-2025", "format": "pdf", "variant": "wiesbaden-2025", "pages": "all",
     "mode": "RGB", "dpi": 200, "quality": 55,
     "scan": [{"skew": 1.7, "rotation": 0, "blur": 0.5, "noise": 3.0, "light": 0.07},
              {"skew": -0.8, "rotation": 180, "blur": 0.6, "noise": 3.0, "light": 0.10},
              {"skew": -3.4, "rotation": 0, "blur": 0.4, "noise": 3.0, "light": 0.06},
              {"skew": 0.6, "rotation": 0, "blur": 0.5, "noise": 3.0, "light": 0.08},
              {"skew": 1.1, "rotation": 0, "blur": 0.5, "noise": 3.0, "light": 0.05}]},
    {"name": "kassel-2024", "format": "tiff", "variant": "kassel-2024", "pages": "all",
     "mode": "1", "dpi": 300,
     # Thresholding wipes these pale red stamp lines out of the scan (checked by eye in the
     # output), so the truth text leaves them out. "Posteingang", though broken, stays legible.
     "illegible_stamp_lines": ["Anl.:", "Bearb.:"],
     "scan": [{"skew": 6.4, "rotation": 0, "blur": 0.7, "noise": 6.0, "light": 0.05, "speckle": 40},
              {"skew": -9.5, "rotation": 0, "blur": 0.8, "noise": 6.0, "light": 0.04, "speckle": 30},
              {"skew": 3.2, "rotation": 90, "blur": 0.7, "noise": 5.0, "light": 0.05, "speckle": 60},
              {"skew": -1.8, "rotation": 0, "blur": 0.6, "noise": 6.0, "light": 0.03, "speckle": 25},
              {"skew": 8.1, "rotation": 0, "blur": 0.7, "noise": 6.0, "light": 0.04, "speckle": 20}]},
    {"name": "marburg-biedenkopf-2026", "format": "png", "variant": "marburg-biedenkopf-2026",
     "pages": "last", "mode": "L", "dpi": 200,
     "scan": [{"skew": -6.0, "rotation": 0, "blur": 0.6, "noise": 1.5, "light": 0.18,
               "speckle": 80, "levels": 6}]},
    {"name": "offenbach-2025", "format": "jpeg", "variant": "offenbach-2025", "pages": "first",
     "mode": "RGB", "dpi": 300, "quality": 35,
     "scan": [{"skew": 2.5, "rotation": 270, "blur": 0.6, "noise": 2.5, "light": 0.08}]},
    {"name": "wetterau-2023", "format": "pdf", "variant": "wetterau-2023", "pages": "all",
     "mode": "L", "dpi": 200, "quality": 50,
     "scan": [{"skew": -7.2, "rotation": 0, "blur": 0.6, "noise": 3.0, "light": 0.12},
              {"skew": 9.1, "rotation": 90, "blur": 0.7, "noise": 3.0, "light": 0.08},
              {"skew": -4.6, "rotation": 180, "blur": 0.5, "noise": 3.0, "light": 0.10},
              {"skew": 2.9, "rotation": 180, "blur": 0.6, "noise": 3.0, "light": 0.09},
              {"skew": -9.8, "rotation": 0, "blur": 0.6, "noise": 3.0, "light": 0.07}]},
]

# Written only with --extended: every variant as a full document in other formats, and clean
# upright renderings as OCR references. Too large to commit; meant for benchmarks elsewhere.
EXTENDED_SAMPLES = [
    {"name": f"{key}-clean", "format": "png", "variant": key, "pages": "first", "mode": "L",
     "dpi": 300, "scan": [{"skew": 0.0, "rotation": 0}]}
    for key in VARIANTS
] + [
    {"name": f"{key}-full", "format": "tiff", "variant": key, "pages": "all", "mode": "1", "dpi": 300,
     "scan": [{"skew": -4.2, "rotation": 270, "blur": 0.6, "noise": 5.0, "light": 0.04},
              {"skew": 5.3, "rotation": 0, "blur": 0.6, "noise": 5.0, "light": 0.04},
              {"skew": 0.9, "rotation": 180, "blur": 0.6, "noise": 5.0, "light": 0.04},
              {"skew": -2.2, "rotation": 90, "blur": 0.6, "noise": 5.0, "light": 0.04}]}
    for key in VARIANTS
]

# Written only with --validate, into samples/validate/: returned signed copies of two documents
# for `agreement-ocr validate SCAN --expect REFERENCE`, each a bitonal Group 4 TIFF at 300 dpi
# with its expected verdict. The references (the text and fields as sent out) are written
# beside them as <variant>.reference.txt and <variant>.reference.json.
# A case changes its base document by:
#   "omit_signatures": signatory indices whose scribble is left out (name, role, date stay);
#   "stamp": "none" (no received stamp) or "over-signature" (stamped over the right part of
#            the first signatory's scribble on the signature page instead of on page 1);
#   "amount_text": the total as printed instead;
#   "remove_item": (category number, item) left out of the project list;
#   "insert_sentence": (paragraph id, text it follows, sentence) added inside that paragraph;
#   "drop_pages": pages of the document left out of the scan;
#   "rotate_pages": {page: quarter turn} pages fed upside down or sideways.
# Skews (within ±3°) and noise come from the case name. Problems are derived from the changes.
VALIDATE_BASES = {"a": "wiesbaden-2025", "b": "kassel-2024"}
VALIDATE_SCAN = {"blur": 0.6, "noise": 4.0, "light": 0.04, "speckle": 12, "threshold": 170}
VALIDATE_CASES = [
    {"name": "a-clean", "base": "a"},
    {"name": "a-unsigned", "base": "a", "omit_signatures": [1]},
    {"name": "a-stamp-over-signature", "base": "a", "stamp": "over-signature"},
    {"name": "a-stamp-over-missing-signature", "base": "a", "stamp": "over-signature",
     "omit_signatures": [0]},
    {"name": "a-no-stamp", "base": "a", "stamp": "none"},
    {"name": "a-amount-changed", "base": "a", "amount_text": "2.817.460 Euro"},
    {"name": "a-project-removed", "base": "a", "remove_item": (1, "Gastro und Tageswerkstatt")},
    {"name": "a-line-added", "base": "a",
     "insert_sentence": ("p6a", "im engen Austausch.",
                         "Das {short} verpflichtet sich, nicht verausgabte Mittel {dat} im "
                         "Folgejahr erneut bereitzustellen.")},
    {"name": "a-page-missing", "base": "a", "drop_pages": [3]},
    {"name": "b-clean", "base": "b", "rotate_pages": {3: 180}},
    {"name": "b-unsigned", "base": "b", "omit_signatures": [0]},
    {"name": "b-amount-changed", "base": "b", "amount_text": "2.104.350,00 €"},
    {"name": "b-page-missing", "base": "b", "drop_pages": [2]},
]
