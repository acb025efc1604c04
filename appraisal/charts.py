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
from .table import column_role, effect_column, parse_measure
from .table.finding import estimate_cell, estimate_without_interval

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
BETWEEN_ARMS = "between arms"  # values of different arms: no direction of change
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


def _signed(value: float) -> str:
    return "no change" if value == 0 else "increase" if value > 0 else "decrease"


def direction(finding: Finding) -> str:
    """increase / decrease / no change / unclear, from the numbers when both are there, else the words."""
    b, f = finding.baseline_value, finding.follow_up_value
    if b is not None and f is not None:
        if math.isclose(b.mean, f.mean):
            return "no change"
        return "increase" if f.mean > b.mean else "decrease"
    if finding.change_percent is not None:
        return _signed(finding.change_percent)
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


def visit_columns(study: Study) -> list[tuple[int, str]]:
    """(cell index, name) of each time point of a table over time: its value columns before the first
    change or p column (Baseline | Week 4 | Week 12 in Baseline | Week 4 | Week 12 | Change)."""
    out = []
    for k, name in enumerate((h or "").strip() for h in study.findings_header[1:]):
        role = column_role(name) if name else None
        if role in ("change", "p"):
            break
        if role == "value":
            out.append((k, name))
    return out


def stage_names(study: Study) -> tuple[str, str]:
    """Column names of the two time points, from the table's header when it has them: the columns the
    splitter takes them from, i.e. the first value column and the last before a change or p column
    (`Week 12`, not `Week 4`, in Baseline | Week 4 | Week 12 | Change)."""
    header = [h.strip() for h in study.findings_header if h and h.strip()]
    values = [name for _, name in visit_columns(study)]
    baseline = values[0] if values else header[1] if len(header) > 1 else "Baseline"
    follow_up = values[-1] if len(values) > 1 else header[2] if len(header) > 2 else "Follow-up"
    if baseline == follow_up:
        follow_up += " (follow-up)"
    return baseline, follow_up


def is_numeric(finding: Finding) -> bool:
    return finding.baseline_value is not None and finding.follow_up_value is not None


def is_effect(finding: Finding) -> bool:
    """The row states an effect estimate with its interval (a ratio or difference table)."""
    return finding.estimate is not None and finding.interval is not None and finding.effect_scale is not None


def bare_estimate(finding: Finding, header: Sequence[str]) -> tuple[float, str] | None:
    """(estimate, scale) of a row of a ratio / difference table that gives no interval: drawn as
    a point on the effect axis, since its cells are not a baseline and a follow-up. Only for a
    row the reader is sure of: with no interval to check it against, a bare number cut from the
    wrong place would be drawn as an effect."""
    if is_effect(finding) or finding.uncertain or not finding.cells:
        return None
    return estimate_without_interval(list(header), finding.cells)


def holds_estimate(finding: Finding, header: Sequence[str]) -> bool:
    """The row's baseline or follow-up is the cell of the table's ratio / difference column
    (`Surgery 101` | `Control 129` | `Hazard ratio 0.71 (adjusted)`): its values are no
    before/after pair, so they are not drawn as a slope."""
    found = estimate_cell(list(header), finding.cells) if finding.cells else None
    return found is not None and finding.cells[found[0]] in (finding.baseline, finding.follow_up)


def arm_columns(study: Study) -> list[tuple[int, str]] | None:
    """(cell index, name) of each value column of a table that compares arms (`Placebo` |
    `Tirzepatide 5 mg` | `10 mg` | `15 mg`); None for a table over time (`Baseline` | `6 Months`)."""
    header = [(h or "").strip() for h in study.findings_header]
    if _over_time(header):
        return None
    return [(k, name) for k, name in enumerate(header[1:]) if name and column_role(name) == "value"]


