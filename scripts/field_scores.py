"""Field comparison, written once: an agreement-ocr output against a truth file's `fields`.

Used by scripts/evaluate (the report), scripts/bench-ocr (its field table) and the end-to-end
tests (through `scripts/evaluate --pair`), so that what counts as a right value is defined here
and nowhere else.

Every truth field is one check with one outcome:
  right   the output holds the same value (strings NFC with whitespace runs collapsed, numbers
          to the cent, both null counts as right);
  absent  the output holds null where the truth has a value (the precision-first answer when
          a value cannot be read), or lacks the key (never right, even where the truth is null);
  wrong   the output holds a value, and it is not the truth's (a value where the truth has
          none included).
A value the output reports with no counterpart in the truth (a fourth signatory, an extra
project item) is a check of its own, outcome wrong, path marked "extra".

List fields are paired before their keys are compared: signatories by name, then by order;
amounts by value; projects by number; project items, parties and stamps by their text or date.
Those that do not match on that key are paired with the most alike one left (in order where
none is alike), so a misread name is one wrong value, not a missing signatory plus a spurious
one, and two misread names in a grid are not crossed.
"""
import difflib
import math
import unicodedata

MISSING = object()  # a key the output does not have at all

# The keys compared per list, in the order reports show them.
DOCUMENT_KEYS = ["type", "title", "year", "reference"]
LIST_KEYS = {
    "parties": ["name", "short_name"],
    "received_stamps": ["date", "page"],
    "amounts": ["value", "currency", "section", "is_total", "page"],
    "projects": ["number", "category", "page"],  # items are compared one by one, below
    "signatories": ["name", "title", "role", "organization", "place", "date", "signature_present", "page"],
}
FIELDS = ([f"document.{key}" for key in DOCUMENT_KEYS]
          + [f"{group}.{key}" for group, keys in LIST_KEYS.items() for key in keys]
          + ["projects.items"])


