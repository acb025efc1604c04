"""Readers: the seed and its HTML twin, records, plain text, and bad input that must fail cleanly.

The property tests call `read_document`, which has no catch-all, so a reader bug fails them.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from appraisal.errors import ReaderError
from appraisal.readers import read_bytes, read_document, read_path, supported_extensions, walk
from appraisal.readers.summary_text import parse_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "000_68e18b48f32a60f4.txt"
if not SEED.exists():  # the shared seed is the same file
    SEED = ROOT.parent / "shared" / "seeds" / "000_68e18b48f32a60f4.txt"


def test_seed_citation_and_header():
    (s,) = read_path(SEED)
    assert s.format == "summary-text"
    assert s.title.startswith("Thymosin Alpha-1 for the Treatment of Immunocompromised Patients")
    assert s.authors == ["Romano Carratelli C", "Mazzola N", "Monticelli F"]
    assert s.journal == "Expert Opinion on Biological Therapy"
    assert s.year == 2008
    assert s.header_participants == 140
    assert s.header_duration == "6 months"


def test_seed_sections():
    (s,) = read_path(SEED)
    assert s.methods.startswith("Prospective cohort study (single-arm with historical controls).")
    assert s.key_finding.startswith("Thymosin Alpha-1 administration restored")
    assert len(s.limitations) == 4 and s.limitations[0] == "No randomized control group (historical comparator)"
    assert "Clinical Significance" in s.sections and s.clinical_significance.startswith("These findings")
    # the three trailing headings are there but empty: reported as missing, not invented
    assert s.missing == ["Compounds Studied", "Related Conditions", "Related Studies"]
    assert s.compounds == []


def test_seed_findings_table():
    (s,) = read_path(SEED)
    assert s.findings_header == ["Parameter", "Baseline", "6 Months", "Change"]
    assert len(s.findings) == 5
    first = s.findings[0]
    assert (first.parameter, first.baseline, first.follow_up, first.change) == (
        "CD4+ count (cells/μL)", "312 ± 84", "498 ± 91", "+60%")
    assert not first.uncertain
    assert first.baseline_value.mean == 312 and first.baseline_value.sd == 84
    assert first.change_percent == 60
    il2 = s.findings[2]
    assert il2.parameter == "IL-2 (TH1)" and il2.cells == ["Low", "Significantly increased"]
    assert il2.uncertain


SEED_HTML = """<!doctype html><html><head><title>t</title><script>alert('x')</script></head><body>
<nav>Skip to main content</nav>
<h1>Thymosin Alpha-1 for Immunocompromised Patients</h1>
<p>Romano Carratelli C, Mazzola N, et al.</p>
<p>Expert Opinion on Biological Therapy/2008/140 participants/6 months</p>
<h2>Key Finding</h2><p>Thymosin restored CD4+ counts.</p>
<h2>Methods</h2><p>Prospective cohort study (single-arm with historical controls).</p>
<h2>Key Findings</h2>
<table><tr><th>Parameter</th><th>Baseline</th><th>6 Months</th><th>Change</th></tr>
<tr><td>CD4+ count (cells/μL)</td><td>312 ± 84</td><td>498 ± 91</td><td>+60%</td></tr>
<tr><td>IL-2 (TH1)</td><td>Low</td><td>Significantly increased</td></tr></table>
<h2>Limitations</h2><ul><li>No randomized control group (historical comparator)</li><li>Small sample</li></ul>
<script>document.write('evil')</script><img src=x onerror="alert(1)">
</body></html>"""


def test_html_keeps_cells_and_drops_scripts():
    (s,) = read_bytes(SEED_HTML.encode(), "seed.html")
    assert s.format == "html"
    assert s.journal == "Expert Opinion on Biological Therapy" and s.year == 2008
    assert s.findings[0].cells == ["312 ± 84", "498 ± 91", "+60%"]
    assert s.findings[0].change_percent == 60 and not s.findings[0].uncertain
    assert s.findings[1].uncertain and s.findings[1].cells == ["Low", "Significantly increased"]
    assert s.limitations == ["No randomized control group (historical comparator)", "Small sample"]
    assert "alert" not in s.text and "evil" not in s.text
    assert s.methods in s.text


def test_record_with_its_own_findings_header_gets_effects():
    # a record may name its columns (findings_header) and give rows as lists or as dicts by those names
    rec = {"title": "A meta-analysis", "methods": "Meta-analysis of 12 randomized trials.",
           "findings_header": ["Outcome", "Hazard ratio", "95% CI"],
           "findings": [["All-cause death", 0.88, "0.80–0.97"],
                        {"Outcome": "Stroke", "Hazard ratio": "1.10", "95% CI": "0.95–1.27"},
                        ["Cancer", "1.30", "0.70–1.10"],  # estimate outside its interval: no effect
                        [None, "", ""]]}                   # an empty row is no finding
    (s,) = read_bytes(json.dumps(rec).encode(), "ma.json")
    assert s.findings_header == ["Outcome", "Hazard ratio", "95% CI"]
    assert [(f.parameter, f.estimate, f.interval, f.effect_scale) for f in s.findings] == [
        ("All-cause death", 0.88, (0.80, 0.97), "ratio"), ("Stroke", 1.10, (0.95, 1.27), "ratio"),
        ("Cancer", None, None, None)]
    # a header that is not a list of names falls back to the standard columns
    rec["findings_header"] = "Outcome,HR"
    (s,) = read_bytes(json.dumps(rec).encode(), "ma.json")
    assert s.findings_header == ["Parameter", "Baseline", "Follow-up", "Change"]
    assert all(f.estimate is None for f in s.findings)


def test_json_record_fields_and_text():
    rec = {"title": "A trial", "authors": ["Smith J", "Doe A"], "journal": "BMJ", "year": 2019,
           "participants": "1,200", "duration": "12 weeks",
           "methods": "Randomized, double-blind, placebo-controlled trial in 1,200 adults.",
           "limitations": ["Short follow-up"],
           "findings": [{"parameter": "HbA1c (%)", "baseline": "7.9 ± 0.8", "follow_up": "7.1 ± 0.7", "change": "-10%"}]}
    studies = read_bytes(json.dumps([rec, {"text": SEED.read_text(encoding="utf-8")}]).encode(), "batch.json")
    a, b = studies
    assert a.source == "batch.json#1" and a.header_participants == 1200 and a.year == 2019
    assert a.methods in a.text and "Short follow-up" in a.text
    assert a.findings[0].baseline_value.mean == 7.9 and a.findings[0].change_percent == -10
    assert b.journal == "Expert Opinion on Biological Therapy" and b.format == "json"


def test_csv_records():
    data = ("title,authors,journal,year,participants,methods\n"
            "\"Trial one\",\"Smith J; Doe A\",Lancet,2020,80,\"Open-label trial of 80 patients.\"\n"
            "\"Trial two\",Roe B,JAMA,2021,,\"Case report of a 54-year-old man.\"\n").encode()
    one, two = read_bytes(data, "records.csv")
    assert one.authors == ["Smith J", "Doe A"] and one.header_participants == 80
    assert two.header_participants is None and two.methods == "Case report of a 54-year-old man."


def test_plain_abstract_sections():
    text = ("Vitamin D supplementation and fractures\n\nBACKGROUND: Vitamin D may prevent fractures.\n"
            "METHODS: We randomly assigned 2,000 adults to vitamin D or placebo for 3 years.\n"
            "RESULTS: Fractures did not differ.\nCONCLUSIONS: No benefit was seen.\n")
    s = parse_text(text, "abstract.txt")
    assert s.format == "plain-text" and s.title == "Vitamin D supplementation and fractures"
    assert s.methods.startswith("We randomly assigned 2,000 adults")
    assert s.background == "Vitamin D may prevent fractures."
    assert s.key_finding == "No benefit was seen." and "RESULTS" in s.sections


def test_plain_methods_and_results_heading_feeds_methods():
    # widening: the literature reader already knew this cardiology heading; plain text did not
    text = ("Statins after infarction\n\nBackground: Statins may help.\n"
            "Methods and Results: We enrolled 4,162 patients within 10 days of infarction.\n"
            "Conclusions: Intensive therapy helped.\n")
    s = parse_text(text, "cardio.txt")
    assert s.background == "Statins may help."
    assert s.methods == "We enrolled 4,162 patients within 10 days of infarction."


def test_plain_hypothesis_heading_feeds_background():
    # widening: the literature reader already read HYPOTHESIS as background; plain text did not
    text = "Exercise and memory\n\nHypothesis\nExercise improves recall.\n\nMethods\nA 12-week trial in 60 adults.\n"
    s = parse_text(text, "hypothesis.txt")
    assert s.background == "Exercise improves recall."
    assert s.methods == "A 12-week trial in 60 adults."


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"   \n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files_raise_reader_error(data, reason):
    with pytest.raises(ReaderError, match=reason):
        read_bytes(data, "bad.txt")


def test_invalid_json_names_the_place():
    with pytest.raises(ReaderError, match=r"bad.json: not valid JSON \(line 1"):
        read_bytes(b"{not json", "bad.json")


def test_utf16_text_is_read():
    (s,) = read_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"), "seed-utf16.txt")
    assert s.journal == "Expert Opinion on Biological Therapy" and len(s.findings) == 5


def test_too_large_file_is_refused(tmp_path):
    from appraisal import readers

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (readers.MAX_BYTES + 1))
    with pytest.raises(ReaderError, match="limit"):
        read_path(big)


def test_walk_finds_supported_files(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert [p.name for p in walk([tmp_path])] == ["a.txt", "b.html"]


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000), ext=st.sampled_from(supported_extensions()))
def test_no_bytes_crash_a_reader(data, ext):
    try:
        studies = read_document(data, "fuzz" + ext)
    except ReaderError:
        return
    assert studies


_pieces = st.sampled_from([
    "Methods", "Key Findings", "Limitations", "Journal/2008/140 participants/6 months", "•", "±", "%",
    "ParameterBaseline6 MonthsChange", "CD4+ count (cells/μL)312 ± 84498 ± 91+60%", "\n", "  ", "<p>", "</table>",
    "<tr><td>", "{", "}", "[", "\"title\":", ",", "BACKGROUND:", "PMID- 1", "TY  - JOUR", "ER  -", "0.681.12",
])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(_pieces, st.text(max_size=40)), max_size=40), ext=st.sampled_from(supported_extensions()))
def test_no_text_crashes_a_reader(parts, ext):
    try:
        read_document("".join(parts).encode("utf-8"), "fuzz" + ext)
    except ReaderError:
        pass


@pytest.mark.parametrize("header, n, duration", [
    ("Lancet/2020/N/A participants/12 weeks", None, "12 weeks"),
    ("Lancet/2020/N/A/N/A", None, None),
    ("J Clin Endocrinol Metab/2019/1 participant/N/A", 1, None),
    ("BMJ/2017/11,321 participants/7 weeks to 1.5 years", 11321, "7 weeks to 1.5 years"),
    ("A Treatise of the Scurvy/1753/12 participants/14 days", 12, "14 days"),  # historical studies
])
def test_header_line_variants(header, n, duration):
    text = SEED.read_text(encoding="utf-8").replace("Expert Opinion on Biological Therapy/2008/140 participants/6 months", header)
    s = parse_text(text, "x.txt")
    assert s.format == "summary-text" and s.year in (1753, 2008, 2017, 2019, 2020)
    assert (s.header_participants, s.header_duration) == (n, duration)


# --- effect estimates of a table whose cells came split (HTML, records) ------------------------

META_HTML = """<html><body><h1>Menopausal hormone therapy and chronic disease: a meta-analysis</h1>
<p>Smith J, Doe A, et al.</p><p>JAMA/2002/16608 participants/5.2 years</p>
<h2>Key Finding</h2><p>Risks exceeded benefits.</p>
<h2>Methods</h2><p>Meta-analysis of 12 randomized controlled trials.</p>
<h2>Key Findings</h2>
<table><tr><th>Outcome</th><th>Hazard ratio</th><th>95% CI</th></tr>
<tr><td>Coronary heart disease</td><td>1.29</td><td>1.02–1.63</td></tr>
<tr><td>Stroke</td><td>1.41 (1.07–1.85)</td><td></td></tr>
<tr><td>Pain score</td><td>-4.37 to -9.75</td><td>1.0–2.0</td></tr>
<tr><td>Hip fracture</td><td>0.66</td></tr>
<tr><td>Pulmonary embolism</td><td>3.13</td><td>1.39–2.25</td></tr></table>
<h2>Limitations</h2><ul><li>One trial dominates</li></ul></body></html>"""


def test_html_ratio_table_carries_estimates_and_intervals():
    (s,) = read_bytes(META_HTML.encode(), "meta.html")
    got = [(f.parameter, f.estimate, f.interval, f.effect_scale) for f in s.findings]
    assert got[0] == ("Coronary heart disease", 1.29, (1.02, 1.63), "ratio")  # CI in the next column
    assert got[1] == ("Stroke", 1.41, (1.07, 1.85), "ratio")  # CI in the estimate's own cell
    # near misses: no number in the estimate cell; a row short of a column that is not known;
    # an estimate outside its interval
    assert got[2][1:] == got[3][1:] == got[4][1:] == (None, None, None)


def test_cells_effect_rule_is_the_splitters():
    from appraisal.readers.cells import findings_from_cells
    from appraisal.table import split_table

    rows = [["Outcome", "Mean difference", "95% CI", "Note"],
            ["SBP (mmHg)", "-3.3", "-5.1 to -1.4", "two trials"],
            ["DBP (mmHg)", "0.4", "-0.9 to 1.7"],  # the last column, a note, left empty: known
            ["Heart rate", "Lower", "-2 to -1", ""],  # a difference column holding text
            ["Weight", "-1.2", "", ""]]  # no interval
    _, kept = findings_from_cells(rows)
    _, split = split_table(["\t".join(r) for r in rows])
    assert [(f.estimate, f.interval, f.effect_scale) for f in kept] == [
        (-3.3, (-5.1, -1.4), "difference"), (0.4, (-0.9, 1.7), "difference"),
        (None, None, None), (None, None, None)]
    assert [(f.estimate, f.interval) for f in kept] == [(f.estimate, f.interval) for f in split]
    # a header with no ratio or difference column: nothing, whatever the cells
    _, plain = findings_from_cells([["Parameter", "Baseline", "Week 12"], ["LDL-C", "1.2", "1.0–1.5"]])
    assert plain[0].estimate is None and plain[0].interval is None and plain[0].effect_scale is None


def test_record_findings_keep_no_effect_under_the_fixed_header():
    # records carry baseline / follow_up / change only: a `Change` column is not a difference
    rec = {"title": "A trial", "methods": "Randomized trial.",
           "findings": [{"parameter": "Death", "baseline": "1.29", "follow_up": "1.02–1.63", "change": "-5%"}]}
    (s,) = read_bytes(json.dumps(rec).encode(), "one.json")
    assert s.findings[0].estimate is None and s.findings[0].interval is None
