"""Readers for structured study records: JSON (one object, a list, or our own report) and CSV.

A record either carries a whole summary in `text` (parsed like a .txt file) or the fields
themselves (title, authors, journal, year, participants, duration, methods, limitations, findings...),
from which a readable text is rendered so every quote still has a place in the source.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from ..errors import ReaderError
from ..models import Study
from .cells import finding_from_cells
from .summary_text import list_items, parse_authors, parse_text

_TEXT_FIELDS = ("key_finding", "background", "methods", "clinical_significance", "abstract")
_ALIASES = {
    "summary": "key_finding", "key finding": "key_finding", "conclusion": "key_finding",
    "conclusions": "key_finding", "method": "methods", "clinical significance": "clinical_significance",
    "n": "participants", "sample_size": "participants",
    "header_participants": "participants", "header_duration": "duration",
    "compounds studied": "compounds", "related conditions": "related_conditions",
    "related studies": "related_studies", "authors_list": "authors", "author": "authors",
    "publication_year": "year", "date": "year", "journal_title": "journal",
}


def read_json(data: bytes, source: str) -> Iterator[Study]:
    from . import decode_text

    try:
        doc = json.loads(decode_text(data, source))
    except json.JSONDecodeError as exc:
        raise ReaderError(source, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    records = doc if isinstance(doc, list) else doc.get("studies", [doc]) if isinstance(doc, dict) else None
    if not isinstance(records, list):
        raise ReaderError(source, "JSON must be a study object or a list of them")
    for i, rec in enumerate(records, 1):
        name = source if len(records) == 1 else f"{source}#{i}"
        if not isinstance(rec, dict):
            raise ReaderError(name, f"record {i} is a {type(rec).__name__}, not an object")
        if isinstance(rec.get("study"), dict):  # our own JSON report: read the study back
            rec = rec["study"]
        yield study_from_record(rec, name, "json")


def read_csv(data: bytes, source: str) -> Iterator[Study]:
    from . import decode_text

    text = decode_text(data, source)
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ReaderError(source, f"not valid CSV ({exc})") from None
    if not rows or not any(k for k in (rows[0] or {}) if k):
        raise ReaderError(source, "the CSV has no header row with study fields")
    for i, row in enumerate(rows, 1):
        rec = {(k or "").strip().casefold(): v for k, v in row.items() if k}
        yield study_from_record(rec, source if len(rows) == 1 else f"{source}#{i}", "csv")


def _norm_keys(rec: dict) -> dict:
    out = {}
    for k, v in rec.items():
        key = str(k).strip().casefold()
        key = _ALIASES.get(key, key).replace(" ", "_")
        out[key] = v
    return out


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    s = str(value)
    if "\n" in s or "•" in s:
        return list_items(s)
    return [p.strip() for p in s.split(";") if p.strip()]


def study_from_record(rec: dict, source: str, fmt: str) -> Study:
    """One record -> Study; a record with a `text` field is parsed as a full document."""
    rec = _norm_keys(rec)
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        study = parse_text(rec["text"], source)
        study.format = fmt
        return study
    if not any(rec.get(k) for k in ("title", "methods", "abstract", "key_finding")):
        raise ReaderError(source, "record has none of the fields title, methods, abstract, key_finding or text")
    authors = rec.get("authors")
    authors = parse_authors(authors) if isinstance(authors, str) else _as_list(authors)
    year = rec.get("year")
    try:
        year = int(str(year).strip()[:4]) if year not in (None, "") else None
    except ValueError:
        year = None
    n = rec.get("participants")
    try:
        n = int(str(n).replace(",", "").split()[0]) if n not in (None, "") else None
    except (ValueError, IndexError):
        n = None
    study = Study(
        source=source, format=fmt,
        title=_str(rec.get("title")), authors=authors, journal=_str(rec.get("journal")), year=year,
        header_participants=n, header_duration=_str(rec.get("duration")),
        limitations=_as_list(rec.get("limitations")), compounds=_as_list(rec.get("compounds")),
        related_conditions=_as_list(rec.get("related_conditions")),
        related_studies=_as_list(rec.get("related_studies")),
        pmid=_str(rec.get("pmid")), doi=_str(rec.get("doi")),
        publication_types=_as_list(rec.get("publication_types")), mesh_terms=_as_list(rec.get("mesh_terms")),
        **{k: _str(rec.get(k)) for k in _TEXT_FIELDS},
    )
    findings = rec.get("findings")
    if isinstance(findings, list) and findings:
        given = rec.get("findings_header")
        own = isinstance(given, list) and len(given) >= 2 and all(isinstance(h, (str, int, float)) for h in given)
        header = [str(h).strip() for h in given] if own else list(_STANDARD_HEADER)
        study.findings_header = header
        for row in findings:
            cells = _row_cells(row, header if own else None)
            if cells:
                study.findings.append(finding_from_cells(header, cells))
    study.text = render_text(study)
    study.sections = {name: body for name, body in (
        ("Key Finding", study.key_finding), ("Background", study.background), ("Methods", study.methods),
        ("Abstract", study.abstract), ("Clinical Significance", study.clinical_significance),
        ("Limitations", "\n".join(study.limitations) or None)) if body}
    study.missing = [s for s in ("Methods", "Limitations") if s not in study.sections]
    return study


_STANDARD_HEADER = ("Parameter", "Baseline", "Follow-up", "Change")
_STANDARD_KEYS = ("parameter", "baseline", "follow_up", "change")


def _row_cells(row, header: list[str] | None) -> list[str] | None:
    """A findings row as cells: a list as given, or a dict by the record's own column names
    (`findings_header`, so a hazard-ratio table keeps its columns and gets its forest plot) or by
    the standard keys parameter / baseline / follow_up / change. Trailing empty cells are dropped."""
    if isinstance(row, list):
        cells = ["" if c is None else str(c).strip() for c in row]
    elif isinstance(row, dict):
        keys = header if header and any(h in row for h in header[1:]) else _STANDARD_KEYS
        cells = [str(row.get(k) if row.get(k) is not None else "").strip() for k in keys]
    else:
        return None
    while len(cells) > 1 and not cells[-1]:
        cells.pop()
    return cells if any(cells) else None


def _str(v) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def render_text(s: Study) -> str:
    """A readable text of a structured record, in the site's layout, for quotes and display."""
    parts = [s.title or "", ", ".join(s.authors)]
    header = "/".join([s.journal or "", str(s.year or "N/A"),
                       f"{s.header_participants} participants" if s.header_participants else "N/A",
                       s.header_duration or "N/A"])
    parts.append(header)
    for name, body in (("Key Finding", s.key_finding), ("Background", s.background), ("Abstract", s.abstract),
                       ("Methods", s.methods), ("Clinical Significance", s.clinical_significance)):
        if body:
            parts += [name, body]
    if s.limitations:
        parts += ["Limitations"] + [f"• {x}" for x in s.limitations]
    if s.publication_types:
        parts += ["Publication types"] + s.publication_types
    if s.mesh_terms:
        parts += ["MeSH terms"] + s.mesh_terms
    return "\n\n".join(p for p in parts if p)
