"""The charts' data and specs: findings (numeric ± sd, qualitative direction, uncertain rows), the
criteria matrix (labels on every cell) and the comparison small multiples."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from appraisal.charts import (
    CONCERN_COLOUR, changes_frame, direction, findings_chart, findings_frame, findings_small_multiples,
    grade_colour, matrix_chart,
)
from appraisal.models import Finding, Measure, Study
from appraisal.readers import read_path

SEED = Path(__file__).resolve().parent.parent / "data" / "000_68e18b48f32a60f4.txt"


def _finding(parameter, baseline, follow_up, change=None, **kw) -> Finding:
    return Finding(parameter=parameter, baseline=baseline, follow_up=follow_up, change=change, **kw)


def test_direction_from_numbers_then_words():
    up = _finding("CD4", "312 ± 84", "498 ± 91", "+60%", baseline_value=Measure(mean=312, sd=84),
                  follow_up_value=Measure(mean=498, sd=91))
    assert direction(up) == "increase"
    assert direction(_finding("IL-2", "Low", "Significantly increased")) == "increase"
    assert direction(_finding("IL-4", "Elevated", "Decreased")) == "decrease"
    assert direction(_finding("NK", "Reduced", "Restored to reference")) == "increase"
    assert direction(_finding("BP", "High", "Normalized")) == "decrease"
    assert direction(_finding("X", "Present", "Unchanged")) == "no change"
    assert direction(_finding("X", "Blue", "Green")) == "unclear"
    assert direction(_finding("X", None, None, change_percent=-12.0)) == "decrease"


def test_seed_findings_frame():
    study = read_path(SEED)[0]
    frame = findings_frame(study)
    cd4 = frame[frame["parameter"].str.startswith("CD4+ count")]
    assert list(cd4["stage"]) == ["Baseline", "6 Months"]
    assert list(cd4["value"]) == [312, 498] and list(cd4["low"]) == [228, 407] and list(cd4["high"]) == [396, 589]
    assert set(cd4["change"]) == {"+60%"} and set(cd4["kind"]) == {"numeric"}
    il2 = frame[frame["parameter"].str.startswith("IL-2")]
    assert set(il2["kind"]) == {"qualitative"} and set(il2["direction"]) == {"increase"}
    assert il2["uncertain"].all() and il2["parameter"].str.contains("uncertain").all()


def test_findings_chart_spec_has_error_bars_labels_and_directions():
    chart = findings_chart(read_path(SEED)[0])
    spec = json.dumps(chart.to_dict(), ensure_ascii=False)
    assert '"rule"' in spec and '"y2"' in spec  # ± sd error bars
    assert "+60%" in spec and "▲ increased" in spec and "▼ decreased" in spec
    assert "Numeric findings" in spec and "Qualitative findings" in spec


def test_no_findings_no_chart():
    assert findings_chart(Study(source="x.txt", format="plain-text")) is None
    assert findings_small_multiples([("x", Study(source="x.txt", format="plain-text"))]) is None


def test_matrix_labels_every_cell():
    matrix = pd.DataFrame([
        {"study": "A", "criterion": "Design", "level": "RCT", "score": 4.0, "concern": "no concern", "overridden": False},
        {"study": "B", "criterion": "Design", "level": "Cohort", "score": 2.0, "concern": "some concern", "overridden": True},
    ])
    spec = matrix_chart(matrix).to_dict()
    values = next(iter(spec["datasets"].values()))
    assert [v["label"] for v in values] == ["RCT (+4)", "Cohort ✎ (+2)"]
    text = json.dumps(spec, ensure_ascii=False)
    assert '"text"' in text and all(colour in text for colour in CONCERN_COLOUR.values())


def test_small_multiples_clip_bars_but_keep_the_value():
    big = Study(source="a.txt", format="summary-text", findings=[
        _finding("Weight", "100", "500", baseline_value=Measure(mean=100), follow_up_value=Measure(mean=500)),
        _finding("Mood", "Low", "Increased")])
    frame = changes_frame([("A", big)])
    weight, mood = frame.iloc[0], frame.iloc[1]
    assert weight["percent"] == 400 and weight["bar"] == 200 and weight["label"] == "+400%"
    assert pd.isna(mood["bar"]) and "▲" in mood["label"]
    assert findings_small_multiples([("A", big), ("B", read_path(SEED)[0])]) is not None


def test_grade_colours_follow_rank():
    grades = ["High", "Moderate", "Low", "Very low"]
    colours = [grade_colour(g, grades) for g in grades]
    assert len(set(colours)) == 4 and grade_colour("Other", grades) not in colours


def test_change_is_stated_or_over_time_never_across_arms():
    from appraisal.charts import change_percent
    from appraisal.models import Measure

    f = _finding("Weight", "100", "90")
    f.baseline_value, f.follow_up_value = Measure(mean=100), Measure(mean=90)
    assert change_percent(f, ["Parameter", "Baseline", "12 Weeks"]) == -10
    assert change_percent(f, ["Parameter", "Placebo", "Drug 10 mg"]) is None  # arms, not time
    f.change_percent = -9.5
    assert change_percent(f, ["Parameter", "Placebo", "Drug 10 mg", "Difference"]) == -9.5


# --- forest chart of effect estimates ---------------------------------------------------------

from appraisal.charts import _log_ticks, forest_charts, forest_frame  # noqa: E402

WHI = Path(__file__).resolve().parent.parent / "data" / "006_whi-estrogen-progestin.txt"


def _effect(parameter, estimate, low, high, scale="ratio", **kw) -> Finding:
    return Finding(parameter=parameter, cells=[str(estimate), f"{low}–{high}"], estimate=estimate,
                   interval=(low, high), effect_scale=scale, **kw)


def _walk(node):
    """Every dict inside a chart spec."""
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def _scales(spec: dict) -> list[dict]:
    return [d["scale"] for d in _walk(spec) if isinstance(d.get("scale"), dict) and "domain" in d["scale"]
            and d.get("type") == "quantitative"]


def test_forest_frame_keeps_table_order_labels_and_flags():
    study = Study(source="x.txt", format="plain-text", findings_header=["Outcome", "Hazard ratio", "95% CI"],
                  findings=[_effect("Stroke", 1.41, 1.07, 1.85), _finding("Deaths", "12", "14"),
                            _effect("Hip fracture", 0.66, 0.45, 0.98),
                            _effect("Global index", 1.15, 1.03, 1.28, uncertain=True, note="short row"),
                            _effect("Breast cancer", 1.26, 1.00, 1.59)])
    frame = forest_frame(study)
    assert list(frame["parameter"]) == ["Stroke", "Hip fracture", "Global index ⚠ uncertain", "Breast cancer"]
    assert list(frame["order"]) == [0, 2, 3, 4]
    assert list(frame["label"]) == ["1.41 (1.07–1.85)", "0.66 (0.45–0.98)", "1.15 (1.03–1.28)", "1.26 (1.00–1.59)"]
    assert list(frame["side"]) == ["above", "below", "above", "includes"]
    assert list(frame["uncertain"]) == [False, False, True, False] and set(frame["reference"]) == {1.0}
    diff = forest_frame(Study(source="x.txt", format="plain-text",
                              findings=[_effect("Pain", -3.3, -5.1, -1.4, "difference")]))
    assert list(diff["label"]) == ["−3.3 (−5.1 to −1.4)"] and list(diff["side"]) == ["below"]
    assert list(diff["reference"]) == [0.0]


def test_forest_chart_for_ratios_is_log_with_no_effect_at_one():
    study = read_path(WHI)[0]
    (chart,) = forest_charts(study)
    spec = chart.to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert "Effect estimates (Hazard ratio, 95% CI)" in text and "1.41 (1.07–1.85)" in text
    scales = _scales(spec)
    assert scales and all(s.get("type") == "log" for s in scales)
    lo, hi = scales[0]["domain"]
    assert lo < 0.43 and hi > 3.25  # every interval and the no-effect line are inside
    assert {"reference": 1.0} in [d for d in _walk(spec) if set(d) == {"reference"}]
    # the uncertain row (Global index, short of a column) is dashed and a diamond
    assert '"datum.uncertain"' in text and '"diamond"' in text and "[4, 3]" in text
    assert "Global index ⚠ uncertain" in text


def test_forest_chart_for_differences_is_linear_with_no_effect_at_zero():
    study = Study(source="x.txt", format="plain-text",
                  findings_header=["Outcome", "Mean difference (mmHg)", "95% CI"],
                  findings=[_effect("SBP", -3.3, -5.1, -1.4, "difference"),
                            _effect("DBP", 0.4, -0.9, 1.7, "difference")])
    (chart,) = forest_charts(study)
    spec = chart.to_dict()
    scales = _scales(spec)
    assert scales and not any(s.get("type") == "log" for s in scales)
    lo, hi = scales[0]["domain"]
    assert lo < -5.1 and hi > 1.7
    assert {"reference": 0.0} in [d for d in _walk(spec) if set(d) == {"reference"}]
    assert "Effect estimates (Mean difference (mmHg), 95% CI)" in json.dumps(spec, ensure_ascii=False)


def test_findings_chart_draws_effect_rows_as_a_forest_only():
    study = read_path(WHI)[0]
    frame = findings_frame(study)
    assert set(frame["kind"]) == {"effect"}  # no text grid of `1.29` | `—` any more
    text = json.dumps(findings_chart(study).to_dict(), ensure_ascii=False)
    assert "Effect estimates" in text and "Qualitative findings" not in text
    seed = json.dumps(findings_chart(read_path(SEED)[0]).to_dict(), ensure_ascii=False)
    assert "Effect estimates" not in seed and "Numeric findings" in seed
    mixed = Study(source="x.txt", format="plain-text", findings_header=["Outcome", "Drug", "Placebo", "Difference"],
                  findings=[_effect("Weight (kg)", -1.8, -4.0, 0.4, "difference"),
                            _finding("HOMA-IR", "Reduced", "Reduced", "NS")])
    text = json.dumps(findings_chart(mixed).to_dict(), ensure_ascii=False)
    # across arms with no stated direction ("NS"), the words are shown as stated, without a direction column
    assert "Effect estimates (Difference, CI)" in text and "Findings (as stated)" in text
    assert '"resolve": {"scale": {"color": "independent"}}' in text  # forest colours are not directions


def test_log_ticks_are_round_and_few():
    assert _log_ticks(0.37, 3.74) == [0.5, 1, 1.5, 2, 3]
    assert _log_ticks(0.8, 1.6) == [0.8, 0.9, 1, 1.25, 1.5]
    assert 3 <= len(_log_ticks(0.05, 40)) <= 8


# --- ratio / difference tables without intervals: points, never a slope -----------------------

def _kept(rows) -> Study:
    from appraisal.readers.cells import findings_from_cells

    header, findings = findings_from_cells(rows)
    return Study(source="x.html", format="html", findings_header=header, findings=findings)


def test_bare_ratios_are_points_on_the_effect_axis_not_a_slope():
    study = _kept([["Outcome", "Treatment", "Control", "Risk ratio"],
                   ["Death", "12%", "18%", "0.67"], ["Bleeding", "2%", "1%", "1.9"]])
    frame = findings_frame(study)
    assert set(frame["kind"]) == {"effect"}  # was drawn as 12 -> 0.67 under Treatment -> Control
    forest = forest_frame(study)
    assert list(forest["estimate"]) == [0.67, 1.9] and forest["low"].isna().all()
    assert list(forest["label"]) == ["0.67 (no interval)", "1.9 (no interval)"]
    assert set(forest["side"]) == {"no interval"}
    (chart,) = forest_charts(study)
    spec = chart.to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert "Effect estimates (Risk ratio, no interval given)" in text
    assert all(s.get("type") == "log" for s in _scales(spec))
    lo, hi = _scales(spec)[0]["domain"]
    assert lo < 0.67 and hi > 1.9
    assert "Numeric findings" not in json.dumps(findings_chart(study).to_dict(), ensure_ascii=False)


def test_bare_and_interval_rows_share_one_forest():
    study = _kept([["Outcome", "Mean difference", "95% CI"],
                   ["SBP", "-3.3", "-5.1 to -1.4"], ["DBP", "0.4", "—"]])
    forest = forest_frame(study)
    assert list(forest["label"]) == ["−3.3 (−5.1 to −1.4)", "0.4 (no interval)"]
    assert list(forest["side"]) == ["below", "no interval"]
    text = json.dumps(forest_charts(study)[0].to_dict(), ensure_ascii=False)
    assert "Effect estimates (Mean difference, 95% CI)" in text and '"no interval"' in text


def test_a_pair_holding_the_estimate_is_text_and_no_direction():
    # the hazard ratio cell is not a bare number, so no point; still no 101 -> 0.71 slope
    study = _kept([["Parameter", "Surgery group", "Control group", "Hazard ratio"],
                   ["Deaths", "101", "129", "0.71 (adjusted)"]])
    frame = findings_frame(study)
    assert set(frame["kind"]) == {"qualitative"} and set(frame["direction"]) == {"unclear"}
    assert forest_frame(study).empty


def test_uncertain_or_plain_rows_get_no_bare_point():
    short = _kept([["Outcome", "Hazard ratio", "95% CI"], ["Death", "777"]])  # which column is missing?
    assert forest_frame(short).empty
    seed = findings_frame(read_path(SEED)[0])
    assert "effect" not in set(seed["kind"])  # baseline / follow-up tables are untouched


def test_qualitative_rows_get_a_fixed_step_each():
    """A text-only table (data/005) is one qualitative chart. A fixed total height was squeezed by
    Streamlit's theme until five rows overlapped in ~40 px; a step per row cannot be."""
    study = read_path(SEED.parent / "005_omega3-medical-students-il6.txt")[0]
    spec = findings_chart(study).to_dict()
    assert spec["mark"]["type"] == "text" and spec["height"] == {"step": 28}
    # one value column: the values alone, no empty follow-up and no "unclear" direction
    assert spec["encoding"]["x"]["sort"] == ["Omega-3 vs placebo"]
    rows = [row for data in spec["datasets"].values() for row in data]
    assert {row["column"] for row in rows} == {"Omega-3 vs placebo"} and len(rows) == 5


