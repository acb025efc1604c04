"""The tables the pages show: the library list, the comparison, the criteria matrix, a judgement's
quote in context, a judgement's history, and the rubric itself as readable rows. Pure functions of
appraised entries and rubrics; no Streamlit.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from .engine import EVIDENCE_JOIN
from .errors import AppraisalError
from .library import Entry
from .models import Appraisal, Judgement
from .rubric import Rubric

LIBRARY_COLUMNS = ["id", "title", "first_author", "year", "design", "species", "n", "grade", "total",
                   "overridden", "source"]


def library_frame(entries: Sequence[Entry]) -> pd.DataFrame:
    """One row per study: the Library table."""
    rows = [(e.id, e.study.title or e.study.source, e.study.first_author, e.study.year, e.facts.design.value,
             e.facts.species.value, e.facts.n, e.appraisal.grade, e.appraisal.total, e.overridden, e.study.source)
            for e in entries]
    frame = pd.DataFrame(rows, columns=LIBRARY_COLUMNS)
    frame["year"] = frame["year"].astype("Int64")
    frame["n"] = frame["n"].astype("Int64")
    return frame


def filter_library(frame: pd.DataFrame, search: str = "", designs: Sequence[str] = (),
                   species: Sequence[str] = (), grades: Sequence[str] = (), overridden_only: bool = False) -> pd.DataFrame:
    """Rows matching every filter; search looks in title, first author and source (case-insensitive)."""
    keep = pd.Series(True, index=frame.index)
    words = (search or "").strip().lower().split()
    if words:
        text = (frame["title"].fillna("") + " " + frame["first_author"].fillna("") + " "
                + frame["source"].fillna("") + " " + frame["year"].astype("string").fillna("")).str.lower()
        for word in words:
            keep &= text.str.contains(word, regex=False)
    if designs:
        keep &= frame["design"].isin(list(designs))
    if species:
        keep &= frame["species"].isin(list(species))
    if grades:
        keep &= frame["grade"].isin(list(grades))
    if overridden_only:
        keep &= frame["overridden"]
    return frame[keep]


def grades_of(rubric: Rubric) -> list[str]:
    """The rubric's grades, best first."""
    return [band.grade for band in rubric.grading.bands]


def concern(judgement: Judgement, rubric: Rubric) -> str:
    """no concern / some concern / serious concern / not reported, from where the level's score sits
    between the criterion's lowest and highest score (traffic light of the Compare matrix)."""
    criterion = rubric.criterion(judgement.criterion)
    try:
        level = criterion.level(judgement.level)
    except AppraisalError:
        return "not reported"
    if level.not_reported:
        return "not reported"
    low, high = criterion.min_score(), criterion.max_score()
    if judgement.score >= high:
        return "no concern"
    if judgement.score <= low:
        return "serious concern"
    return "some concern"


def criteria_matrix(entries: Sequence[Entry], rubric: Rubric) -> pd.DataFrame:
    """Long table study x criterion: level, score, concern, overridden (for the matrix chart)."""
    rows = []
    for e in entries:
        name = short_name(e)
        for j in e.appraisal.judgements:
            rows.append({"study": name, "study_id": e.id, "criterion": j.name or j.criterion, "level": j.level,
                         "score": j.score, "concern": concern(j, rubric), "overridden": j.overridden})
    return pd.DataFrame(rows, columns=["study", "study_id", "criterion", "level", "score", "concern", "overridden"])


def short_name(e: Entry) -> str:
    """A short unique column name for a study: first author year (#id)."""
    who = " ".join(str(x) for x in (e.study.first_author, e.study.year) if x) or (e.study.title or e.study.source)[:30]
    return f"{who} (#{e.id})"


def comparison_frame(entries: Sequence[Entry]) -> pd.DataFrame:
    """The key numbers of each compared study, one column per study."""
    data = {}
    for e in entries:
        f = e.facts
        data[short_name(e)] = {
            "Title": e.study.title or e.study.source,
            "Grade": e.appraisal.grade,
            "Total": f"{e.appraisal.total:g}",
            "Design": f.design.value,
            "Species": f.species.value,
            "n": "unknown" if f.n is None else str(f.n),
            "Duration": e.study.header_duration or (f"{f.duration_days:g} days" if f.duration_days else "unknown"),
            "Overridden": "yes" if e.overridden else "no",
        }
    return pd.DataFrame(data)