def _points(f: Finding, names: tuple[str, str], arms: list[tuple[int, str]] | None,
            visits: list[tuple[int, str]] | None = None) -> list[tuple]:
    """(stage, cell, measure) of each value of a row: in a table of arms every arm's cell under its
    own arm (a row the splitter was unsure of keeps its cells in order, flagged, as the table does;
    a cell it lacks is "—"); over three or more time points (`visits`, given for a row with a cell in
    every column), every visit's number (Week 4 is not dropped between Baseline and Week 12; an
    ambiguous split stays flagged); else its baseline and follow-up. The baseline and follow-up of three arms are the first and the last, so drawing
    them under the first two arms' names would put the last arm's value under the second's."""
    if arms and len(arms) >= 2 and f.cells:
        return [(name, f.cells[k], parse_measure(f.cells[k])) if k < len(f.cells) else (name, None, None)
                for k, name in arms]
    if visits and len(visits) > 2 and visits[-1][0] < len(f.cells):
        measures = [parse_measure(f.cells[k]) for k, _ in visits]
        if all(m is not None for m in measures):
            return [(names[0] if i == 0 else names[1] if i == len(visits) - 1 else name, f.cells[k], m)
                    for i, ((k, name), m) in enumerate(zip(visits, measures))]
    if f.baseline is None and f.follow_up is None and f.cells:
        # a one-column table whose column reads as a change (`Direction of effect`: `Improved`)
        return [(names[0], f.cells[0], None), (names[1], None, None)]
    return [(names[0], f.baseline, f.baseline_value), (names[1], f.follow_up, f.follow_up_value)]


def findings_frame(study: Study) -> pd.DataFrame:
    """One row per finding and time point (or arm): the data behind the findings chart.

    Columns: parameter, kind (numeric / qualitative / effect: drawn by the forest chart, with or
    without its interval; a pair of values one of which is the table's ratio or difference is
    qualitative, shown as text with an unclear direction, never as a slope), stage, position
    (0 baseline, 1 follow-up; over three or more visits, and in a table of arms, the column's place), value, sd, low, high (mean ±
    sd), cell (the text as given), change (as stated; computed only over time), labelled (the point
    that carries the change), direction (across arms: 'between arms' for numbers, the stated
    difference's for words), uncertain, note.
    """
    names = stage_names(study)
    arms = arm_columns(study)
    visits = visit_columns(study) if arms is None else None
    p_last = _p_column_last(study.findings_header)
    rows = []
    for f in study.findings:
        p_text = None
        if p_last and f.change:
            # the last column is a p value: it labels the row as such and says no direction
            p_text = _p_text(f.change)
            f = f.model_copy(update={"change": None})
        effect = is_effect(f) or bare_estimate(f, study.findings_header) is not None
        # a pair with the estimate in it is shown as text, and 101 -> 0.71 is no decrease
        pair_with_estimate = not effect and is_numeric(f) and holds_estimate(f, study.findings_header)
        numeric = is_numeric(f) and not pair_with_estimate
        kind = "effect" if effect else "numeric" if numeric else "qualitative"
        # over time the numbers' direction; across arms only a stated difference's (numbers: between arms)
        if pair_with_estimate:
            way = "unclear"
        elif arms is not None and numeric:
            way = BETWEEN_ARMS
        else:
            way = change_direction(f, study.findings_header)
        change = p_text if p_text else change_label(f) if arms is None else (f.change or "")
        label = f.parameter + (" ⚠ uncertain" if f.uncertain else "")
        # every visit only from a row with a cell for every column: a short row's cells do not line up with them
        full = len(f.cells) == len(study.findings_header) - 1
        points = _points(f, names, arms, visits if numeric and full else None)
        for position, (stage, cell, measure) in enumerate(points):
            value = measure.mean if numeric and measure else None
            sd = measure.sd if numeric and measure else None
            rows.append({
                "parameter": label, "kind": kind,
                "stage": stage, "position": position,
                "value": value, "sd": sd,
                "low": value - sd if value is not None and sd is not None else None,
                "high": value + sd if value is not None and sd is not None else None,
                "cell": cell if cell else "—", "change": change, "labelled": position == len(points) - 1,
                "direction": way, "uncertain": f.uncertain, "note": f.note or "",
            })
    columns = ["parameter", "kind", "stage", "position", "value", "sd", "low", "high", "cell", "change",
               "labelled", "direction", "uncertain", "note"]
    return pd.DataFrame(rows, columns=columns)


