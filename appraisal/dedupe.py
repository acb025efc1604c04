"""Recognise the same paper exported twice (two searches, two databases) so it is appraised once.

Match by PMID, then DOI, then normalised title. A title match counts only when the identifiers and
years do not contradict it: a Cochrane review and its update share a title but not a DOI, PMID or
year, and are different records a reviewer must see both of.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .models import Study

MIN_TITLE_KEY = 20  # shorter titles ("Editorial", "Correction") say nothing about identity


def normalise_pmid(pmid: str | None) -> str | None:
    digits = re.sub(r"\D", "", pmid or "").lstrip("0")
    return digits or None


def normalise_doi(doi: str | None) -> str | None:
    """'https://doi.org/10.1056/NEJMoa2021436' and 'doi:10.1056/nejmoa2021436' -> one key."""
    s = (doi or "").strip().casefold()
    s = re.sub(r"^(?:https?://)?(?:dx\.)?doi\.org/|^doi:\s*", "", s)
    s = s.rstrip(".,; ")
    return s if s.startswith("10.") else None


def normalise_title(title: str | None) -> str | None:
    """Unicode-normalised, accents and case folded, letters and digits only: the title as a key."""
    s = unicodedata.normalize("NFKD", title or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = "".join(c for c in s if c.isalnum())
    return s if len(s) >= MIN_TITLE_KEY else None


class _Kept:
    """The identifiers of one kept study: a few strings, so 100,000 of them stay small."""

    __slots__ = ("source", "format", "title", "pmid", "doi", "year")

    def __init__(self, study: Study):
        self.source, self.format, self.title = study.source, study.format, study.title
        self.pmid, self.doi, self.year = study.pmid, study.doi, study.year

    def as_study(self) -> Study:
        return Study.model_construct(source=self.source, format=self.format, title=self.title,
                                     pmid=self.pmid, doi=self.doi, year=self.year)


class Deduper:
    """Streaming duplicate check for large imports: `seen(study)` returns the study already kept
    that this one duplicates, or None (and remembers this one as kept).

    Memory holds only identifiers per kept record, not whole studies: what `seen` returns is a
    slim Study carrying the kept record's source, format, title, PMID, DOI and year.
    """

    def __init__(self) -> None:
        self._kept: list[_Kept] = []
        self._by_pmid: dict[str, int] = {}
        self._by_doi: dict[str, int] = {}
        self._by_title: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._kept)

    def match(self, study: Study) -> int | None:
        """Index (in keeping order) of the kept study this one duplicates, else None."""
        pmid, doi = normalise_pmid(study.pmid), normalise_doi(study.doi)
        if pmid and pmid in self._by_pmid:
            return self._by_pmid[pmid]
        if doi and doi in self._by_doi:
            return self._by_doi[doi]
        title = normalise_title(study.title)
        if title and title in self._by_title:
            i = self._by_title[title]
            if self._compatible(self._kept[i], pmid, doi, study.year):
                return i
        return None

    def seen(self, study: Study) -> Study | None:
        i = self.match(study)
        if i is None:
            i = len(self._kept)
            self._kept.append(_Kept(study))
            self._remember(study, i)
            return None
        kept = self._kept[i]  # what the duplicate adds (a PMID the RIS copy lacked) now belongs to it
        kept.pmid, kept.doi, kept.year = kept.pmid or study.pmid, kept.doi or study.doi, kept.year or study.year
        self._remember(study, i)
        return kept.as_study()

    def _remember(self, study: Study, i: int) -> None:
        pmid, doi, title = normalise_pmid(study.pmid), normalise_doi(study.doi), normalise_title(study.title)
        if pmid:
            self._by_pmid.setdefault(pmid, i)
        if doi:
            self._by_doi.setdefault(doi, i)
        if title:
            self._by_title.setdefault(title, i)

    @staticmethod
    def _compatible(kept: _Kept, pmid: str | None, doi: str | None, year: int | None) -> bool:
        """Same title is the same paper unless a PMID, DOI or year says otherwise."""
        kp, kd = normalise_pmid(kept.pmid), normalise_doi(kept.doi)
        if pmid and kp and pmid != kp:
            return False
        if doi and kd and doi != kd:
            return False
        return not (year and kept.year and year != kept.year)


def dedupe(studies: Iterable[Study]) -> tuple[list[Study], list[tuple[Study, Study]]]:
    """(kept studies in input order, [(duplicate, the kept study it duplicates), ...])."""
    deduper = Deduper()
    kept: list[Study] = []
    pairs: list[tuple[Study, Study]] = []
    for study in studies:
        i = deduper.match(study)
        deduper.seen(study)
        if i is None:
            kept.append(study)
        else:
            pairs.append((study, kept[i]))
    return kept, pairs
