"""Literature-database exports as inputs: PubMed MEDLINE text (.nbib/.txt), PubMed XML and RIS.

A reviewer's search export holds hundreds or thousands of records; each becomes one Study with its
identifiers (PMID, DOI), citation, abstract (structured headings kept as sections), NLM publication
types and MeSH descriptors. The format modules (medline, ris, pubmed_xml) only turn one record into
a neutral `Record`; this module turns a Record into a Study, so the three formats agree exactly.

Two ways in, on purpose:
- `iter_records(path_or_bytes, source)` streams a file from disk (bounded memory, one record at a
  time) and yields a `RecordError` for each broken record in place of its Study, then goes on.
  This is the API to use when the reviewer must be told which records could not be read.
- `read_medline / read_ris / read_pubmed_xml(data, source)` (the registry's readers, `READERS`)
  yield only the good Studies: a partly broken file still imports, and its broken records are
  logged. Only when no record at all can be read do they raise (a ReaderError naming the first
  broken record).
"""
from __future__ import annotations

import codecs
import io
import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import ReaderError
from ..models import Study
from .headings import field_for_heading

log = logging.getLogger(__name__)

MAX_RECORD_CHARS = 2_000_000  # one record larger than this is broken, never buffered further
Progress = Callable[[int, int], None]  # (bytes read so far, total bytes or 0 when unknown)


class RecordError(ReaderError):
    """One record of a multi-record file could not be read; the others still are.

    `position` is the record's 1-based position in the file; `identifier` names it the way a
    reviewer can find it in the database ("PMID 32678530", "DOI 10.1056/...") or is None.
    """

    def __init__(self, source: str, reason: str, position: int, identifier: str | None = None):
        self.position = position
        self.identifier = identifier
        self.problem = reason
        where = f"record {position}" + (f" ({identifier})" if identifier else "")
        super().__init__(source, f"{where}: {reason}")


@dataclass
class AbstractPart:
    """One labelled part of a structured abstract (label None for an unstructured abstract)."""

    label: str | None
    text: str
    category: str | None = None  # NLM's own category where the format gives it (PubMed XML)


@dataclass
class Record:
    """What the three formats have in common, before it becomes a Study."""

    pmid: str | None = None
    doi: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    journal: str | None = None
    year: int | None = None
    abstract: str | None = None  # the abstract exactly as it is rendered into Study.text
    parts: list[AbstractPart] = field(default_factory=list)
    publication_types: list[str] = field(default_factory=list)
    mesh_terms: list[str] = field(default_factory=list)

    @property
    def identifier(self) -> str | None:
        if self.pmid:
            return f"PMID {self.pmid}"
        if self.doi:
            return f"DOI {self.doi}"
        return None


# ---------------------------------------------------------------------------- small text helpers

def clean(text: str | None) -> str | None:
    """Collapse whitespace (exports wrap lines, XML indents); empty -> None."""
    if text is None:
        return None
    s = " ".join(text.split())
    return s or None


def year_of(text: str | None) -> int | None:
    """First plausible year in a date string: '2021 Feb 25', '1998 Dec-1999 Jan', '2020/06/22/'."""
    m = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", text or "")
    return int(m.group(1)) if m else None


def doi_of(text: str | None) -> str | None:
    """A DOI out of '10.1056/X [doi]', 'https://doi.org/10.1056/X', 'doi:10.1056/X'."""
    m = re.search(r"10\.\d{4,9}/\S+", text or "")
    if not m:
        return None
    return m.group(0).rstrip(".,;")


def mesh_descriptor(term: str) -> str | None:
    """'Dexamethasone/*therapeutic use' -> 'Dexamethasone'; '*COVID-19' -> 'COVID-19'."""
    head = term.split("/", 1)[0].replace("*", "")
    return clean(head)


def unique(items) -> list[str]:
    seen, out = set(), []
    for it in items:
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


# --------------------------------------------------------------------- structured abstract headings

# An all-capitals heading followed by a colon: 'METHODS:', 'DESIGN, SETTING, AND PARTICIPANTS:',
# "AUTHORS' CONCLUSIONS:". Counted only at the start or after a sentence end (see split_abstract).
_HEADING = re.compile(r"(?<!\S)([A-Z][A-Z0-9 ,/&'’()\-]{1,80}?)\s?:\s+")

# What each heading's field becomes in a record's Study. A structured abstract is a summary
# throughout, so its Discussion and Clinical significance parts are read as its conclusion.
_RECORD_FIELD = {"background": "background", "methods": "methods", "results": "results",
                 "key_finding": "key_finding", "discussion": "key_finding",
                 "clinical_significance": "key_finding", "limitations": "limitations"}


