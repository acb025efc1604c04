"""Reader for the site's one-study plain-text summary, and for any other plain text.

The site format: title, authors, a header line `Journal/Year/N participants/Duration`, then the
sections Key Finding, Background, Methods, Key Findings (a table that lost its cell boundaries),
Clinical Significance, Limitations, Compounds Studied, Related Conditions, Related Studies.
Text without that header (a PubMed abstract, a paper) is split into sections by its headings.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Study
from ..table import VERSION as TABLE_VERSION, split_table
from .headings import field_for_heading, is_heading

SITE_SECTIONS = (
    "Key Finding", "Background", "Methods", "Key Findings", "Clinical Significance",
    "Limitations", "Compounds Studied", "Related Conditions", "Related Studies",
)
_SITE_LOOKUP = {s.casefold(): s for s in SITE_SECTIONS}
# "MethodsRandomized controlled trial in ...", "MethodsAn open-label ...": a copy that lost the line break after a
# heading runs it into its first sentence: a word with a capital straight after the name, or the one-letter words "A"
# and "I", starts that sentence ("MethodsX protocols", a journal's name, is neither). Longest name first: "Key
# Findings" before "Key Finding".
_GLUED_HEADING = re.compile(
    "^(?P<h>" + "|".join(sorted(map(re.escape, SITE_SECTIONS), key=len, reverse=True)) + r")(?=[A-Z][a-z]|[AI]\s)")

_INLINE_HEADING = re.compile(
    r"^(?P<h>[A-Z][A-Za-z ,'&/]{2,45}?)\s*[:.]\s+(?=\S)", re.UNICODE)
# the participants slot may hold a slash of its own ("ApoE−/− mice, 4 groups"): the duration is the last slot
_HEADER_LINE = re.compile(
    r"^(?P<journal>.+?)/(?P<year>(?:1[5-9]|20)\d\d|N/A|NA|n\.?d\.?)/(?P<n>N/A(?: [A-Za-z]+)?|[^/]*|.*?)/(?P<duration>N/A|[^/]*)$")
# "10.9 million people": a header count in millions
_MILLIONS = re.compile(r"\s*(\d+(?:\.\d+)?)\s*million\b", re.I)
# "44.335 men", "1.204 pts": a head count is whole, so dots between groups of three digits before a word
# are thousands separators (European style), not decimals
_DOT_THOUSANDS = re.compile(r"\s*(\d{1,3}(?:\.\d{3})+)(?![\d.,])\s+[A-Za-z]")
_PARTICIPANTS = re.compile(r"([\d][\d,.\s]*)\s*(?:[A-Za-z-]+\s*)?", re.UNICODE)
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙*\-–—]|\d+[.)])\s*")
_NAV = {"skip to main content", "skip to content", "menu", "home"}


def read(data: bytes, source: str) -> Iterator[Study]:
    from . import decode_text

    yield parse_text(decode_text(data, source), source)


def parse_text(text: str, source: str) -> Study:
    """A site summary if the header line is there, otherwise generic plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    for i, line in enumerate(lines[:15]):
        if _HEADER_LINE.match(line.strip()):
            return parse_summary(text, source, header_index=i)
    return parse_plain(text, source)


