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