def test_direction_across_arms_is_only_what_a_stated_difference_says():
    from appraisal.charts import change_direction
    from appraisal.models import Measure

    arms = ["Parameter", "Semaglutide", "Placebo", "Difference"]
    f = _finding("Body weight change (%)", "-14.9", "-2.4")
    f.baseline_value, f.follow_up_value = Measure(mean=-14.9), Measure(mean=-2.4)
    assert change_direction(f, ["Parameter", "Baseline", "68 Weeks"]) == "increase"  # over time: the numbers
    assert change_direction(f, arms) == "unclear"  # placebo "higher" than the drug is no increase
    f.change = "-12.4 (95% CI -13.4 to -11.5)"
    assert change_direction(f, arms) == "decrease"
    f.change = "P < 0.001"
    assert change_direction(f, arms) == "unclear"
    f.change = "Lower with drug"
    assert change_direction(f, arms) == "decrease"


def test_a_table_of_arms_is_drawn_as_points_per_arm_not_a_slope_with_a_percent():
    """SURMOUNT-1 (data/002): Placebo | 5 | 10 | 15 mg. Before, placebo -> 5 mg was drawn as a
    slope labelled -574%; now every arm is a point and nothing is computed across arms."""
    study = read_path(SEED.parent / "002_surmount1-tirzepatide-obesity.txt")[0]
    frame = findings_frame(study)
    weight = frame[frame["parameter"] == "Body weight change (%)"]
    assert list(weight["stage"]) == ["Placebo", "Tirzepatide 5 mg", "Tirzepatide 10 mg", "Tirzepatide 15 mg"]
    assert list(weight["value"]) == [-3.1, -15.0, -19.5, -20.9]
    assert set(weight["direction"]) == {"between arms"} and set(weight["change"]) == {""}
    spec = json.dumps(findings_chart(study).to_dict(), ensure_ascii=False)
    assert '"line"' not in spec and "by arm" in spec and "%" not in "".join(frame["change"])
    # over time nothing changes: the seed keeps its slope and its stated +60%
    seed = findings_frame(read_path(SEED)[0])
    assert list(seed[seed["parameter"] == "CD4+ count (cells/μL)"]["change"]) == ["+60%", "+60%"]
    assert '"line"' in json.dumps(findings_chart(read_path(SEED)[0]).to_dict())