def normalise(text):
    """NFC, whitespace runs as one space (the same rule as text_measures.normalise)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def canonical(value):
    if isinstance(value, str):
        return normalise(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def is_empty(value):
    return value is MISSING or value is None


def same(expected, found):
    if found is MISSING:
        return False
    if isinstance(expected, bool) or isinstance(found, bool):
        return type(expected) is type(found) and expected == found
    if isinstance(expected, (int, float)) and isinstance(found, (int, float)):
        return math.isclose(expected, found, abs_tol=0.005)
    return canonical(expected) == canonical(found)


def outcome(expected, found):
    if same(expected, found):
        return "right"
    return "absent" if is_empty(found) else "wrong"


def get(entry, key):
    return entry.get(key, MISSING) if isinstance(entry, dict) else MISSING


class Check:
    """One compared field: where, what was expected and found, the outcome, and the confidence
    and rule of the output object that holds the found value (None when there is none)."""
    __slots__ = ("sample", "field", "path", "expected", "found", "outcome", "confidence", "rule")

    def __init__(self, sample, field, path, expected, found, source):
        self.sample, self.field, self.path = sample, field, path
        self.expected, self.found = expected, found
        self.outcome = outcome(expected, found)
        confidence = get(source, "confidence")
        self.confidence = confidence if isinstance(confidence, (int, float)) and not is_empty(found) else None
        rule = get(source, "rule")
        self.rule = rule if isinstance(rule, str) else None

    def as_json(self):
        def shown(value):
            return None if value is MISSING else value
        return {"sample": self.sample, "field": self.field, "path": self.path, "outcome": self.outcome,
                "expected": shown(self.expected), "found": shown(self.found),
                "confidence": self.confidence, "rule": self.rule}


def likeness(a, b):
    """0..1: how alike two keys are as text (a misread name against the true one)."""
    if a is None or b is None or a is MISSING or b is MISSING:
        return 0.0
    return difflib.SequenceMatcher(None, str(canonical(a)), str(canonical(b))).ratio()


def pair(expected, found, key, alike_key=None):
    """(expected index or None, found object or None) pairs: equal keys first, then the rest by
    the most alike key (in order where nothing is alike); leftovers on either side pair with
    None."""
    left_found = list(range(len(found)))
    pairs, unmatched = [], []
    for index, want in enumerate(expected):
        match = next((j for j in left_found if same(key(want), key(found[j]))), None)
        if match is None:
            unmatched.append(index)
        else:
            left_found.remove(match)
            pairs.append((index, found[match]))
    for index in unmatched:
        if not left_found:
            pairs.append((index, None))
            continue
        alike = alike_key or key
        best = max(left_found, key=lambda j: (likeness(alike(expected[index]), alike(found[j])), -j))
        left_found.remove(best)
        pairs.append((index, found[best]))
    pairs.sort(key=lambda p: p[0])
    pairs += [(None, found[j]) for j in left_found]
    return pairs


def compare(sample, truth_fields, output):
    """Every check of one document: `truth_fields` is a truth file's `fields`, `output` the
    agreement-ocr JSON (a dict)."""
    checks = []

    def add(field, path, expected, found, source):
        checks.append(Check(sample, field, path, expected, found, source))

    document = get(output, "document")
    for key in DOCUMENT_KEYS:
        add(f"document.{key}", f"document/{key}", truth_fields["document"][key], get(document, key), document)

    list_key = {
        "parties": lambda p: get(p, "name"),
        "received_stamps": lambda s: get(s, "date"),
        "amounts": lambda a: round(a["value"] * 100) if isinstance(get(a, "value"), (int, float)) else None,
        "projects": lambda p: get(p, "number"),
        "signatories": lambda s: get(s, "name"),
    }
    # A signatory whose name was left out is still known by its role and organisation.
    alike_key = {"signatories": lambda s: " ".join(str(get(s, k)) for k in ("name", "role", "organization")
                                                   if not is_empty(get(s, k)))}
    for group, keys in LIST_KEYS.items():
        expected = truth_fields[group]
        found = get(output, group)
        found = [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []
        extra = 0
        for index, have in pair(expected, found, list_key[group], alike_key.get(group)):
            if index is None:
                label, want = f"extra{extra}", {}
                extra += 1
            else:
                label, want = str(index if group != "projects" else expected[index]["number"]), expected[index]
            for key in keys:
                value = get(have, key) if have is not None else MISSING
                if index is None:
                    if not is_empty(value):
                        add(f"{group}.{key}", f"{group}/{label}/{key}", None, value, have)
                    continue
                add(f"{group}.{key}", f"{group}/{label}/{key}", want[key], value, have)
            if group == "projects":
                want_items = want.get("items", []) if index is not None else []
                have_items = get(have, "items") if have is not None else MISSING
                have_items = [i for i in have_items if isinstance(i, str)] if isinstance(have_items, list) else []
                item_extra = 0
                for item_index, item in pair(want_items, have_items, lambda text: text):
                    if item_index is None:
                        add("projects.items", f"projects/{label}/items/extra{item_extra}", None, item, have)
                        item_extra += 1
                    else:
                        add("projects.items", f"projects/{label}/items/{item_index}", want_items[item_index],
                            MISSING if item is None else item, have)
    return checks


# ---------------------------------------------------------------------------------------------
# Summaries

CONFIDENCE_BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.98), (0.98, 1.0001)]
# Bands of the extractors' raw confidence that a calibration maps to a measured share each,
# and how many values of the rule's own share a band's measurement is pulled towards (a
# band of few values says little on its own).
RAW_BANDS = [0.5, 0.7, 0.8, 0.9, 1.0001]
PRIOR_VALUES = 20


def tally(checks):
    counts = {"right": 0, "wrong": 0, "absent": 0}
    for check in checks:
        counts[check.outcome] += 1
    total = sum(counts.values())
    reported = sum(1 for c in checks if not is_empty(c.found))
    reported_right = sum(1 for c in checks if not is_empty(c.found) and c.outcome == "right")
    expected = sum(1 for c in checks if not is_empty(c.expected))
    counts.update(total=total, reported=reported, reported_right=reported_right, expected=expected,
                  accuracy=counts["right"] / total if total else None,
                  wrong_share=counts["wrong"] / total if total else None,
                  precision=reported_right / reported if reported else None,
                  recall=reported_right / expected if expected else None)
    return counts


def calibration(checks):
    """Per confidence band of the reported values: how many, and the share that is right."""
    rows = []
    for low, high in CONFIDENCE_BANDS:
        band = [c for c in checks if c.confidence is not None and low <= c.confidence < high]
        right = sum(c.outcome == "right" for c in band)
        rows.append({"band": [low, min(high, 1.0)], "values": len(band), "right": right,
                     "share_right": right / len(band) if band else None})
    return rows


def by_rule(checks):
    """Per extraction rule of the reported values: how many, right, and the mean confidence it
    claimed, so a rule's confidence can be set from what it measured."""
    rules = {}
    for check in checks:
        if check.confidence is None or check.rule is None:
            continue
        entry = rules.setdefault(check.rule, {"values": 0, "right": 0, "confidence_sum": 0.0})
        entry["values"] += 1
        entry["right"] += check.outcome == "right"
        entry["confidence_sum"] += check.confidence
    return {rule: {"values": e["values"], "right": e["right"], "share_right": e["right"] / e["values"],
                   "mean_confidence": e["confidence_sum"] / e["values"]}
            for rule, e in sorted(rules.items())}