def _numeric_chart(frame: pd.DataFrame, stages: Sequence[str], width: int, arms: bool = False) -> alt.FacetChart:
    """Each numeric row a small panel: baseline -> follow-up joined by a line, ± sd bars, the change
    labelled; a table of arms gets each arm's value as a point, not joined (an arm is no later
    time), labelled only with a stated difference."""
    # two stage names share the panel's width: long arm names ("TRE + calorie restriction") are cut
    # with an ellipsis rather than printed over each other (the tooltip has them whole)
    # arms are named at a slant, every one of them, so four doses stay readable in one panel's width
    # three or more time points are named at a slant too, so the middle visit keeps its name
    many = arms or len(stages) > 2
    stage_x = alt.X("stage:N", sort=list(stages), title=None,
                    axis=alt.Axis(labelAngle=-40, labelLimit=120, labelOverlap=False, labelAlign="right") if many
                    else alt.Axis(labelAngle=0, labelLimit=max(40, width // 2 - 8)))
    uncertain = alt.condition("datum.uncertain", alt.value([4, 3]), alt.value([1, 0]))
    base = alt.Chart().encode(x=stage_x)
    tooltip = ["parameter:N", "stage:N", "cell:N", "change:N", "note:N"]
    y_value = alt.Y("value:Q", title=None, scale=alt.Scale(zero=False))
    line = base.mark_line(color=GREY).encode(y=y_value, strokeDash=uncertain)
    bars = base.mark_rule(color=BLUE, strokeWidth=2).encode(y=alt.Y("low:Q", title=None), y2="high:Q")
    caps_low = base.mark_tick(color=BLUE, thickness=2, size=12).encode(y=alt.Y("low:Q", title=None))
    caps_high = base.mark_tick(color=BLUE, thickness=2, size=12).encode(y=alt.Y("high:Q", title=None))
    colours = {**DIRECTION_COLOUR, BETWEEN_ARMS: "#444444"}
    colour = alt.Color("direction:N", scale=alt.Scale(domain=list(colours), range=list(colours.values())), legend=None)
    points = base.mark_point(filled=True, size=80).encode(
        y=y_value, color=colour,
        shape=alt.condition("datum.uncertain", alt.value("diamond"), alt.value("circle")), tooltip=tooltip)
    label = base.transform_filter(alt.datum.labelled).mark_text(
        align="left", dx=9, dy=-9, fontWeight="bold", fontSize=12).encode(y=y_value, text="change:N", color=colour)
    marks = [bars, caps_low, caps_high, points, label] if arms else [line, bars, caps_low, caps_high, points, label]
    layered = alt.layer(*marks, data=frame).properties(width=width, height=170)
    return layered.facet(facet=alt.Facet("parameter:N", title=None, header=alt.Header(labelFontWeight="bold",
                                                                                     labelFontSize=12)),
                         columns=3).resolve_scale(y="independent").resolve_axis(x="independent")


def _p_column_last(header: Sequence[str]) -> bool:
    """The table's last column holds p values (`P value`), which the reader files as the row's change."""
    names = [h for h in header if h and h.strip()]
    return len(names) > 2 and column_role(names[-1]) == "p"


def _p_text(cell: str) -> str:
    """A p-value cell as a label: `0.062` -> `P = 0.062`, `<0.001` -> `P <0.001`."""
    cell = cell.strip()
    if cell[:1] in "pP":
        return cell
    return f"P {cell}" if cell[:1] in "<>=≤≥" else f"P = {cell}"


def row_heading(study: Study) -> str | None:
    """The table's own name for its row labels (`Dose in feed (ppm)`), so rows named `0`, `80`,
    `400` say what they count; None when the header gives no first column."""
    header = [h.strip() for h in study.findings_header if h and h.strip()]
    return header[0] if len(header) > 1 else None


def _qualitative_chart(frame: pd.DataFrame, stages: Sequence[str], over_time: bool = True,
                       heading: str | None = None) -> alt.Chart:
    """Each qualitative row as text: baseline, the direction (glyph + word), follow-up; a table
    with one value column (`Omega-3 vs placebo`: `-14%`) has no second stage and no direction, so
    it shows its values alone rather than a column of dashes and "unclear". Columns that are not
    two time points (arms, or `Approx. daily dose` | `Lymphomas in females`) are shown each under
    its own name and get a direction column only where a stated change gives one: a column of
    "unclear" would say nothing."""
    if over_time:
        paired = directed = (frame.loc[frame["position"] == 1, "cell"] != "—").any()
        columns = [stages[0], "Direction", stages[1]] if directed else [stages[0], stages[1]] if paired else [stages[0]]
    else:
        # a table of arms: each arm a column of its own, in the table's order (an arm no row fills is left
        # out); a direction only where a stated difference gives one, after the arms, as in the table
        filled = frame[frame["cell"] != "—"].sort_values("position", kind="stable")
        columns = list(dict.fromkeys(filled["stage"])) or [stages[0]]
        paired = len(columns) > 1
        directed = paired and (frame["direction"] != "unclear").any()
        if directed:
            columns.append("Direction")
    rows = []
    for parameter, group in frame.groupby("parameter", sort=False):
        first = group.iloc[0]
        cells = {r.stage: r.cell for r in group.itertuples()}
        for column in columns:
            if column == "Direction":
                rows.append({"parameter": parameter, "column": column, "text": DIRECTION_GLYPH[first.direction],
                             "direction": first.direction, "note": first.note})
            else:
                rows.append({"parameter": parameter, "column": column, "text": cells.get(column, "—"),
                             "direction": "text", "note": first.note})
    data = pd.DataFrame(rows)
    order = list(dict.fromkeys(data["parameter"]))
    colours = {**DIRECTION_COLOUR, "text": "#333333"}
    return alt.Chart(data).mark_text(fontSize=13, align="center").encode(
        x=alt.X("column:N", sort=columns, title=None,
                axis=alt.Axis(orient="top", labelAngle=0, labelFontWeight="bold", labelLimit=220, domain=False,
                              ticks=False)),
        # the row heading stands level with the column headings, above the row labels
        y=alt.Y("parameter:N", sort=order, title=heading,
                axis=alt.Axis(labelLimit=260, domain=False, ticks=False, titleAngle=0, titleAnchor="end",
                              titleAlign="right", titleBaseline="bottom", titleFontSize=11, titleFontWeight="bold", titleX=-8, titleY=-16,
                              titleLimit=260)),
        text="text:N",
        color=alt.Color("direction:N", scale=alt.Scale(domain=list(colours), range=list(colours.values())), legend=None),
        tooltip=["parameter:N", "text:N", "note:N"],
    ).properties(width=max(240, 160 * len(columns)) if paired else 240, height=alt.Step(28),
                title="Qualitative findings (direction of change)" if directed else "Findings (as stated)")


NO_EFFECT = {"ratio": 1.0, "difference": 0.0}
SIDE_COLOUR = {"above": BLUE, "below": VERMILLION, "includes": GREY, "no interval": "#333333"}
NO_INTERVAL = "no interval"


def _interval_text(estimate: float, low: float | None = None, high: float | None = None) -> str:
    """`1.41 (1.07–1.85)`: the three numbers to one precision, so `1.00` is not shown as `1`, and a
    minus sign, not a hyphen, so `-5.1 (-7.2 to -3.0)` cannot read as a range. Without an
    interval, `1.45 (no interval)`: the missing bar is said in words too."""
    given = [v for v in (estimate, low, high) if v is not None]
    dp = min(max(len(repr(v).partition(".")[2].rstrip("0")) for v in given), 3)

    def num(v: float) -> str:
        return f"{v:.{dp}f}".replace("-", "−")
    if low is None or high is None:
        return f"{num(estimate)} ({NO_INTERVAL})"
    sep = " to " if low < 0 or high < 0 else "–"
    return f"{num(estimate)} ({num(low)}{sep}{num(high)})"


def forest_frame(study: Study) -> pd.DataFrame:
    """One row per finding with an effect estimate, in table order: the forest chart's data.

    Columns: parameter (with '⚠ uncertain' when flagged), order, scale (ratio / difference),
    estimate, low, high (None when the table gives no interval: a point without a bar), label
    (`1.41 (1.07–1.85)`, `1.45 (no interval)`), side (the interval is above, below or includes no
    effect, or there is no interval), reference (1 or 0), uncertain, cells (the row as given), note.
    """
    rows = []
    for k, f in enumerate(study.findings):
        if is_effect(f):
            estimate, scale = f.estimate, f.effect_scale
            low, high = f.interval
            ref = NO_EFFECT[scale]
            side = "above" if low > ref else "below" if high < ref else "includes"
            label = _interval_text(estimate, low, high)
        elif (bare := bare_estimate(f, study.findings_header)) is not None:
            (estimate, scale), low, high, side = bare, None, None, NO_INTERVAL
            label = _interval_text(estimate)
        else:
            continue
        rows.append({
            "parameter": f.parameter + (" ⚠ uncertain" if f.uncertain else ""), "order": k,
            "scale": scale, "estimate": estimate, "low": low, "high": high,
            "label": label, "side": side, "reference": NO_EFFECT[scale],
            "uncertain": f.uncertain, "cells": " | ".join(f.cells) or "—", "note": f.note or "",
        })
    columns = ["parameter", "order", "scale", "estimate", "low", "high", "label", "side", "reference",
               "uncertain", "cells", "note"]
    return pd.DataFrame(rows, columns=columns)


def _forest_domain(frame: pd.DataFrame, scale: str) -> tuple[float, float]:
    """The x range: every interval, every bare estimate and the no-effect line, with a margin (a
    factor on a log axis)."""
    ref = NO_EFFECT[scale]
    lows, highs = frame["low"].fillna(frame["estimate"]), frame["high"].fillna(frame["estimate"])
    lo, hi = min(lows.min(), ref), max(highs.max(), ref)
    if scale == "ratio":
        return lo / 1.15, hi * 1.15
    pad = (hi - lo) * 0.08 or 1.0
    return lo - pad, hi + pad


def _log_ticks(lo: float, hi: float) -> list[float]:
    """Round values for a log axis: 1, 1.5, 2, 3 ... when the range is narrow, else 1, 2, 5 or decades."""
    for steps in ((1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9), (1, 1.5, 2, 3, 5), (1, 2, 5), (1,)):
        ticks = [round(step * 10.0 ** e, 6) for e in range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)
                 for step in steps]
        ticks = sorted({t for t in ticks if lo <= t <= hi})
        if len(ticks) <= 8:
            return ticks
    return ticks


def _forest_chart(frame: pd.DataFrame, scale: str, column: str, ci: str, width: int = 360) -> alt.HConcatChart:
    """A forest plot: a point at each estimate, a rule from low to high, the no-effect line at 1 on a
    log axis (ratios) or at 0 (differences), and the estimate with its interval written beside each row.

    Uncertain rows are dashed with a diamond, as in the numeric chart; colour says whether the
    interval lies above, below or across no effect, and the written interval says it too. A row
    the table gives no interval for is a point alone, labelled `(no interval)`.
    """
    ref = NO_EFFECT[scale]
    if frame["low"].isna().all():  # a table of bare estimates: no interval to name
        ci = "no interval given"
    heading = f"{column} ({ci})"
    order = list(frame.sort_values("order")["parameter"])
    lo, hi = _forest_domain(frame, scale)
    if scale == "ratio":
        x_scale = alt.Scale(type="log", domain=[lo, hi], nice=False)
        axis = alt.Axis(values=_log_ticks(lo, hi), format="~r", grid=False)
        axis_title = f"{column} (log scale)"
    else:
        x_scale = alt.Scale(domain=[lo, hi], nice=False, zero=False)
        axis = alt.Axis(format="~r", grid=False, tickCount=6)
        axis_title = column
    def side_name(side: str) -> str:
        return side if side == NO_INTERVAL else f"{side} {ref:g}"
    sides = {side_name(name): colour for name, colour in SIDE_COLOUR.items()
             if name != NO_INTERVAL or (frame["side"] == NO_INTERVAL).any()}
    data = frame.assign(side=[side_name(side) for side in frame["side"]], heading=heading)
    y = alt.Y("parameter:N", sort=order, title=None, axis=alt.Axis(labelLimit=280, domain=False, ticks=False))
    colour = alt.Color("side:N", scale=alt.Scale(domain=list(sides), range=list(sides.values())),
                       legend=alt.Legend(title="Interval vs no effect", orient="bottom"))
    tooltip = ["parameter:N", "label:N", "cells:N", "note:N"]
    dashed = alt.condition("datum.uncertain", alt.value([4, 3]), alt.value([1, 0]))
    base = alt.Chart(data).encode(y=y)
    no_effect = alt.Chart(pd.DataFrame({"reference": [ref]})).mark_rule(color="#555", strokeWidth=1).encode(
        x=alt.X("reference:Q", scale=x_scale, axis=axis, title=axis_title))
    interval = base.mark_rule(strokeWidth=2).encode(
        x=alt.X("low:Q", scale=x_scale), x2="high:Q", color=colour, strokeDash=dashed, tooltip=tooltip)
    caps = [base.mark_tick(thickness=2, size=10).encode(x=alt.X(f"{end}:Q", scale=x_scale), color=colour)
            for end in ("low", "high")]
    points = base.mark_point(filled=True, size=90, opacity=1).encode(
        x=alt.X("estimate:Q", scale=x_scale), color=colour,
        shape=alt.condition("datum.uncertain", alt.value("diamond"), alt.value("circle")), tooltip=tooltip)
    plot = alt.layer(no_effect, interval, *caps, points).properties(width=width, height=alt.Step(26))
    text = base.mark_text(align="left", fontSize=12).encode(
        x=alt.X("heading:N", title=None, scale=alt.Scale(type="point", padding=0, align=0),
                axis=alt.Axis(orient="top", labelAngle=0, labelFontWeight="bold", labelAlign="left",
                              labelLimit=300, domain=False, ticks=False)),
        y=alt.Y("parameter:N", sort=order, axis=None), text="label:N", tooltip=tooltip,
    ).properties(width=150, height=alt.Step(26))
    return alt.hconcat(plot, text, spacing=8).properties(title=f"Effect estimates ({column}, {ci})")


def forest_charts(study: Study, width: int = 360) -> list[alt.HConcatChart]:
    """One forest chart per scale among the study's effect rows (a table has one, so usually one)."""
    frame = forest_frame(study)
    column = effect_column(study.findings_header)
    charts = []
    for scale in ("ratio", "difference"):
        part = frame[frame["scale"] == scale]
        if part.empty:
            continue
        name, ci = (column[0], column[2]) if column and column[1] == scale else (scale.capitalize(), "CI")
        charts.append(_forest_chart(part, scale, name, ci, width))
    return charts


def findings_chart(study: Study, width: int = 170) -> alt.TopLevelMixin | None:
    """Effect rows as a forest plot, numeric rows as baseline -> follow-up (± sd, change labelled)
    and qualitative rows as direction.

    Rows the reader flagged as uncertain are drawn dashed with a diamond and labelled '⚠ uncertain'.
    None when the study has no findings table.
    """
    frame = findings_frame(study)
    if frame.empty:
        return None
    stages = stage_names(study)
    arms = arm_columns(study) is not None
    parts = list(forest_charts(study))
    numeric = frame[frame["kind"] == "numeric"]
    if not numeric.empty:
        # arms in the table's order; time points as the header has them (all of them, the middle visits too)
        order = list(dict.fromkeys(numeric.sort_values("position", kind="stable")["stage"])) if arms else \
            list(dict.fromkeys([stages[0], *(name for _, name in visit_columns(study)[1:-1]), stages[1]]))
        title = "Numeric findings by arm (mean ± SD; not a change over time)" if arms else "Numeric findings (mean ± SD)"
        parts.append(_numeric_chart(numeric, order, width, arms).properties(title=title))
    qualitative = frame[frame["kind"] == "qualitative"]
    if not qualitative.empty:
        parts.append(_qualitative_chart(qualitative, stages, over_time=not arms,
                                        heading=row_heading(study)))
    # each part keeps its own colours: the forest's "above / below no effect" is not a direction
    chart = parts[0] if len(parts) == 1 else alt.vconcat(*parts, spacing=24).resolve_scale(color="independent")
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


_STATED_NUMBER = re.compile(r"\s*([+\-−]?)\s*(\d+(?:\.\d+)?)")


def _over_time(header: Sequence[str]) -> bool:
    """The first value column is a baseline, so the two values are a change over time; columns of
    different arms (`Semaglutide` | `Placebo`) are not. No header: taken as given."""
    return len(header) < 2 or bool(_OVER_TIME.search(header[1].strip()))


def change_percent(finding: Finding, header: Sequence[str] = ("", "Baseline")) -> float | None:
    """The change in percent: as the table states it; else from the two means, but only over time."""
    if finding.change_percent is not None:
        return finding.change_percent
    b, f = finding.baseline_value, finding.follow_up_value
    if _over_time(header) and b is not None and f is not None and b.mean:
        return (f.mean - b.mean) / abs(b.mean) * 100
    return None


def change_direction(finding: Finding, header: Sequence[str] = ("", "Baseline")) -> str:
    """The direction of a change over time; across arms only what a stated change or difference
    says (`-12.4 (95% CI …)` is a decrease), since the placebo arm being lower than the drug arm
    is no decrease, and a p value says no direction at all."""
    if _over_time(header):
        return direction(finding)
    if finding.change_percent is not None:
        return _signed(finding.change_percent)
    stated = _STATED_NUMBER.match(finding.change or "")
    if stated:
        return _signed(-float(stated.group(2)) if stated.group(1) in ("-", "−") else float(stated.group(2)))
    return _word_direction(None, finding.change) if finding.change else "unclear"


def changes_frame(studies: Sequence[tuple[str, Study]]) -> pd.DataFrame:
    """One row per (study, finding): percent change (clipped for drawing), label, direction, uncertain."""
    rows = []
    for name, study in studies:
        for f in study.findings:
            pct = change_percent(f, study.findings_header)
            d = change_direction(f, study.findings_header)
            label = (f"{pct:+.0f}%" if pct is not None else DIRECTION_GLYPH[d])
            if f.change and pct is None:
                label = f"{DIRECTION_GLYPH[d].split()[0]} {f.change}"
            rows.append({"study": name, "parameter": ("⚠ " if f.uncertain else "") + f.parameter,  # seen when cut
                         "percent": pct, "bar": None if pct is None else max(-CLIP, min(CLIP, pct)),
                         "label": label, "direction": d, "uncertain": f.uncertain,
                         # over time the two visits; across arms every arm's cell, as the table has them
                         "cells": f"{f.baseline or '—'} → {f.follow_up or '—'}" if _over_time(study.findings_header)
                         else " | ".join(f.cells)})
    return pd.DataFrame(rows, columns=["study", "parameter", "percent", "bar", "label", "direction", "uncertain", "cells"])


def findings_small_multiples(studies: Sequence[tuple[str, Study]], columns: int = 3) -> alt.FacetChart | None:
    """The compared studies' findings side by side: one panel per study, one row per finding,
    a bar for the percent change where the numbers give it, the direction glyph where they do not."""
    frame = changes_frame(studies)
    if frame.empty:
        return None
    colour = alt.Color("direction:N", scale=alt.Scale(domain=list(DIRECTION_COLOUR), range=list(DIRECTION_COLOUR.values())),
                       legend=alt.Legend(title="Direction", orient="bottom"))
    base = alt.Chart().encode(y=alt.Y("parameter:N", title=None, sort=None, axis=alt.Axis(labelLimit=120)))
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
    layer = alt.layer(bars, zero, text, data=frame).properties(width=140, height=alt.Step(22))
    return layer.facet(facet=alt.Facet("study:N", title=None, sort=[name for name, _ in studies],
                                       header=alt.Header(labelFontWeight="bold", labelLimit=300)),
                       columns=columns).resolve_scale(y="independent").configure_view(stroke="#ddd")