def test_a_one_column_table_read_as_a_change_still_shows_its_words():
    """`Cognitive domain | Direction of effect` (data/019): the cell is read as the change, and the
    chart showed a dash for every row."""
    study = read_path(SEED.parent / "019_avgerinos-creatine-cognition-sr.txt")[0]
    spec = findings_chart(study).to_dict()
    rows = [row for data in spec["datasets"].values() for row in data]
    assert {row["column"] for row in rows} == {"Direction of effect"}
    assert [row["text"] for row in rows][:2] == ["Improved", "Improved"]


def test_columns_that_are_not_time_points_get_no_direction_column_of_unclear():
    # a dose-response table: dose in feed | daily dose | tumours; no column is a baseline
    study = read_path(Path(__file__).resolve().parents[1] / "data" / "021_soffritti-aspartame-rats.txt")[0]
    text = json.dumps(findings_chart(study).to_dict())
    assert "Findings (as stated)" in text and "Qualitative findings" not in text
    assert '"Direction"' not in text and "Approx. daily dose (mg/kg)" in text
    assert "Lymphomas/leukaemias in females" in text


def _row_axis_titles(chart) -> list:
    spec = chart.to_dict()
    parts = spec.get("vconcat", [spec])
    return [p["encoding"]["y"].get("title") for p in parts if p.get("mark", {}).get("type") == "text"]


