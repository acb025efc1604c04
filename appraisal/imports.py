"""Getting documents into the library: uploads, pasted text, literature exports, the examples.

Every file that fails is reported by name with its reason while the rest import; literature
exports stream record by record so a large export stays in bounded memory.
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReaderError
from .models import Study
from .readers import read_bytes, read_path
from .readers.literature import RecordError, iter_records, sniff_format

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MAX_FILE_BYTES = 10 * 1024 * 1024  # one study document upload; a study summary is a few kB
MAX_EXPORT_BYTES = 190 * 1024 * 1024  # one literature export (20,000 MEDLINE records are ~20 MB)


@dataclass(frozen=True)
class ImportProblem:
    """A file (or pasted text) that was not imported, and why, in the reviewer's words."""

    source: str
    reason: str


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)  # ids of studies new to the library
    already: list[int] = field(default_factory=list)  # ids of studies that were there already
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.already)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def read_upload(name: str, data: bytes, max_bytes: int = MAX_FILE_BYTES) -> list[Study]:
    """An uploaded file's studies; ReaderError with a plain reason when it cannot be imported."""
    name = (name or "upload").strip() or "upload"
    if len(data) > max_bytes:
        raise ReaderError(name, f"the file is {_size(len(data))}; files over {_size(max_bytes)} are not imported "
                                "(split it, or import it with the command line)")
    try:
        return read_bytes(data, name)
    except ReaderError:
        raise
    except Exception as exc:  # a reader bug must not take the other files down
        log.exception("reading %s failed", name)
        raise ReaderError(name, f"could not be read ({type(exc).__name__})") from exc


def import_documents(store, files: Iterable[tuple[str, bytes]], max_bytes: int = MAX_FILE_BYTES,
                     progress: Callable[[float, str], None] | None = None) -> ImportReport:
    """Read every (name, bytes) and store the studies; each failing file is listed with its reason.

    Literature exports (MEDLINE, RIS, PubMed XML) may be larger and are streamed record by record:
    a broken record is listed as `file#position` with its identifier while the others import, and
    `progress(fraction, message)` is told how far the file has been read.
    """
    report = ImportReport()
    studies: list[Study] = []
    for name, data in files:
        if sniff_format(data[:4096], name or ""):
            _import_export(store, name, data, report, progress)
            continue
        try:
            studies.extend(read_upload(name, data, max_bytes))
        except ReaderError as exc:
            report.problems.append(ImportProblem(exc.source, exc.reason))
    _store(store, studies, report)
    return report


def _store(store, studies: list[Study], report: ImportReport) -> None:
    if studies:
        for study_id, created in store.add_studies(studies):
            (report.added if created else report.already).append(study_id)


def _import_export(store, name: str, data: bytes, report: ImportReport, progress) -> None:
    """One literature export, streamed; stored in chunks so memory stays bounded."""
    if len(data) > MAX_EXPORT_BYTES:
        report.problems.append(ImportProblem(name, f"the export is {_size(len(data))}; exports over "
                                                   f"{_size(MAX_EXPORT_BYTES)} are not imported (split it)"))
        return
    chunk: list[Study] = []
    count = 0

    def tick(done: int, total: int) -> None:
        if progress and total:
            progress(min(done / total, 1.0), f"{name}: {count:,} records read")
    try:
        for item in iter_records(data, name, progress=tick):
            if isinstance(item, RecordError):
                report.problems.append(ImportProblem(f"{name}#{item.position}", item.reason))
                continue
            count += 1
            chunk.append(item)
            if len(chunk) >= 500:
                _store(store, chunk, report)
                chunk = []
    except ReaderError as exc:
        report.problems.append(ImportProblem(exc.source, exc.reason))
    _store(store, chunk, report)


def import_text(store, text: str, name: str | None = None) -> ImportReport:
    """Pasted summary text, stored like an uploaded .txt file named after its content."""
    data = (text or "").encode("utf-8")
    name = name or f"pasted-{hashlib.sha256(data).hexdigest()[:12]}.txt"
    return import_documents(store, [(name, data)])


def example_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(Path(data_dir).glob("*.txt"))


def import_examples(store, data_dir: Path = DATA_DIR) -> ImportReport:
    """The example library from data/, stored once (so every study in the library is a stored one)."""
    report = ImportReport()
    studies: list[Study] = []
    for path in example_files(data_dir):
        try:
            studies.extend(read_path(path))
        except ReaderError as exc:
            report.problems.append(ImportProblem(exc.source, exc.reason))
    _store(store, studies, report)
    return report