def judgement_frame(appraisal: Appraisal) -> pd.DataFrame:
    """One row per criterion: level, score, rationale, evidence (the Study page's compact view)."""
    return pd.DataFrame([{
        "criterion": j.name or j.criterion, "level": j.level, "score": j.score,
        "overridden": j.overridden, "automatic level": j.automatic_level or "",
        "rationale": j.rationale, "evidence": j.evidence or "",
    } for j in appraisal.judgements])


def quotes(judgement: Judgement) -> list[str]:
    """The separate quotes of a judgement's evidence (the engine joins several with ' … ')."""
    return [q for q in (judgement.evidence or "").split(EVIDENCE_JOIN) if q.strip()]


def locate(text: str, quote: str, context: int = 160) -> tuple[str, str, str] | None:
    """(text before, the quote, text after) where the quote stands in the source, or None."""
    at = text.find(quote)
    if at < 0:
        return None
    start = max(0, at - context)
    end = min(len(text), at + len(quote) + context)
    before = ("…" if start else "") + text[start:at]
    after = text[at + len(quote):end] + ("…" if end < len(text) else "")
    return before, quote, after


def history_frame(records: Sequence) -> pd.DataFrame:
    """Audit records as a table, newest first."""
    rows = [{"when (UTC)": r.at.strftime("%Y-%m-%d %H:%M:%S") if r.at else "", "reviewer": r.reviewer,
             "criterion": r.criterion, "from": r.from_level or "automatic", "to": r.to_level, "kind": r.kind,
             "reason": r.reason} for r in records]
    return pd.DataFrame(rows, columns=["when (UTC)", "reviewer", "criterion", "from", "to", "kind", "reason"])[::-1]


# ---------------------------------------------------------------------------------------------
# The rubric as a readable table

def describe_condition(when: dict) -> str:
    """A level's `when` table in words: 'design is rct or meta-analysis and randomized is true'."""
    parts = []
    for fact, spec in when.items():
        if isinstance(spec, dict):
            bits = []
            if "min" in spec and "max" in spec:
                bits.append(f"{fact} from {spec['min']:g} to {spec['max']:g}")
            elif "min" in spec:
                bits.append(f"{fact} ≥ {spec['min']:g}")
            elif "max" in spec:
                bits.append(f"{fact} ≤ {spec['max']:g}")
            if "not" in spec:
                excluded = spec["not"] if isinstance(spec["not"], list) else [spec["not"]]
                bits.append(f"{fact} known and not {' or '.join(map(_word, excluded))}")
            if "known" in spec:
                bits.append(f"{fact} {'is known' if spec['known'] else 'is unknown'}")
            parts.append(" and ".join(bits))
        elif isinstance(spec, list):
            parts.append(f"{fact} is {' or '.join(map(_word, spec))}")
        else:
            parts.append(f"{fact} is {_word(spec)}")
    return " and ".join(parts)


def _word(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def rubric_frame(rubric: Rubric) -> pd.DataFrame:
    """Criteria x levels in order: condition, score, rationale (first matching level wins)."""
    rows = []
    for c in rubric.criteria:
        for i, level in enumerate(c.levels, 1):
            rows.append({"criterion": c.name, "id": c.id, "order": i, "level": level.label, "score": level.score,
                         "when": "facts unknown / nothing else matched" if level.not_reported
                         else describe_condition(level.when),
                         "rationale": level.rationale})
    return pd.DataFrame(rows)


def bands_frame(rubric: Rubric) -> pd.DataFrame:
    basis = "percent of the maximum total" if rubric.grading.basis == "percent" else "total score"
    rows = []
    for band in rubric.grading.bands:
        rows.append({"grade": band.grade, f"{basis} at least": "otherwise" if band.min is None else f"{band.min:g}"})
    return pd.DataFrame(rows)