def split_abstract(abstract: str) -> list[AbstractPart]:
    """'BACKGROUND: x METHODS: y' -> labelled parts; an abstract that does not open with a heading
    is unstructured and stays one unlabelled part (a capitalised word mid-sentence is no heading)."""
    cuts = []
    for m in _HEADING.finditer(abstract):
        label = m.group(1).strip()
        if sum(c.isalpha() for c in label) < 3:
            continue
        before = abstract[:m.start()].rstrip()
        if before and before[-1] not in ".!?)]":
            continue
        cuts.append((m.start(), m.end(), label))
    if not cuts or cuts[0][0] != 0:
        return [AbstractPart(None, abstract)]
    parts = []
    for i, (_, body_start, label) in enumerate(cuts):
        body_end = cuts[i + 1][0] if i + 1 < len(cuts) else len(abstract)
        parts.append(AbstractPart(label, abstract[body_start:body_end].strip()))
    return parts


# ------------------------------------------------------------------------------- Record -> Study

def render_text(rec: Record) -> str:
    """A readable rendering that holds the title, abstract, publication types and MeSH terms
    verbatim, so every quote the extractor takes from them is found in Study.text."""
    lines = [rec.title or "(no title)"]
    cite = ". ".join(x for x in (", ".join(rec.authors) or None, rec.journal, str(rec.year) if rec.year else None) if x)
    if cite:
        lines.append(cite + ".")
    ids = "  ".join(x for x in (f"PMID: {rec.pmid}" if rec.pmid else None, f"DOI: {rec.doi}" if rec.doi else None) if x)
    if ids:
        lines.append(ids)
    if rec.abstract:
        lines += ["", "Abstract", rec.abstract]
    if rec.publication_types:
        lines += ["", "Publication types"] + [f"- {pt}" for pt in rec.publication_types]
    if rec.mesh_terms:
        lines += ["", "MeSH terms"] + [f"- {mh}" for mh in rec.mesh_terms]
    return "\n".join(lines) + "\n"


def to_study(rec: Record, source: str, position: int, fmt: str) -> Study:
    """The Study for one record; a record with neither title nor abstract is broken (RecordError)."""
    if not rec.title and not rec.abstract:
        raise RecordError(source, "has no title and no abstract", position, rec.identifier)
    if any(p.label for p in rec.parts):  # one heading per line, the same in all three formats
        rec.abstract = "\n".join(f"{p.label}: {p.text}" if p.label else p.text for p in rec.parts)
    sections: dict[str, str] = {}
    by_cat: dict[str, list[str]] = {}
    for part in rec.parts:
        if part.label:
            sections[part.label] = f"{sections[part.label]} {part.text}" if part.label in sections else part.text
        cat = _RECORD_FIELD.get(field_for_heading(part.label, part.category))
        if cat and part.text:
            by_cat.setdefault(cat, []).append(part.text)
    if "results" in by_cat and "Results" not in sections:
        sections["Results"] = " ".join(by_cat["results"])

    def joined(cat: str) -> str | None:
        return " ".join(by_cat[cat]) if cat in by_cat else None

    return Study(
        source=f"{source}#{position}", format=fmt, title=rec.title, authors=rec.authors,
        journal=rec.journal, year=rec.year, pmid=rec.pmid, doi=rec.doi, abstract=rec.abstract,
        sections=sections, background=joined("background"), methods=joined("methods"),
        key_finding=joined("key_finding"), limitations=by_cat.get("limitations", []), publication_types=rec.publication_types,
        mesh_terms=rec.mesh_terms, text=render_text(rec),
    )


# ------------------------------------------------------------------------------------- streaming

class _CountingReader(io.RawIOBase):
    """Counts the bytes the text layer has pulled from the file, for a byte-based progress bar."""

    def __init__(self, raw: BinaryIO):
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.raw.readinto(b)
        self.count += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


def _encoding(head: bytes, source: str) -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else Latin-1, as the registry's decode_text decides."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head[:4096]:
        raise ReaderError(source, "binary file, not a literature export")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "latin-1"