def test_rows_named_by_numbers_carry_the_header_s_name_for_them():
    # `0`, `80`, `400` alone do not say they are doses in feed
    study = read_path(Path(__file__).resolve().parents[1] / "data" / "021_soffritti-aspartame-rats.txt")[0]
    assert _row_axis_titles(findings_chart(study)) == ["Dose in feed (ppm)"]
    headless = Study(source="x", format="summary-text", findings=[_finding("Pain", "Moderate", "Mild")])
    assert _row_axis_titles(findings_chart(headless)) == [None]


def test_words_across_arms_keep_a_direction_column_when_a_change_is_stated():
    study = Study(source="x", format="summary-text", findings_header=["Outcome", "Placebo", "Drug", "Difference"],
                  findings=[_finding("Pain", "Moderate", "Mild", change="Reduced")])
    text = json.dumps(findings_chart(study).to_dict())
    assert "Qualitative findings (direction of change)" in text and '"Direction"' in text


def test_a_p_value_column_labels_rows_as_p_and_gives_no_direction():
    study = Study(source="x", format="summary-text", findings_header=["Outcome", "Placebo", "Drug", "P value"],
                  findings=[_finding("Fatigue", "Common", "Rare", change="0.03"),
                            _finding("Pain score", "6.1", "4.2", change="<0.001",
                                     baseline_value=Measure(mean=6.1), follow_up_value=Measure(mean=4.2))])
    frame = findings_frame(study)
    fatigue = frame[frame["parameter"] == "Fatigue"]
    assert set(fatigue["change"]) == {"P = 0.03"} and set(fatigue["direction"]) == {"unclear"}
    assert set(frame[frame["parameter"] == "Pain score"]["change"]) == {"P <0.001"}
    # a stated difference in the last column still gives its direction
    study.findings_header[-1] = "Difference"
    assert set(findings_frame(study).query("parameter == 'Fatigue'")["direction"]) == {"increase"}