def fit_calibration(checks):
    """Per rule, per band of raw confidence (RAW_BANDS): the share of reported values that were
    right, pulled towards the rule's own share by PRIOR_VALUES values, then made never to fall
    as the raw confidence rises (pooling adjacent bands that do). The table the extractor's
    --calibration file holds: {rule: [{"below", "share_right", "values"}, ...]}."""
    table = {}
    for rule in sorted({c.rule for c in checks if c.rule and c.confidence is not None}):
        reported = [c for c in checks if c.rule == rule and c.confidence is not None]
        right = sum(c.outcome == "right" for c in reported)
        prior = (right + 1) / (len(reported) + 2)  # the rule's share, never exactly 0 or 1
        bands, low = [], 0.0
        for below in RAW_BANDS:
            band = [c for c in reported if low <= c.confidence < below]
            band_right = sum(c.outcome == "right" for c in band)
            weight = len(band) + PRIOR_VALUES
            bands.append({"below": below, "share": (band_right + PRIOR_VALUES * prior) / weight,
                          "weight": weight, "values": len(band), "members": 1})
            low = below
        pooled = []
        for band in bands:  # pool adjacent violators
            pooled.append(dict(band))
            while len(pooled) > 1 and pooled[-2]["share"] > pooled[-1]["share"]:
                last, before = pooled.pop(), pooled.pop()
                weight = last["weight"] + before["weight"]
                before.update(share=(before["share"] * before["weight"] + last["share"] * last["weight"]) / weight,
                              weight=weight, values=before["values"] + last["values"],
                              members=before["members"] + last["members"], below=last["below"])
                pooled.append(before)
        table[rule] = [{"below": b["below"], "share_right": round(b["share"], 4), "values": b["values"]} for b in pooled]
    return table


def signature_targets(checks):
    """The issue's two absolute targets: every signature-presence decision right, every signing
    date right or absent."""
    presence = [c for c in checks if c.field == "signatories.signature_present" and not c.path.count("extra")]
    dates = [c for c in checks if c.field == "signatories.date"]
    return {"signature_present_right": sum(c.outcome == "right" for c in presence),
            "signature_present_total": len(presence),
            "signing_dates_right": sum(c.outcome == "right" for c in dates),
            "signing_dates_absent": sum(c.outcome == "absent" for c in dates),
            "signing_dates_wrong": sum(c.outcome == "wrong" for c in dates),
            "signing_dates_total": len(dates)}