def parse_summary(text: str, source: str, header_index: int | None = None,
                  table_rows: list[list[str]] | None = None) -> Study:
    """Parse the site's summary format. `table_rows` are pre-split cells (from HTML), if known."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if header_index is None:
        header_index = next((i for i, ln in enumerate(lines[:15]) if _HEADER_LINE.match(ln.strip())), None)
        if header_index is None:
            return parse_plain(text, source)
    top = [ln.strip() for ln in lines[:header_index] if ln.strip() and ln.strip().casefold() not in _NAV]
    study = Study(source=source, format="summary-text", text=text)
    if top:
        study.title = top[0] if len(top) == 1 else top[-2]
        if len(top) >= 2:
            study.authors = parse_authors(top[-1])
    _apply_header(study, lines[header_index].strip())

    sections: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines[header_index + 1:]:
        key = raw.strip().rstrip(":").casefold()
        if key in _SITE_LOOKUP and len(raw.strip()) < 40:
            current = _SITE_LOOKUP[key]
            sections.setdefault(current, [])
            continue
        glued = _GLUED_HEADING.match(raw) if raw and raw[0] in "BCKLMR" else None  # cheap first-letter test
        if glued:
            current = glued["h"]
            sections.setdefault(current, []).append(raw[glued.end():])
            continue
        if current is not None:
            sections[current].append(raw)
    study.sections = {name: "\n".join(body).strip() for name, body in sections.items()}
    study.missing = [s for s in SITE_SECTIONS if not study.sections.get(s)]  # absent or empty

    study.key_finding = study.sections.get("Key Finding") or None
    study.background = study.sections.get("Background") or None
    study.methods = study.sections.get("Methods") or None
    study.clinical_significance = study.sections.get("Clinical Significance") or None
    study.limitations = list_items(study.sections.get("Limitations", ""))
    study.compounds = list_items(study.sections.get("Compounds Studied", ""))
    study.related_conditions = list_items(study.sections.get("Related Conditions", ""))
    study.related_studies = list_items(study.sections.get("Related Studies", ""))
    if table_rows:
        from .cells import findings_from_cells

        study.findings_header, study.findings = findings_from_cells(table_rows)
    elif "Key Findings" in sections:
        rows = [ln.strip() for ln in sections["Key Findings"] if ln.strip()]
        if rows:
            study.findings_header, study.findings = split_table(rows)
    study.table_version = TABLE_VERSION
    return study


def _apply_header(study: Study, line: str) -> None:
    m = _HEADER_LINE.match(line)
    if not m:
        return
    study.journal = m["journal"].strip() or None
    if m["year"].isdigit():
        study.year = int(m["year"])
    nm = _DOT_THOUSANDS.match(m["n"]) or re.match(r"\s*(\d[\d,\s]*)", m["n"])
    millions = _MILLIONS.match(m["n"])
    if millions:
        study.header_participants = round(float(millions.group(1)) * 1_000_000)
    elif nm:
        digits = re.sub(r"[^\d]", "", nm.group(1))
        study.header_participants = int(digits) if digits else None
    dur = m["duration"].strip()
    study.header_duration = dur if dur and dur.upper() not in ("N/A", "NA", "-") else None


def parse_authors(line: str) -> list[str]:
    """`Romano Carratelli C, Mazzola N, et al.` -> ['Romano Carratelli C', 'Mazzola N']."""
    parts = re.split(r"\s*[,;]\s*|\s+and\s+", line.strip().rstrip("."))
    return [p.strip() for p in parts if p.strip() and p.strip().rstrip(".").casefold() not in ("et al", "et. al")]


def list_items(body: str) -> list[str]:
    """Bullet or line items of a section; bullets stripped, blank lines dropped."""
    items = []
    for ln in body.split("\n"):
        s = ln.strip()
        if not s:
            continue
        items.append(_BULLET.sub("", s, count=1).strip() if _BULLET.match(s) else s)
    return [i for i in items if i]


def _heading_of(line: str) -> tuple[str | None, str]:
    """(heading, rest) if the line is a heading or starts with an inline `HEADING: text`."""
    s = line.strip()
    if is_heading(s.rstrip(":")) and len(s) <= 50:
        return s.rstrip(":").strip(), ""
    m = _INLINE_HEADING.match(s)
    if m and is_heading(m["h"]):
        return m["h"].strip(), s[m.end():]
    return None, s


def parse_plain(text: str, source: str) -> Study:
    """Any other plain text: title from the first line, sections from recognised headings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    study = Study(source=source, format="plain-text", text=text)
    lines = text.split("\n")
    sections: dict[str, list[str]] = {}
    current = None
    preamble: list[str] = []
    for raw in lines:
        heading, rest = _heading_of(raw)
        if heading:
            current = heading
            sections.setdefault(current, [])
            if rest:
                sections[current].append(rest)
            continue
        if current is None:
            preamble.append(raw)
        else:
            sections[current].append(raw)
    pre = [ln.strip() for ln in preamble if ln.strip() and ln.strip().casefold() not in _NAV]
    if pre and len(pre[0]) <= 300:
        study.title = pre[0]
    study.sections = {h: "\n".join(b).strip() for h, b in sections.items()}
    fields: dict[str, list[str]] = {}
    for heading, body in study.sections.items():
        target = field_for_heading(heading)
        if target and body:
            fields.setdefault(target, []).append(body)
    if not sections:  # no headings at all: the whole text is the abstract-like body
        body = "\n".join(pre[1:] if study.title else pre)
        fields["abstract"] = [body] if body else []
        if body:
            study.sections = {"Text": body}
    study.abstract = "\n".join(fields.get("abstract", [])) or None
    study.background = "\n".join(fields.get("background", [])) or None
    study.methods = "\n".join(fields.get("methods", [])) or None
    study.key_finding = "\n".join(fields.get("key_finding", [])) or None
    study.clinical_significance = "\n".join(fields.get("clinical_significance", [])) or None
    study.limitations = [i for b in fields.get("limitations", []) for i in list_items(b)]
    if study.methods is None and study.abstract is None and not sections:
        study.missing = ["Methods"]
    else:
        study.missing = [s for s in ("Methods",) if study.methods is None]
    return study