def test_every_numeric_panel_names_its_own_stages():
    # four arm panels in rows of three: the fourth row's panel and the first row's keep their x labels
    spec = findings_chart(read_path(Path(__file__).resolve().parents[1] / "data" /
                                    "004_etass-thymosin-alpha1-sepsis.txt")[0]).to_dict()
    facets = [d for d in _walk(spec) if "facet" in d and "resolve" in d]
    assert facets and all(d["resolve"].get("axis", {}).get("x") == "independent" for d in facets)


# --- three or more arms: each cell under its own arm ------------------------------------------------------------------

THREE_ARMS = ["Parameter", "Lifestyle alone", "Lifestyle + pioglitazone", "Lifestyle + berberine"]


def _cells_by_column(chart) -> dict:
    rows = [row for data in chart.to_dict()["datasets"].values() for row in data]
    return {(row["parameter"], row["column"]): row["text"] for row in rows if "column" in row}


def test_words_of_three_arms_stand_under_their_own_arms():
    # the follow-up of three arms is the last arm's cell: it belongs under the third arm, not the second
    study = Study(source="x", format="summary-text", findings_header=THREE_ARMS,
                  findings=[_finding("Body weight", "Modest fall", "Greater fall",
                                     cells=["Modest fall", "No significant change", "Greater fall"])])
    got = _cells_by_column(findings_chart(study))
    assert got[("Body weight", "Lifestyle + pioglitazone")] == "No significant change"
    assert got[("Body weight", "Lifestyle + berberine")] == "Greater fall"


