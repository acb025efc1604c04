"""PubMed's MEDLINE text format (.nbib, 'Save > PubMed format'): one record per blank-line block.

The fields are read by Biopython's Bio.Medline; this module only cuts the stream into record
blocks first, so a broken block is reported on its own and never stops the rest, and a runaway
block (no blank line for megabytes) is dropped instead of buffered.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from Bio import Medline

from .literature import MAX_RECORD_CHARS, Record, RecordError, clean, doi_of, mesh_descriptor, split_abstract, unique, year_of

_FIELD = re.compile(r"[A-Z][A-Z0-9]{1,3} *-(?: |$)")  # 'PMID- ', 'AB  - ', 'FAU - '
_PMID_LINE = re.compile(r"PMID- *(\d+)")


def _blocks(lines: Iterable[str]) -> Iterator[tuple[list[str], bool]]:
    """(lines of one record, complete?) split at blank lines; an over-long record comes back
    truncated and marked incomplete, and its remaining lines are skipped."""
    block: list[str] = []
    size, overflow = 0, False
    for line in lines:
        if not line.strip() and not line.startswith("      "):
            if block or overflow:
                yield block, not overflow
            block, size, overflow = [], 0, False
            continue
        if overflow:
            continue
        size += len(line)
        if size > MAX_RECORD_CHARS:
            overflow = True
            continue
        block.append(line if line.endswith("\n") else line + "\n")
    if block or overflow:
        yield block, not overflow


def _pmid_in(block: list[str]) -> str | None:
    for line in block:
        m = _PMID_LINE.match(line)
        if m:
            return m.group(1)
    return None


def _record(fields: dict) -> Record:
    def text(key: str) -> str | None:
        v = fields.get(key)
        return clean(" ".join(v) if isinstance(v, list) else v)

    def items(key: str) -> list[str]:
        v = fields.get(key) or []
        return [s for s in (clean(x) for x in ([v] if isinstance(v, str) else v)) if s]

    doi = None
    for ident in items("LID") + items("AID"):
        if ident.endswith("[doi]"):
            doi = doi_of(ident)
            break
    if doi is None:  # LID is joined into one string by Bio.Medline when it repeats
        m = re.search(r"(10\.\d{4,9}/\S+) \[doi\]", text("LID") or "")
        doi = m.group(1) if m else None
    abstract = text("AB")
    return Record(
        pmid=text("PMID"), doi=doi,
        title=text("TI") or text("BTI"),
        authors=unique(items("AU") + items("CN")),
        journal=text("JT") or text("TA"),
        year=year_of(text("DP")),
        abstract=abstract, parts=split_abstract(abstract) if abstract else [],
        publication_types=unique(items("PT")),
        mesh_terms=unique(mesh_descriptor(t) for t in items("MH")),
    )


def records(lines: Iterable[str], source: str) -> Iterator[tuple[int, Record | RecordError]]:
    """(position, Record or RecordError) for each record block of a MEDLINE stream."""
    position = 0
    for block, complete in _blocks(lines):
        position += 1
        pmid = _pmid_in(block)
        ident = f"PMID {pmid}" if pmid else None
        if not complete:
            yield position, RecordError(source, f"longer than {MAX_RECORD_CHARS:,} characters; skipped", position, ident)
            continue
        bad = next((i for i, ln in enumerate(block, 1) if not (ln.startswith("      ") and i > 1) and not _FIELD.match(ln)), None)
        if bad is not None:
            snippet = block[bad - 1].strip()[:60]
            yield position, RecordError(source, f"line {bad} of the record is not a MEDLINE field: {snippet!r}", position, ident)
            continue
        try:
            fields = Medline.read(block)
        except Exception as exc:  # Bio.Medline's own failure on an odd block
            yield position, RecordError(source, f"not a MEDLINE record ({type(exc).__name__})", position, ident)
            continue
        yield position, _record(fields)
