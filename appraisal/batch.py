"""A batch of input files -> a stream of Results, for the command line and the app's importer.

Literature exports (MEDLINE, RIS, PubMed XML) are streamed record by record with bounded memory,
their broken records become error results naming position and identifier, and a record already
seen (same PMID, DOI or title, in this or an earlier file) is skipped and reported once.
Other documents are read whole, one file at a time; a file that cannot be read becomes an error
result and the batch goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .dedupe import Deduper
from .errors import AppraisalError, ReaderError
from .models import Study
from .pipeline import appraise_study
from .readers import read_path
from .readers.literature import RecordError, iter_records, sniff_format
from .report import Result
from .rubric import Rubric

Notice = Callable[[str], None]


@dataclass
class Duplicate:
    source: str
    kept: str
    why: str


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(4096)
    except OSError:
        return b""


def iter_studies(paths: Iterable[Path], progress=None, deduper: Deduper | None = None,
                 ) -> Iterator[Study | ReaderError | Duplicate]:
    """Studies of every file in order; a ReaderError (or RecordError) in place of what failed.

    `progress(bytes_done)` is told how many bytes of the batch have been read so far.
    """
    deduper = deduper or Deduper()
    done = 0
    for path in paths:
        size = path.stat().st_size if path.exists() else 0
        fmt = sniff_format(_head(path), path.name) if path.exists() else None
        if fmt:
            base = done

            def tick(read: int, _total: int, base=base) -> None:
                if progress:
                    progress(base + read)
            try:
                for item in iter_records(path, path.name, fmt=fmt, progress=tick):
                    if isinstance(item, Study):
                        kept = deduper.seen(item)
                        if kept is not None:
                            yield Duplicate(item.source, kept.source, _why(item, kept))
                            continue
                    yield item
            except ReaderError as exc:
                yield exc
        else:
            try:
                yield from read_path(path)
            except ReaderError as exc:
                yield exc
        done += size
        if progress:
            progress(done)


def _why(dup: Study, kept: Study) -> str:
    if dup.pmid and dup.pmid == kept.pmid:
        return f"same PMID {dup.pmid}"
    if dup.doi and kept.doi and dup.doi.casefold() == kept.doi.casefold():
        return f"same DOI {dup.doi}"
    return "same title"


def appraise_batch(paths: Iterable[Path], rubric: Rubric, progress=None,
                   notice: Notice | None = None) -> Iterator[Result]:
    """One Result per study (or per failure); duplicates go to `notice`, not to the report."""
    for item in iter_studies(paths, progress):
        if isinstance(item, Duplicate):
            if notice:
                notice(f"skipped duplicate {item.source}: {item.why} as {item.kept}")
            continue
        if isinstance(item, ReaderError):
            source = item.source
            if isinstance(item, RecordError):
                source = f"{item.source}#{item.position}"
            yield Result(source=source, error=item.reason)
            continue
        try:
            facts, appraisal = appraise_study(item, rubric)
        except AppraisalError as exc:
            yield Result(source=item.source, error=str(exc))
        else:
            yield Result(source=item.source, study=item, facts=facts, appraisal=appraisal)