def test_numbers_of_four_arms_are_drawn_at_their_own_arms_even_when_uncertain():
    header = ["Parameter", "Placebo", "Tirzepatide 5 mg", "Tirzepatide 10 mg", "Tirzepatide 15 mg"]
    row = _finding("≥20% weight reduction (%)", "33", "57", cells=["33", "0", "50", "57"], uncertain=True,
                   baseline_value=Measure(mean=33), follow_up_value=Measure(mean=57))
    frame = findings_frame(Study(source="x", format="summary-text", findings_header=header, findings=[row]))
    assert dict(zip(frame["stage"], frame["value"])) == {"Placebo": 33, "Tirzepatide 5 mg": 0,
                                                         "Tirzepatide 10 mg": 50, "Tirzepatide 15 mg": 57}
    assert frame["uncertain"].all()


def test_the_follow_up_is_named_by_the_column_it_comes_from():
    # the splitter takes the follow-up from the last visit before the change column, and a count column is no visit
    from appraisal.charts import stage_names
    def names(header):
        return stage_names(Study(source="x", format="summary-text", findings_header=header))
    assert names(["Parameter", "Baseline", "Week 4", "Week 12", "Change"]) == ("Baseline", "Week 12")
    assert names(["Outcome", "n", "Baseline", "Week 8", "Difference"]) == ("Baseline", "Week 8")
    assert names(["Parameter", "Baseline", "6 Months", "Change"]) == ("Baseline", "6 Months")


def test_three_time_points_are_all_drawn():
    # Week 4 stood in the table and in the Finding's cells, but the chart drew Baseline -> Week 12 only
    header = ["Parameter", "Baseline", "Week 4", "Week 12", "Change"]
    row = _finding("HbA1c (%)", "8.1 ± 0.9", "7.2 ± 0.7", "-11%", cells=["8.1 ± 0.9", "7.6 ± 0.8", "7.2 ± 0.7", "-11%"],
                   baseline_value=Measure(mean=8.1, sd=0.9), follow_up_value=Measure(mean=7.2, sd=0.7))
    study = Study(source="x", format="summary-text", findings_header=header, findings=[row])
    frame = findings_frame(study)
    assert list(frame["stage"]) == ["Baseline", "Week 4", "Week 12"]
    assert list(frame["value"]) == [8.1, 7.6, 7.2] and list(frame["labelled"]) == [False, False, True]
    short = row.model_copy(update={"uncertain": True, "cells": ["8.1 ± 0.9", "7.2 ± 0.7", "-11%"]})
    frame = findings_frame(study.model_copy(update={"findings": [short]}))
    assert list(frame["stage"]) == ["Baseline", "Week 12"]  # a row short of a visit: which one is not known


def test_compared_arms_show_every_arm_s_cell_not_a_change():
    # "33 → 57" read as a change from the first arm to the last; across arms the cells are side by side
    arms = Study(source="x", format="summary-text", findings_header=["Outcome", "Placebo", "5 mg", "15 mg"],
                 findings=[_finding("Weight loss ≥20% (%)", "3", "57", cells=["3", "30", "57"])])
    over_time = Study(source="y", format="summary-text", findings_header=["Parameter", "Baseline", "6 Months"],
                      findings=[_finding("CD4", "312", "498", cells=["312", "498"])])
    frame = changes_frame([("A", arms), ("B", over_time)])
    assert list(frame["cells"]) == ["3 | 30 | 57", "312 → 498"]