class TextSource:
    """A text handle over a file path or bytes that knows how many bytes it has consumed."""

    def __init__(self, path_or_bytes: str | os.PathLike | bytes, source: str):
        if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
            raw: BinaryIO = io.BytesIO(bytes(path_or_bytes))
            self.total = len(path_or_bytes)
        else:
            try:
                raw = open(path_or_bytes, "rb", buffering=0)  # noqa: SIM115 - closed by close()
                self.total = os.fstat(raw.fileno()).st_size
            except OSError as exc:
                raise ReaderError(source, exc.strerror or str(exc)) from None
        try:
            head = raw.read(65536)
            raw.seek(0)
            enc = _encoding(head, source)
        except BaseException:
            raw.close()
            raise
        self.head = head
        self._counter = _CountingReader(raw)
        self.text = io.TextIOWrapper(io.BufferedReader(self._counter), encoding=enc, errors="replace", newline=None)

    @property
    def done(self) -> int:
        return self._counter.count

    def close(self) -> None:
        self.text.close()


# ------------------------------------------------------------------------------ the public API

FORMATS = ("medline", "ris", "pubmed-xml")
_EXT_FORMAT = {".nbib": "medline", ".medline": "medline", ".ris": "ris", ".xml": "pubmed-xml"}


def sniff_format(head: bytes, source: str) -> str | None:
    """'medline', 'ris' or 'pubmed-xml' from the file name, else from its first characters."""
    ext = os.path.splitext(source.split("#", 1)[0])[1].lower()
    if ext in _EXT_FORMAT:
        return _EXT_FORMAT[ext]
    start = head[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").replace(b"\x00", b"")
    if re.match(rb"PMID- ?\d", start):
        return "medline"
    if re.match(rb"TY  -", start):
        return "ris"
    if start.startswith(b"<") and (b"<PubmedArticle" in head or b"<PubmedBookArticle" in head):
        return "pubmed-xml"
    return None


def iter_records(path_or_bytes: str | os.PathLike | bytes, source: str | None = None, *,
                 fmt: str | None = None, progress: Progress | None = None) -> Iterator[Study | RecordError]:
    """Stream a MEDLINE, RIS or PubMed XML export: one Study per good record, one RecordError per
    broken one (with its position and identifier), in file order; memory stays bounded by the
    largest record. Raises ReaderError only when the file as a whole cannot be read (missing,
    binary, not a literature export). `progress(bytes_done, bytes_total)` is called per record."""
    if source is None:
        source = Path(path_or_bytes).name if not isinstance(path_or_bytes, (bytes, bytearray, memoryview)) else "upload"
    stream = TextSource(path_or_bytes, source)
    try:
        fmt = fmt or sniff_format(stream.head, source)
        if fmt not in FORMATS:
            raise ReaderError(source, "not a MEDLINE, RIS or PubMed XML export")
        if fmt == "medline":
            from .medline import records
        elif fmt == "ris":
            from .ris import records
        else:
            from .pubmed_xml import records
        for position, item in records(stream.text, source):
            if isinstance(item, Record):
                try:
                    item = to_study(item, source, position, fmt)
                except RecordError as exc:
                    item = exc
                except ValueError as exc:  # pydantic refused a value: that record is broken
                    item = RecordError(source, f"invalid field ({exc.__class__.__name__})", position, item.identifier)
            if progress:
                progress(stream.done, stream.total)
            yield item
    finally:
        stream.close()


def _read(data: bytes, source: str, fmt: str) -> Iterator[Study]:
    """Good records only; broken ones are logged. Raises when nothing at all could be read."""
    errors: list[RecordError] = []
    good = 0
    for item in iter_records(data, source, fmt=fmt):
        if isinstance(item, RecordError):
            log.warning("%s", item)
            errors.append(item)
        else:
            good += 1
            yield item
    if errors and not good:
        first = errors[0]
        more = f" ({len(errors)} broken records)" if len(errors) > 1 else ""
        raise RecordError(source, f"{first.problem}{more}", first.position, first.identifier)


def read_medline(data: bytes, source: str) -> Iterator[Study]:
    """PubMed's MEDLINE text export (.nbib, .medline, or .txt starting with 'PMID-')."""
    return _read(data, source, "medline")


def read_ris(data: bytes, source: str) -> Iterator[Study]:
    """RIS from a reference manager (EndNote, Zotero, Mendeley) or a database."""
    return _read(data, source, "ris")


def read_pubmed_xml(data: bytes, source: str) -> Iterator[Study]:
    """PubMed XML (PubmedArticleSet), as efetch or 'Save > XML' produces it."""
    return _read(data, source, "pubmed-xml")


READERS = {".nbib": read_medline, ".medline": read_medline, ".ris": read_ris, ".xml": read_pubmed_xml}

