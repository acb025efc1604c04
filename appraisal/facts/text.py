"""Split a Study into ranked segments and sentences, and find quotable spans in its text.

Why ranks: Methods describes *this* study, Background describes other studies. A fact is decided
by the most trustworthy segment that speaks about it (lower rank = more trusted).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter

from appraisal.models import Study

# Ranks, most trusted first (the brief's order; abstract parts slot in by their label).
METHODS, HEADER, KEY_FINDING, RESULTS, LIMITATIONS, TITLE, OBJECTIVE, SIGNIFICANCE, OTHER, BACKGROUND = range(10)

# Section headings that never describe the study's own design (tables, link lists).
_SKIP_HEADINGS = {
    "key findings", "compounds studied", "related conditions", "related studies", "references",
    "authors", "author information", "copyright", "funding", "conflict of interest",
}
_NAMED = {
    "methods": METHODS, "method": METHODS, "methodology": METHODS, "materials and methods": METHODS,
    "study design": METHODS, "design": METHODS, "participants": METHODS, "patients": METHODS,
    "setting": METHODS, "design, setting, and participants": METHODS, "interventions": METHODS,
    "intervention": METHODS, "patients and methods": METHODS, "subjects and methods": METHODS,
    "data sources": METHODS, "study selection": METHODS, "data extraction": METHODS,
    "eligibility criteria": METHODS, "search methods": METHODS, "selection criteria": METHODS,
    "main outcome measures": METHODS, "measurements": METHODS, "animals": METHODS,
    "key finding": KEY_FINDING, "results": RESULTS, "findings": RESULTS, "main results": RESULTS,
    "limitations": LIMITATIONS,
    "objective": OBJECTIVE, "objectives": OBJECTIVE, "aim": OBJECTIVE, "aims": OBJECTIVE,
    "purpose": OBJECTIVE, "importance": BACKGROUND,
    "clinical significance": SIGNIFICANCE, "conclusion": SIGNIFICANCE, "conclusions": SIGNIFICANCE,
    "interpretation": SIGNIFICANCE, "discussion": SIGNIFICANCE, "authors' conclusions": SIGNIFICANCE,
    "background": BACKGROUND, "introduction": BACKGROUND, "context": BACKGROUND,
    "rationale": BACKGROUND,
}
_ABSTRACT_LABEL = re.compile(
    r"(?:^|(?<=[\s.]))([A-Z][A-Za-z ,&']{2,45}?):\s+(?=[A-Z0-9(\[])")

# a sentence ends at . ! ? (and closing quotes/brackets) before a capital, or at a line break;
# written to start with one character class, which the regex engine scans for fast
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<!\n)[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9•]))")
# first four letters of every word (and, derived, the first three): which cue groups can match at
# all. A word is a run of [a-z0-9]: every other byte of the UTF-8 text becomes a space, and
# str.split does the rest (much faster than a regex that returns every word).
_WORD_BYTES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))
_FIRST4, _FIRST3 = itemgetter(slice(0, 4)), itemgetter(slice(0, 3))


def word_keys(low: str) -> set[str]:
    """The first four and the first three letters of every word of `low` (whole words if shorter)."""
    words = low.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).decode("ascii").split()
    keys = set(map(_FIRST4, set(words)))  # each distinct word once
    keys.update(list(map(_FIRST3, keys)))
    return keys


def lower_text(text: str) -> str:
    """Lower case with offsets unchanged (a few characters grow when lowered; keep those)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low
_BULLET = re.compile(r"^[\s•\-*·–—]+")
_HEADER_LINE = re.compile(r"^[^\n/]{2,200}/\s*\d{4}\s*/[^\n]*$", re.M)


@dataclass
class Segment:
    """One part of the study with its trust rank."""

    name: str
    rank: int
    text: str


class Document:
    """All segments joined into one string, so each pattern scans the study once.

    Segments are separated by blank lines, which are also sentence boundaries; a match offset maps
    back to its sentence and its segment by bisection.
    """

    SEP = "\n\n"

    def __init__(self, segs: list[Segment]):
        self.segments = segs
        self.header: str | None = None  # the site's header line as it stands in the text (set by document())
        self.seg_starts: list[int] = []
        pos = 0
        for s in segs:
            self.seg_starts.append(pos)
            pos += len(s.text) + len(self.SEP)
        self.text = text = self.SEP.join(s.text for s in segs)
        # pieces between sentence ends; blank ones stay in (no cue or number starts in them); a
        # line break is not part of the sentence it ends, a full stop is
        cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.starts = [0] + cuts
        self.ends = [c - (text[c - 1] == "\n") for c in cuts] + [len(text)]
        self.low = lower_text(self.text)
        self.keys = word_keys(self.low)
        # numbers are never read from Background, which sorts last
        self.end_of_study = next((self.seg_starts[i] for i, s in enumerate(segs) if s.rank >= BACKGROUND), len(self.text))
        # (start, end) of each run of segments with one rank, most trusted first, Background left out
        spans: list[tuple[int, int]] = []
        last_rank = None
        for i, seg in enumerate(segs):
            if seg.rank >= BACKGROUND:
                break
            end = self.seg_starts[i] + len(seg.text)
            if seg.rank == last_rank:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((self.seg_starts[i], end))
            last_rank = seg.rank
        self.rank_spans = spans
        self.cache: dict[str, object] = {}  # per-document results shared by the number readers

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def sentence(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]

    def segment_of(self, pos: int) -> Segment:
        return self.segments[max(bisect_right(self.seg_starts, pos) - 1, 0)]


