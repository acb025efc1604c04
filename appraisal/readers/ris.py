"""RIS, the reference managers' exchange format (EndNote, Zotero, Mendeley, Ovid, Scopus).

Fields are read by rispy; this module cuts the stream into records at 'ER  -' first, so memory
stays bounded and a record without its 'TY' start or 'ER' end is reported rather than silently
dropped (rispy skips such records without a word). RIS has no MeSH or NLM publication-type
field: reference managers put MeSH headings in KW and the NLM type in M3 (type of work), so those
are read as such.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import rispy

from .literature import MAX_RECORD_CHARS, Record, RecordError, clean, doi_of, mesh_descriptor, split_abstract, unique, year_of

_START = re.compile(r"TY  -")
_END = re.compile(r"ER  -\s*$")
_TAG = re.compile(r"[A-Z][A-Z0-9]  -")


def _blocks(lines: Iterable[str]) -> Iterator[tuple[list[str], str | None]]:
    """(lines of one record, problem or None). A 'TY' before the previous record's 'ER' closes
    that record as broken and starts the next, so one missing 'ER' costs one record only."""
    block: list[str] = []
    size, overflow = 0, False
    for line in lines:
        if _START.match(line) and block:
            yield block, "no 'ER  -' line closes the record"
            block, size, overflow = [], 0, False
        if _END.match(line):
            if block or overflow:
                yield block, (f"longer than {MAX_RECORD_CHARS:,} characters; skipped" if overflow else None)
            block, size, overflow = [], 0, False
            continue
        if not block and not line.strip():
            continue  # blank lines between records
        if overflow:
            continue
        size += len(line)
        if size > MAX_RECORD_CHARS:
            overflow = True
            block = block[:1]
            continue
        block.append(line if line.endswith("\n") else line + "\n")
    if block and any(ln.strip() for ln in block):
        yield block, "the file ends inside the record (no 'ER  -' line)"


def _short_author(name: str) -> str:
    """'Horby, Peter' -> 'Horby P'; 'Lim, Wei Shen' -> 'Lim WS'; 'RECOVERY Collaborative Group' stays."""
    name = clean(name) or ""
    if "," not in name:
        return name
    last, first = (s.strip() for s in name.split(",", 1))
    first = first.split(",", 1)[0]  # drop a suffix such as ', Jr.'
    initials = "".join(w[0] for w in re.split(r"[\s.\-]+", first) if w and w[0].isalpha())
    return f"{last} {initials.upper()}".strip()


def _identifier(lines: list[str]) -> str | None:
    for ln in lines:
        if ln.startswith(("AN  -", "DO  -")):
            value = ln[6:].strip()
            if value:
                return ("PMID " if value.isdigit() else "DOI ") + value
    return None


def _record(entry: dict) -> Record:
    def first(*keys: str) -> str | None:
        for k in keys:
            v = entry.get(k)
            if isinstance(v, list):
                v = " ".join(v)
            v = clean(v)
            if v:
                return v
        return None

    urls = entry.get("urls") or []
    notes = " ".join(entry.get("notes") or []) + " " + (first("note") or "")
    pmid = first("accession_number")
    if not (pmid and pmid.isdigit()):
        m = re.search(r"PMID:?\s*(\d+)", notes) or re.search(r"pubmed(?:\.ncbi\.nlm\.nih\.gov|/)\D{0,10}(\d+)", " ".join(urls))
        pmid = m.group(1) if m else None
    doi = doi_of(first("doi")) or next((d for d in (doi_of(u) for u in urls) if d), None)
    abstract = first("abstract", "notes_abstract")
    work = first("type_of_work")
    return Record(
        pmid=pmid, doi=doi,
        title=first("title", "primary_title", "translated_title"),
        authors=unique(_short_author(a) for a in (entry.get("authors") or entry.get("first_authors") or [])),
        journal=first("journal_name", "alternate_title3", "secondary_title", "alternate_title2", "alternate_title1"),
        year=year_of(first("year", "publication_year", "date")),
        abstract=abstract, parts=split_abstract(abstract) if abstract else [],
        publication_types=unique(clean(t) for t in re.split(r"\s*;\s*", work)) if work else [],
        mesh_terms=unique(mesh_descriptor(k) for k in entry.get("keywords") or []),
    )


def records(lines: Iterable[str], source: str) -> Iterator[tuple[int, Record | RecordError]]:
    """(position, Record or RecordError) for each record of a RIS stream."""
    position = 0
    for block, problem in _blocks(lines):
        position += 1
        ident = _identifier(block)
        if problem is None and not _START.match(block[0]):
            problem = f"the record does not start with 'TY  -' (it starts {block[0].strip()[:40]!r})"
        if problem is None and not any(_TAG.match(ln) for ln in block[1:]):
            problem = "the record has no fields"
        if problem:
            yield position, RecordError(source, problem, position, ident)
            continue
        try:
            entries = rispy.loads("".join(block) + "ER  - \n")
        except Exception as exc:  # rispy's own failure on an odd record
            yield position, RecordError(source, f"not a RIS record ({type(exc).__name__})", position, ident)
            continue
        if len(entries) != 1:
            yield position, RecordError(source, "not a RIS record", position, ident)
            continue
        yield position, _record(entries[0])
