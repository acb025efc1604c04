"""Altair charts of a study's findings and of a set of appraisals, as pure functions.

Each chart is built from a tidy pandas frame (also a pure function, so tests can check the data
without rendering). Colours come from the Okabe-Ito palette, which stays distinguishable with the
common forms of colour blindness, and every coloured mark also carries a text label or a shape so
colour is never the only signal.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

import altair as alt
import pandas as pd

from .models import Finding, Study

# Okabe-Ito colours
BLUE = "#0072B2"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#8C8C8C"

DIRECTIONS = ("increase", "decrease", "no change", "unclear")
DIRECTION_GLYPH = {"increase": "▲ increased", "decrease": "▼ decreased", "no change": "■ no change",
                   "unclear": "? unclear"}
DIRECTION_COLOUR = {"increase": BLUE, "decrease": VERMILLION, "no change": GREY, "unclear": PURPLE}

# Judgement classes of the criteria matrix, best to worst, with their colours.
CONCERNS = ("no concern", "some concern", "serious concern", "not reported")
CONCERN_COLOUR = {"no concern": BLUE, "some concern": ORANGE, "serious concern": VERMILLION,
                  "not reported": "#BBBBBB"}

_UP = re.compile(r"increas|elevat|higher|rais|gain|enhanc|boost|rise|rose|grew|↑|\bup\b", re.I)
_DOWN = re.compile(r"decreas|reduc|lower|declin|drop|fell|fall|suppress|diminish|loss|lost|↓|\bdown\b|deplet", re.I)
_BACK = re.compile(r"restor|normali[sz]|normal\b|recover|resolv|reference", re.I)
_SAME = re.compile(r"unchanged|no change|stable|similar|no difference|no significant", re.I)
_LOW = re.compile(r"\blow|reduc|decreas|deficien|impair|suppress|depress|deplet|poor|weak", re.I)
_HIGH = re.compile(r"high|elevat|increas|excess|raised", re.I)


def _word_direction(before: str | None, after: str | None) -> str:
    """Direction told by the words of a qualitative row: 'Low' -> 'Significantly increased'."""
    after = after or ""
    if _SAME.search(after):
        return "no change"
    if _BACK.search(after):  # back to normal: the direction is away from the baseline's state
        if before and _LOW.search(before):
            return "increase"
        if before and _HIGH.search(before):
            return "decrease"
        return "unclear"
    up, down = bool(_UP.search(after)), bool(_DOWN.search(after))
    if up != down:
        return "increase" if up else "decrease"
    return "unclear"


def direction(finding: Finding) -> str:
    """increase / decrease / no change / unclear, from the numbers when both are there, else the words."""
    b, f = finding.baseline_value, finding.follow_up_value
    if b is not None and f is not None:
        if math.isclose(b.mean, f.mean):
            return "no change"
        return "increase" if f.mean > b.mean else "decrease"
    if finding.change_percent is not None:
        if finding.change_percent == 0:
            return "no change"
        return "increase" if finding.change_percent > 0 else "decrease"
    words = _word_direction(finding.baseline, finding.follow_up)
    if words == "unclear" and finding.change:
        words = _word_direction(finding.baseline, finding.change)
    return words


def change_label(finding: Finding) -> str:
    """The change as the table states it, else computed from the two means."""
    if finding.change:
        return finding.change
    b, f = finding.baseline_value, finding.follow_up_value
    if b is not None and f is not None and b.mean:
        return f"{(f.mean - b.mean) / abs(b.mean) * 100:+.0f}%"
    return ""


def stage_names(study: Study) -> tuple[str, str]:
    """Column names of the two time points, from the table's header when it has them."""
    header = [h.strip() for h in study.findings_header if h and h.strip()]
    baseline = header[1] if len(header) > 1 else "Baseline"
    follow_up = header[2] if len(header) > 2 else "Follow-up"
    if baseline == follow_up:
        follow_up += " (follow-up)"
    return baseline, follow_up


def is_numeric(finding: Finding) -> bool:
    return finding.baseline_value is not None and finding.follow_up_value is not None