def _abstract_parts(abstract: str) -> list[tuple[str, int, str]]:
    """Structured abstracts ("BACKGROUND: ... METHODS: ...") become ranked parts."""
    marks = [m for m in _ABSTRACT_LABEL.finditer(abstract) if m.group(1).strip().lower() in _NAMED]
    if not marks:
        return [("abstract", RESULTS, abstract)]
    parts = []
    if marks[0].start() > 0 and abstract[: marks[0].start()].strip():
        parts.append(("abstract", RESULTS, abstract[: marks[0].start()]))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(abstract)
        label = m.group(1).strip().lower()
        parts.append((label, _NAMED[label], abstract[m.end():end]))
    return parts


def header_line(study: Study) -> str | None:
    """The `Journal/Year/N participants/Duration` line as it stands in the text."""
    if not (study.header_participants or study.header_duration):
        return None
    for m in _HEADER_LINE.finditer(study.text):
        line = m.group(0).strip()
        if (study.header_duration and study.header_duration in line) or (
            # "44.335 men": the count with its thousands separators (comma or dot) left out
            study.header_participants is not None and str(study.header_participants) in line.replace(",", "").replace(".", "")
        ) or (study.header_participants and f"{study.header_participants / 1e6:g} million" in line):
            return line
    return None


# the participants slot may be a count ("30 patients"), N/A, or words without a count ("Rats", "Cell
# culture"): a header that names no people is still the site's line and still owns the duration
_SITE_HEADER = re.compile(
    # ("5,317 adults aged 65+", "7,195 residents of 60 aged-care facilities": a count with words after it;
    # "44.335 men": dots as thousands separators)
    r"^[^\n/]{2,200}/\s*\d{4}\s*/\s*(?:\d[\d,\s]*(?:\.\d{3})*\s*[A-Za-z][^\n/]{0,80}?|N/A(?:\s+[A-Za-z]+)?|[A-Za-z][A-Za-z -]{0,30})\s*/[^\n]*$", re.M | re.I)


def has_site_header(study: Study) -> bool:
    """The summary carries the site's `Journal/Year/N participants/Duration` line, even one whose
    fields say N/A: then that line, not the prose, is where the reviewer states the duration."""
    return bool(_SITE_HEADER.search(study.text))


# a parenthesised note without numbers: "12 participants (randomised crossover)", "Exercise arm (randomised)";
# or with the arm's count after it: "Whey isolate (randomised, n = 6)"
_GLOSS = re.compile(r"\(([^()\d\n]{3,60}?(?:[,;]\s*n\s*=\s*\d[\d,]*)?)\)")
# the participants slot of the site's header (the journal's name and the duration slot are left out:
# "Contemporary Clinical Trials" names a journal, "5–14 years (varies by cohort)" a duration)
_PARTICIPANTS_SLOT = re.compile(r"^[^\n/]{2,200}/\s*\d{4}\s*/(.*)/[^/]*$")


def _glosses(study: Study, line: str | None) -> str:
    """The notes a writer put in brackets after the header's count (`line`, the header line) or a results-table
    column's name ("12 participants (randomised crossover)", "Exercise arm (randomised)"): they describe the study's
    own design or groups, so they are read as the header line (one line each, so one sentence each)."""
    notes = []
    if line and "(" in line:
        m = _PARTICIPANTS_SLOT.match(line)
        if m:
            notes += _GLOSS.findall(m.group(1))
    for column in study.findings_header:
        if "(" in column:
            notes += _GLOSS.findall(column)
    return "\n".join(n.strip() for n in notes)


def document(study: Study) -> Document:
    """Every part of the study worth reading, most trusted first."""
    out: list[Segment] = []
    covered: set[str] = set()

    seen: set[str] = set()

    def add(name: str, rank: int, text: str | None):
        text = text.strip() if text else ""
        if text and text not in seen:  # readers may put one part in a field and in `sections`
            seen.add(text)
            out.append(Segment(name, rank, text))

    header = header_line(study)
    add("methods", METHODS, study.methods)
    add("header", HEADER, _glosses(study, header))
    add("key finding", KEY_FINDING, study.key_finding)
    for bullet in study.limitations:
        add("limitations", LIMITATIONS, bullet)
    add("title", TITLE, study.title)
    add("clinical significance", SIGNIFICANCE, study.clinical_significance)
    add("background", BACKGROUND, study.background)
    covered.update(name for name, value in (
        ("methods", study.methods), ("key finding", study.key_finding), ("background", study.background),
        ("clinical significance", study.clinical_significance), ("limitations", study.limitations)) if value)
    if study.abstract:
        for name, rank, text in _abstract_parts(study.abstract):
            add(name, rank, text)
    for heading, text in study.sections.items():
        h = heading.strip().lower()
        if h in covered or h in _SKIP_HEADINGS or h == "abstract" and study.abstract:
            continue
        if study.abstract and text.strip() and text.strip() in study.abstract:
            continue  # already read as part of the abstract
        if h == "abstract":
            for name, rank, part in _abstract_parts(text):
                add(name, rank, part)
            continue
        add(h, _NAMED.get(h, OTHER), text)
    if not out and study.text.strip():
        add("text", RESULTS, study.text)
    out.sort(key=lambda s: s.rank)
    doc = Document(out)
    doc.header = header  # found once, for the fact builder's header quotes too
    return doc




def clean_quote(raw: str) -> str:
    """Trim bullets and whitespace off a sentence."""
    return _BULLET.sub("", raw).strip()


def locate(quote: str, text: str) -> str | None:
    """The quote as it stands in `text` (exact), tolerating whitespace differences; else None."""
    if not quote:
        return None
    if quote in text:
        return quote
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    return m.group(0) if m else None
