"""Rows named by a number under a header whose first column names a unit, the table's checks of
such labels (ratio to the first value, shared decimals), header column names inside a row, and a
p column's number cut off a decimal; each with a near miss that keeps its reading."""
from __future__ import annotations

from appraisal.table import split_row, split_table
from appraisal.table.header import _columns

DOSE = "Dose in feed (ppm)Approx. daily dose (mg/kg)Lymphomas/leukaemias in females"
DOSE_ROWS = ["00Reference", "804Not significant", "40020Increased", "2,000100Increased",
             "10,000500Increased", "50,0002,500Increased", "100,0005,000Increased"]
TROPONIN = ["Peak troponin T (ng/mL)", "Patients (%)", "30-day mortality", "Adjusted HR"]
ETASS = ["Outcome", "Control (n = 180)", "Tα1 (n = 181)", "P value"]


def cells(f):
    return [f.parameter, *f.cells]


# --- the parameter column names a unit: a row may be named by a number --------------------------

def test_header_naming_a_unit_allows_numeric_labels():
    assert _columns(["Dose in feed (ppm)", "A", "B"]).numeric_label
    assert _columns(["HBV DNA at entry (copies/mL)", "A", "B"]).numeric_label
    assert _columns(["Hypnotic use (doses/year)", "A", "B"]).numeric_label
    # near misses: a time point, a statistic, a count, no bracket
    for first in ("Outcome (week 26)", "Daily steps (median)", "Tissue (studies)", "Group (n)",
                  "Outcome", "Event (per season)"):
        assert not _columns([first, "A", "B"]).numeric_label, first


def test_numeric_labels_split_under_a_unit_header():
    header, rows = split_table([DOSE] + DOSE_ROWS)
    assert header == ["Dose in feed (ppm)", "Approx. daily dose (mg/kg)", "Lymphomas/leukaemias in females"]
    assert [cells(f) for f in rows] == [
        ["0", "0", "Reference"], ["80", "4", "Not significant"], ["400", "20", "Increased"],
        ["2,000", "100", "Increased"], ["10,000", "500", "Increased"], ["50,000", "2,500", "Increased"],
        ["100,000", "5,000", "Increased"]]
    assert not any(f.uncertain for f in rows)


def test_numeric_label_alone_is_ambiguous_until_the_table_ratio_decides():
    header = ["Dose in feed (ppm)", "Approx. daily dose (mg/kg)", "Lymphomas/leukaemias in females"]
    f = split_row("40020Increased", header)  # 400 | 20 or 4002 | 0: the row alone cannot tell
    assert cells(f) == ["400", "20", "Increased"] and f.uncertain
    # near miss: a table whose certain rows disagree on the ratio leaves the row uncertain
    _, rows = split_table([DOSE, "40020Increased", "2,000100Increased", "10,000900Increased"])
    assert rows[0].uncertain


def test_numeric_label_without_a_unit_header_is_not_read():
    # near miss: the same row under a header whose first column names no unit keeps its old reading
    f = split_row("804Not significant", ["Dose in feed", "Approx. daily dose (mg/kg)", "Effect"])
    assert f.parameter == "804Not significant" and f.cells == [] and f.uncertain


def test_word_rows_under_a_unit_header_keep_their_names():
    header = ["Dose in feed (ppm)", "Approx. daily dose (mg/kg)", "Lymphomas/leukaemias in females"]
    f = split_row("Control group00Reference", header)
    assert f.parameter.startswith("Control group")


def test_label_decimals_follow_the_table():
    lines = ["Peak troponin T (ng/mL)Patients (%)30-day mortalityAdjusted HR",
             "≤0.0188.4%1.0%Reference", "0.023.3%4.0%2.41", "0.03–0.297.0%9.3%5.00",
             "≥0.301.3%16.9%10.48"]
    header, rows = split_table(lines)
    assert header == TROPONIN
    assert [cells(f) for f in rows] == [
        ["≤0.01", "88.4%", "1.0%", "Reference"], ["0.02", "3.3%", "4.0%", "2.41"],
        ["0.03–0.29", "7.0%", "9.3%", "5.00"], ["≥0.30", "1.3%", "16.9%", "10.48"]]
    assert not any(f.uncertain for f in rows)
    # alone, a label whose decimals run into the next value is never certain
    f = split_row("≤0.0188.4%1.0%Reference", TROPONIN)
    assert f.uncertain and "decimals" in f.note


def test_label_ranges_and_comparators():
    header = ["Mean lithium exposure (μg/L)", "Incidence rate ratio (95% CI)"]
    lines = ["Mean lithium exposure (μg/L)Incidence rate ratio (95% CI)", "2.0–5.0Reference",
             "5.1–10.01.22 (1.19–1.25)", "10.1–15.00.98 (0.96–1.01)", "> 15.00.83 (0.81–0.85)"]
    got, rows = split_table(lines)
    assert got == header
    assert [cells(f) for f in rows] == [
        ["2.0–5.0", "Reference"], ["5.1–10.0", "1.22 (1.19–1.25)"],
        ["10.1–15.0", "0.98 (0.96–1.01)"], ["> 15.0", "0.83 (0.81–0.85)"]]
    assert not any(f.uncertain for f in rows)


# --- a header column's name inside a row is not cut -----------------------------------------------

def test_arm_name_in_a_row_is_not_cut():
    f = split_row("mHLA-DR improvement by day 7Greater with Tα10.017", ETASS)
    assert f.parameter == "mHLA-DR improvement by day 7"
    assert f.cells == ["Greater with Tα1", "0.017"]
    assert f.uncertain  # one column is empty; which one is not known


def test_arm_name_cut_near_miss_without_the_name_in_the_header():
    # near miss: `Tα1` is no column of this header, so nothing protects it (the old reading stays)
    f = split_row("mHLA-DR improvement by day 7Greater with Tα10.017",
                  ["Outcome", "Control", "Treated", "P value"])
    assert f.parameter == "mHLA-DR improvement by day 7Greater with Tα"


def test_rows_of_the_arm_table_keep_their_split():
    for row, want in [("28-day mortality35.0%26.0%0.062", ["35.0%", "26.0%", "0.062"]),
                      ("ICU stay, median (IQR), days10.5 (5.0–20.5)11.0 (7.0–20.0)0.254",
                       ["10.5 (5.0–20.5)", "11.0 (7.0–20.0)", "0.254"])]:
        f = split_row(row, ETASS)
        assert f.cells == want and not f.uncertain


# --- a p column's whole number cut off a decimal ---------------------------------------------------

def test_p_column_does_not_take_the_end_of_a_decimal():
    f = split_row("DHEA-S-8%Unchanged0.014", ["Parameter", "Ashwagandha", "Placebo", "p"])
    assert f.cells == ["Unchanged", "0.014"]


def test_p_column_whole_number_after_a_word_keeps_its_reading():
    # near miss: a number after a word is not cut off a decimal, so the full row stays
    f = split_row("PaO2/FiO2 at 14 daysImprovedReference9", ["Parameter", "NAC", "Standard care", "p"])
    assert f.parameter == "PaO2/FiO2 at 14 days" and f.cells == ["Improved", "Reference", "9"]