def findings_frame(study: Study) -> pd.DataFrame:
    """One row per finding and time point: the data behind the findings chart.

    Columns: parameter, kind (numeric / qualitative), stage, position (0 baseline, 1 follow-up),
    value, sd, low, high (mean ± sd), cell (the text as given), change, direction, uncertain, note.
    """
    names = stage_names(study)
    rows = []
    for f in study.findings:
        numeric = is_numeric(f)
        label = f.parameter + (" ⚠ uncertain" if f.uncertain else "")
        for position, (cell, measure) in enumerate(((f.baseline, f.baseline_value), (f.follow_up, f.follow_up_value))):
            value = measure.mean if numeric and measure else None
            sd = measure.sd if numeric and measure else None
            rows.append({
                "parameter": label, "kind": "numeric" if numeric else "qualitative",
                "stage": names[position], "position": position,
                "value": value, "sd": sd,
                "low": value - sd if value is not None and sd is not None else None,
                "high": value + sd if value is not None and sd is not None else None,
                "cell": cell if cell else "—", "change": change_label(f), "direction": direction(f),
                "uncertain": f.uncertain, "note": f.note or "",
            })
    columns = ["parameter", "kind", "stage", "position", "value", "sd", "low", "high", "cell", "change",
               "direction", "uncertain", "note"]
    return pd.DataFrame(rows, columns=columns)


def _numeric_chart(frame: pd.DataFrame, stages: Sequence[str], width: int) -> alt.FacetChart:
    stage_x = alt.X("stage:N", sort=list(stages), title=None, axis=alt.Axis(labelAngle=0))
    uncertain = alt.condition("datum.uncertain", alt.value([4, 3]), alt.value([1, 0]))
    base = alt.Chart().encode(x=stage_x)
    tooltip = ["parameter:N", "stage:N", "cell:N", "change:N", "note:N"]
    line = base.mark_line(color=GREY).encode(y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=False)),
                                             strokeDash=uncertain)
    bars = base.mark_rule(color=BLUE, strokeWidth=2).encode(y="low:Q", y2="high:Q")
    caps_low = base.mark_tick(color=BLUE, thickness=2, size=12).encode(y="low:Q")
    caps_high = base.mark_tick(color=BLUE, thickness=2, size=12).encode(y="high:Q")
    points = base.mark_point(filled=True, size=80).encode(
        y="value:Q", color=alt.Color("direction:N", scale=alt.Scale(domain=list(DIRECTION_COLOUR),
                                                                     range=list(DIRECTION_COLOUR.values())),
                                     legend=None),
        shape=alt.condition("datum.uncertain", alt.value("diamond"), alt.value("circle")), tooltip=tooltip)
    label = base.transform_filter(alt.datum.position == 1).mark_text(
        align="left", dx=9, dy=-9, fontWeight="bold", fontSize=12).encode(
        y="value:Q", text="change:N",
        color=alt.Color("direction:N", scale=alt.Scale(domain=list(DIRECTION_COLOUR), range=list(DIRECTION_COLOUR.values())),
                        legend=None))
    layered = alt.layer(line, bars, caps_low, caps_high, points, label, data=frame).properties(width=width, height=170)
    return layered.facet(facet=alt.Facet("parameter:N", title=None, header=alt.Header(labelFontWeight="bold",
                                                                                     labelFontSize=12)),
                         columns=3).resolve_scale(y="independent")


