"""Character error rates, written once for the scripts that measure OCR text (bench-ocr,
evaluate-pages): a whole page against its truth text, or hand-checked lines against their
best-matching spans of a page, so that reading order does not count."""
import unicodedata

import numpy as np


def normalise(text):
    """NFC, all whitespace runs as one space: layout is not what CER measures."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _codes(text):
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _last_row(a, b, free_start):
    """The last row of the edit-distance table of a against b, one numpy row at a time; with
    free_start, a may begin anywhere in b (row 0 all zero)."""
    b_codes = _codes(b)
    positions = np.arange(len(b) + 1)
    row = np.zeros(len(b) + 1, dtype=np.int64) if free_start else positions.copy()
    for i, char in enumerate(a, start=1):
        substitute = row[:-1] + (b_codes != ord(char))
        delete = row[1:] + 1
        best = np.minimum(substitute, delete)
        candidate = np.concatenate(([i], best))
        # Insertions: row[j] = min_k<=j (candidate[k] + j - k), a running minimum.
        row = np.minimum.accumulate(candidate - positions) + positions
    return row


def edit_distance(a, b):
    """Levenshtein distance."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    return int(_last_row(a, b, free_start=False)[-1])


def span_distance(line, text):
    """Edits that turn `line` into its best-matching span of `text` (a span may be empty)."""
    if not line:
        return 0
    if not text:
        return len(line)
    return int(_last_row(line, text, free_start=True).min())


def cer(found, truth):
    """Whole-page CER: edits from the found text to the truth text, over the truth's length."""
    truth_n = normalise(truth)
    return edit_distance(normalise(found), truth_n) / max(1, len(truth_n))


def line_cer(found, truth_lines):
    """CER of hand-checked lines, each against its best-matching span of the found page text."""
    text = normalise(found)
    lines = [normalise(line) for line in truth_lines if normalise(line)]
    total = sum(len(line) for line in lines)
    return sum(span_distance(line, text) for line in lines) / max(1, total)
