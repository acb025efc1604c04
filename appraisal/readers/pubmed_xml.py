"""PubMed XML (a PubmedArticleSet of PubmedArticle / PubmedBookArticle records).

Why not Bio.Entrez: its parser validates against NLM's DTD and downloads any DTD version it does
not ship (every new PubMed DTD year would need the network), and one malformed record ends an
XML parse for the whole file. So the stream is cut at the record tags and each record is parsed
on its own with the standard library's ElementTree: no DTD, no network, a broken record costs
only itself, and memory holds one record at a time.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import TextIO

from .literature import MAX_RECORD_CHARS, AbstractPart, Record, RecordError, clean, doi_of, unique, year_of

_START = re.compile(r"<(PubmedArticle|PubmedBookArticle)[\s>]")
_BLOCK = 1 << 16


def _chunks(stream: TextIO) -> Iterator[tuple[str, str | None]]:
    """(the XML of one record, problem or None), cut at the record start and end tags."""
    buf = ""
    eof = False
    while True:
        m = _START.search(buf)
        if m:
            end_tag = f"</{m.group(1)}>"
            end = buf.find(end_tag, m.end())
            nxt = _START.search(buf, m.end())
            if nxt and (end < 0 or nxt.start() < end):  # the next record starts before this one ends
                yield buf[m.start():nxt.start()], f"no closing </{m.group(1)}> tag"
                buf = buf[nxt.start():]
                continue
            if end >= 0:
                yield buf[m.start():end + len(end_tag)], None
                buf = buf[end + len(end_tag):]
                continue
            if len(buf) - m.start() > MAX_RECORD_CHARS:
                yield buf[m.start():m.start() + 2000], f"longer than {MAX_RECORD_CHARS:,} characters; skipped"
                buf = buf[m.end():]
                buf = buf[_START.search(buf).start():] if _START.search(buf) else ""
                continue
            buf = buf[m.start():]
        else:
            buf = buf[-40:]  # a start tag may be split across two reads
        if eof:
            break
        block = stream.read(_BLOCK)
        if not block:
            eof = True
            m = _START.search(buf)
            if m:
                yield buf[m.start():], "the file ends inside the record"
            break
        buf += block


def _text(el: ET.Element | None) -> str | None:
    """All text of an element, inline markup (<i>, <sup>) flattened."""
    return clean("".join(el.itertext())) if el is not None else None


def _author(a: ET.Element) -> str | None:
    if a.get("ValidYN") == "N":
        return None
    last = clean(a.findtext("LastName"))
    if not last:
        return clean(a.findtext("CollectiveName"))
    initials = clean(a.findtext("Initials"))
    if not initials:
        fore = clean(a.findtext("ForeName")) or ""
        initials = "".join(w[0] for w in re.split(r"[\s.\-]+", fore) if w)
    return f"{last} {initials}".strip()


def _record(root: ET.Element) -> Record:
    citation = root.find("MedlineCitation")
    book = root.find("BookDocument")
    doc = citation if citation is not None else book
    if doc is None:
        raise ValueError("neither MedlineCitation nor BookDocument")
    art = doc.find("Article") if citation is not None else book
    if art is None:
        raise ValueError("no Article element")
    journal = art.find("Journal")
    date = None
    if journal is not None:
        date = journal.find("JournalIssue/PubDate")
    if date is None:
        date = art.find("Book/PubDate")
    year = year_of(" ".join(date.itertext())) if date is not None else None
    if year is None:
        year = year_of(" ".join(art.find("ArticleDate").itertext())) if art.find("ArticleDate") is not None else None

    parts = []
    for at in art.findall("Abstract/AbstractText"):
        txt = _text(at)
        if txt:
            parts.append(AbstractPart(clean(at.get("Label")), txt, at.get("NlmCategory")))
    if any(p.label for p in parts):
        abstract = "\n".join(f"{p.label}: {p.text}" if p.label else p.text for p in parts)
    else:
        abstract = " ".join(p.text for p in parts) or None
        parts = [AbstractPart(None, abstract)] if abstract else []

    doi = None
    for aid in root.findall("PubmedData/ArticleIdList/ArticleId") + doc.findall("ArticleIdList/ArticleId"):
        if aid.get("IdType") == "doi":
            doi = doi_of(aid.text)
            break
    if doi is None:
        for loc in art.findall("ELocationID"):
            if loc.get("EIdType") == "doi":
                doi = doi_of(loc.text)
                break
    journal_name = None
    if journal is not None:
        journal_name = clean(journal.findtext("Title")) or clean(journal.findtext("ISOAbbreviation"))
    if journal_name is None and citation is not None:
        journal_name = clean(citation.findtext("MedlineJournalInfo/MedlineTA"))
    return Record(
        pmid=clean(doc.findtext("PMID")), doi=doi,
        title=_text(art.find("ArticleTitle")) or _text(art.find("Book/BookTitle")) or _text(art.find("VernacularTitle")),
        authors=unique(_author(a) for a in art.findall("AuthorList/Author")),
        journal=journal_name, year=year, abstract=abstract, parts=parts,
        publication_types=unique(_text(p) for p in art.findall("PublicationTypeList/PublicationType") + doc.findall("PublicationType")),
        mesh_terms=unique(_text(d) for d in doc.findall("MeshHeadingList/MeshHeading/DescriptorName")),
    )


def _identifier(chunk: str) -> str | None:
    m = re.search(r"<PMID[^>]*>\s*(\d+)", chunk)
    if m:
        return f"PMID {m.group(1)}"
    m = re.search(r'IdType="doi"\s*>\s*([^<\s]+)', chunk)
    return f"DOI {m.group(1)}" if m else None


def records(stream: TextIO, source: str) -> Iterator[tuple[int, Record | RecordError]]:
    """(position, Record or RecordError) for each record of a PubMed XML stream."""
    position = 0
    for chunk, problem in _chunks(stream):
        position += 1
        ident = _identifier(chunk)
        if problem:
            yield position, RecordError(source, problem, position, ident)
            continue
        try:
            root = ET.fromstring(chunk)
            yield position, _record(root)
        except ET.ParseError as exc:
            line, col = getattr(exc, "position", (0, 0))
            yield position, RecordError(source, f"not well-formed XML (line {line} of the record, column {col})", position, ident)
        except (ValueError, RecursionError) as exc:
            yield position, RecordError(source, f"not a PubMed record ({exc})", position, ident)