def _qualitative_chart(frame: pd.DataFrame, stages: Sequence[str]) -> alt.Chart:
    """Each qualitative row as text: baseline, the direction (glyph + word), follow-up."""
    rows = []
    for parameter, group in frame.groupby("parameter", sort=False):
        first = group.iloc[0]
        cells = {int(r.position): r.cell for r in group.itertuples()}
        rows.append({"parameter": parameter, "column": stages[0], "text": cells.get(0, "—"), "direction": "text",
                     "note": first.note})
        rows.append({"parameter": parameter, "column": "Direction", "text": DIRECTION_GLYPH[first.direction],
                     "direction": first.direction, "note": first.note})
        rows.append({"parameter": parameter, "column": stages[1], "text": cells.get(1, "—"), "direction": "text",
                     "note": first.note})
    data = pd.DataFrame(rows)
    order = list(dict.fromkeys(data["parameter"]))
    colours = {**DIRECTION_COLOUR, "text": "#333333"}
    return alt.Chart(data).mark_text(fontSize=13, align="center").encode(
        x=alt.X("column:N", sort=[stages[0], "Direction", stages[1]], title=None,
                axis=alt.Axis(orient="top", labelAngle=0, labelFontWeight="bold", domain=False, ticks=False)),
        y=alt.Y("parameter:N", sort=order, title=None, axis=alt.Axis(labelLimit=260, domain=False, ticks=False)),
        text="text:N",
        color=alt.Color("direction:N", scale=alt.Scale(domain=list(colours), range=list(colours.values())), legend=None),
        tooltip=["parameter:N", "text:N", "note:N"],
    ).properties(width=480, height=max(28 * len(order), 40), title="Qualitative findings (direction of change)")


def findings_chart(study: Study, width: int = 170) -> alt.TopLevelMixin | None:
    """Numeric rows as baseline -> follow-up (± sd, change labelled) and qualitative rows as direction.

    Rows the reader flagged as uncertain are drawn dashed with a diamond and labelled '⚠ uncertain'.
    None when the study has no findings table.
    """
    frame = findings_frame(study)
    if frame.empty:
        return None
    stages = stage_names(study)
    parts = []
    numeric = frame[frame["kind"] == "numeric"]
    if not numeric.empty:
        parts.append(_numeric_chart(numeric, stages, width).properties(title="Numeric findings (mean ± SD)"))
    qualitative = frame[frame["kind"] == "qualitative"]
    if not qualitative.empty:
        parts.append(_qualitative_chart(qualitative, stages))
    chart = parts[0] if len(parts) == 1 else alt.vconcat(*parts, spacing=24)
    return chart.configure_view(stroke=None).configure_title(anchor="start", fontSize=13)


def matrix_chart(matrix: pd.DataFrame) -> alt.Chart:
    """Criteria x studies, each cell coloured by its concern and labelled with the level and score.

    `matrix` has columns study, criterion, level, score, concern, overridden (see
    appraisal.library.criteria_matrix).
    """
    studies = list(dict.fromkeys(matrix["study"]))
    criteria = list(dict.fromkeys(matrix["criterion"]))
    data = matrix.assign(label=[f"{lvl}{' ✎' if o else ''} ({s:+g})" for lvl, s, o in
                                zip(matrix["level"], matrix["score"], matrix["overridden"])])
    base = alt.Chart(data).encode(
        x=alt.X("study:N", sort=studies, title=None, axis=alt.Axis(orient="top", labelAngle=0, labelLimit=200)),
        y=alt.Y("criterion:N", sort=criteria, title=None, axis=alt.Axis(labelLimit=260)))
    cells = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.Color("concern:N", scale=alt.Scale(domain=list(CONCERN_COLOUR), range=list(CONCERN_COLOUR.values())),
                        legend=alt.Legend(title="Judgement", orient="bottom")),
        tooltip=["study:N", "criterion:N", "level:N", "score:Q", "concern:N", "overridden:N"])
    text = base.mark_text(fontSize=11, fontWeight="bold", limit=190).encode(
        text="label:N",
        color=alt.condition(alt.FieldOneOfPredicate(field="concern", oneOf=["not reported", "some concern"]),
                            alt.value("#111111"), alt.value("white")))
    return alt.layer(cells, text).properties(width=max(200 * len(studies), 260), height=alt.Step(40))


def grade_colour(grade: str, grades: Sequence[str]) -> str:
    """The card colour of a grade, from its rank among the rubric's grades (best first)."""
    scale = [BLUE, SKY, ORANGE, VERMILLION]
    if grade not in grades:
        return GREY
    rank = list(grades).index(grade)
    if len(grades) <= 1:
        return BLUE
    return scale[round(rank * (len(scale) - 1) / (len(grades) - 1))]


