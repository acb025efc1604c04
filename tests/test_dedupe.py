"""The same paper in two exports is imported once; different papers are never merged."""
from __future__ import annotations

from pathlib import Path

from appraisal.dedupe import Deduper, dedupe, normalise_doi, normalise_title
from appraisal.models import Study
from appraisal.readers.literature import RecordError, iter_records

FIXTURES = Path(__file__).parent / "fixtures" / "literature"


def load(*names: str) -> list[Study]:
    return [s for n in names for s in iter_records(FIXTURES / n) if not isinstance(s, RecordError)]


def study(source: str, **kw) -> Study:
    return Study(source=source, format="medline", **kw)


def test_across_three_formats():
    kept, pairs = dedupe(load("pubmed.nbib", "pubmed.xml", "references.ris"))
    # nbib: RECOVERY, Cochrane, Baur, Holshue; xml adds WHI (RECOVERY again); ris adds Doll & Hill
    assert [s.source for s in kept] == ["pubmed.nbib#1", "pubmed.nbib#2", "pubmed.nbib#3", "pubmed.nbib#4",
                                        "pubmed.xml#1", "references.ris#4"]
    dup = {d.source: k.source for d, k in pairs}
    assert dup == {
        "pubmed.xml#2": "pubmed.nbib#1",       # same PMID
        "references.ris#1": "pubmed.nbib#1",   # same DOI, other case, https://doi.org/ prefix
        "references.ris#2": "pubmed.nbib#4",   # same PMID (AN field)
        "references.ris#3": "pubmed.nbib#3",   # no identifiers: same title, other case and punctuation
    }


def test_doi_and_title_keys():
    assert normalise_doi("https://doi.org/10.1056/NEJMoa2021436") == normalise_doi("doi: 10.1056/nejmoa2021436.")
    assert normalise_doi("not a doi") is None
    assert normalise_title("Résumé of  the TRIAL: part 1.") == normalise_title("resume of the trial - part 1")
    assert normalise_title("Editorial") is None  # too short to identify a paper


def test_same_title_different_identifiers_are_different_papers():
    title = "Antenatal corticosteroids for accelerating fetal lung maturation"
    a = study("a#1", title=title, doi="10.1002/14651858.CD004454.pub2", year=2006)
    b = study("b#1", title=title, doi="10.1002/14651858.CD004454.pub3", year=2017)
    c = study("c#1", title=title, year=2020)  # no ids, but a different year
    kept, pairs = dedupe([a, b, c])
    assert kept == [a, b, c] and pairs == []


def test_pmid_beats_title():
    a = study("a#1", pmid="123", title="One title that is long enough to count")
    b = study("b#1", pmid="123", title="A completely different rendering of it")
    c = study("c#1", pmid="456", title="One title that is long enough to count")
    kept, pairs = dedupe([a, b, c])
    assert kept == [a, c] and pairs == [(b, a)]


def test_streaming_deduper_learns_identifiers_from_duplicates():
    d = Deduper()
    ris = study("r#1", title="Dexamethasone in Hospitalized Patients with Covid-19")  # no ids
    medline = study("m#1", pmid="32678530", doi="10.1056/NEJMoa2021436",
                    title="Dexamethasone in hospitalized patients with COVID-19.")
    xml = study("x#1", pmid="32678530", title="Something else entirely, by PMID")
    other_doi = study("o#1", doi="10.1056/NEJMoa2021436", title="Only the DOI matches here")
    assert d.seen(ris) is None
    assert d.seen(medline).source == "r#1"  # title match
    assert d.seen(xml).source == "r#1"  # PMID learned from the MEDLINE copy
    kept = d.seen(other_doi)
    assert kept.source == "r#1" and kept.pmid == "32678530"
    assert len(d) == 1
