"""Readers turn a document (bytes + a name) into Study objects, one module per format.

Every reader has the signature `read(data: bytes, source: str) -> Iterator[Study]` and raises only
`ReaderError` (whose message names the source and the reason). A multi-record file (MEDLINE, RIS,
PubMed XML, JSON list, CSV) yields one Study per record; a broken record is reported through
`ReaderError` subclasses that carry its position, see `RecordError`.
"""
from __future__ import annotations

import os
from functools import cache
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import ReaderError
from ..models import Study

Reader = Callable[[bytes, str], Iterator[Study]]

MAX_BYTES = 50 * 1024 * 1024  # a document larger than this is refused, not read into memory


@cache
def _readers() -> dict[str, Reader]:
    """Extension -> reader; imported lazily so a reader's heavy dependency loads only when used."""
    from . import html, literature, records, summary_text

    return {
        ".txt": summary_text.read,
        ".text": summary_text.read,
        ".md": summary_text.read,
        ".html": html.read,
        ".htm": html.read,
        ".json": records.read_json,
        ".csv": records.read_csv,
        **literature.READERS,
    }


def supported_extensions() -> list[str]:
    return sorted(_readers())


def decode_text(data: bytes, source: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 as last resort.

    Binary data (NUL bytes outside UTF-16) is refused rather than turned into mojibake.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReaderError(source, f"not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:4096]:
        raise ReaderError(source, "binary file, not a text document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff(data: bytes, source: str) -> Reader:
    """Pick the reader by extension, else by the first characters of the content."""
    readers = _readers()
    ext = os.path.splitext(source.split("#", 1)[0])[1].lower()
    if ext in readers and ext not in (".txt", ".text"):
        return readers[ext]
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return readers[".html"]
    if head.startswith((b"<?xml", b"<pubmedarticleset", b"<pubmedarticle")):
        return readers[".xml"]
    if head.startswith((b"pmid-", b"pmid -")):
        return readers[".nbib"]
    if head.startswith(b"ty  -"):
        return readers[".ris"]
    return readers.get(ext, readers[".txt"])


def read_document(data: bytes, source: str) -> list[Study]:
    """Read one document with its format's reader; a reader bug surfaces as itself (for tests)."""
    if not data or not data.strip():
        raise ReaderError(source, "the file is empty")
    if len(data) > MAX_BYTES:
        raise ReaderError(source, f"the file is {len(data) / 1e6:.0f} MB; the limit is {MAX_BYTES // 1_000_000} MB")
    studies = list(sniff(data, source)(data, source))
    if not studies:
        raise ReaderError(source, "no study found in the file")
    return studies


def read_bytes(data: bytes, source: str) -> list[Study]:
    """Read one uploaded or opened document into its studies; only ReaderError escapes.

    An unexpected failure inside a reader is a bug, but it must not take a reviewer's batch down:
    it is reported like any unreadable file, naming the exception.
    """
    try:
        return read_document(data, source)
    except ReaderError:
        raise
    except Exception as exc:
        raise ReaderError(source, f"could not be read ({type(exc).__name__}: {exc})") from exc


def read_path(path: str | Path) -> list[Study]:
    """Read a file from disk (its name is the source)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReaderError(p.name, f"the file is {size / 1e6:.0f} MB; the limit is {MAX_BYTES // 1_000_000} MB")
        data = p.read_bytes()
    except OSError as exc:
        raise ReaderError(str(path), exc.strerror or str(exc)) from None
    return read_bytes(data, p.name)


def walk(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and files under directories named, that a reader handles (sorted, stable)."""
    exts = set(_readers())
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in exts and not f.name.startswith(".")))
        else:
            out.append(p)
    return out