CLIP = 200.0  # percent: bars beyond this are drawn at the edge (the label keeps the true value)


_OVER_TIME = re.compile(r"baseline|^pre|before|^(week|day|month)\s*0\b", re.IGNORECASE)


def change_percent(finding: Finding, header: Sequence[str] = ("", "Baseline")) -> float | None:
    """The change in percent: as the table states it; else from the two means, but only when the
    first value column is a baseline (columns of different arms are not a change over time)."""
    if finding.change_percent is not None:
        return finding.change_percent
    b, f = finding.baseline_value, finding.follow_up_value
    over_time = len(header) < 2 or bool(_OVER_TIME.search(header[1].strip()))  # no header: as given
    if over_time and b is not None and f is not None and b.mean:
        return (f.mean - b.mean) / abs(b.mean) * 100
    return None


def changes_frame(studies: Sequence[tuple[str, Study]]) -> pd.DataFrame:
    """One row per (study, finding): percent change (clipped for drawing), label, direction, uncertain."""
    rows = []
    for name, study in studies:
        for f in study.findings:
            pct = change_percent(f, study.findings_header)
            d = direction(f)
            label = (f"{pct:+.0f}%" if pct is not None else DIRECTION_GLYPH[d])
            if f.change and pct is None:
                label = f"{DIRECTION_GLYPH[d].split()[0]} {f.change}"
            rows.append({"study": name, "parameter": f.parameter + (" ⚠" if f.uncertain else ""),
                         "percent": pct, "bar": None if pct is None else max(-CLIP, min(CLIP, pct)),
                         "label": label, "direction": d, "uncertain": f.uncertain,
                         "cells": f"{f.baseline or '—'} → {f.follow_up or '—'}"})
    return pd.DataFrame(rows, columns=["study", "parameter", "percent", "bar", "label", "direction", "uncertain", "cells"])


def findings_small_multiples(studies: Sequence[tuple[str, Study]], columns: int = 3) -> alt.FacetChart | None:
    """The compared studies' findings side by side: one panel per study, one row per finding,
    a bar for the percent change where the numbers give it, the direction glyph where they do not."""
    frame = changes_frame(studies)
    if frame.empty:
        return None
    colour = alt.Color("direction:N", scale=alt.Scale(domain=list(DIRECTION_COLOUR), range=list(DIRECTION_COLOUR.values())),
                       legend=alt.Legend(title="Direction", orient="bottom"))
    base = alt.Chart().encode(y=alt.Y("parameter:N", title=None, sort=None, axis=alt.Axis(labelLimit=140)))
    tooltip = ["study:N", "parameter:N", "cells:N", "label:N", "note:N"] if "note" in frame else \
        ["study:N", "parameter:N", "cells:N", "label:N"]
    bars = base.mark_bar(height=12).encode(
        x=alt.X("bar:Q", title="change (%)", scale=alt.Scale(domain=[-CLIP, CLIP], clamp=True)),
        color=colour, opacity=alt.condition("datum.uncertain", alt.value(0.45), alt.value(1.0)), tooltip=tooltip)
    zero = alt.Chart().mark_rule(color="#666").encode(x=alt.datum(0))
    text = base.mark_text(align="left", dx=4, fontSize=11).encode(
        x=alt.X("bar:Q", scale=alt.Scale(domain=[-CLIP, CLIP], clamp=True)),
        text="label:N", color=colour, tooltip=tooltip).transform_calculate(
        bar="datum.bar === null || datum.bar < 0 ? 0 : (datum.bar > 100 ? 100 : datum.bar)")
    layer = alt.layer(bars, zero, text, data=frame).properties(width=160, height=alt.Step(22))
    return layer.facet(facet=alt.Facet("study:N", title=None, sort=[name for name, _ in studies],
                                       header=alt.Header(labelFontWeight="bold", labelLimit=300)),
                       columns=columns).resolve_scale(y="independent").configure_view(stroke="#ddd")
