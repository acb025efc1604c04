"""Appraisal reports: one JSON object or CSV row per study, built the same way for CLI and app.

The JSON shape is a public contract (other tools read it); the CSV is built with pandas and made
safe against spreadsheet formula injection, since study text comes from outside.
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

import pandas as pd

from .models import FACT_NAMES, Appraisal, Facts, Study
from .learned.policy import extractor


@dataclass
class Result:
    """A file's outcome: a study with its facts and appraisal, or the error that stopped it."""

    source: str
    study: Study | None = None
    facts: Facts | None = None
    appraisal: Appraisal | None = None
    error: str | None = None
    history: list = field(default_factory=list)  # audit records, when the export includes them


def study_dict(s: Study) -> dict:
    return {
        "title": s.title, "authors": s.authors, "journal": s.journal, "year": s.year,
        "participants": s.header_participants, "duration": s.header_duration,
        "pmid": s.pmid, "doi": s.doi, "format": s.format,
        "key_finding": s.key_finding, "background": s.background, "methods": s.methods,
        "clinical_significance": s.clinical_significance, "limitations": s.limitations,
        "compounds": s.compounds, "related_conditions": s.related_conditions,
        "related_studies": s.related_studies, "publication_types": s.publication_types,
        "mesh_terms": s.mesh_terms, "missing": s.missing,
        "findings": [{"parameter": f.parameter, "baseline": f.baseline, "follow_up": f.follow_up,
                      "change": f.change, "uncertain": f.uncertain} for f in s.findings],
    }


def result_dict(r: Result) -> dict:
    """The public JSON shape for one input."""
    if r.error is not None or r.appraisal is None or r.study is None or r.facts is None:
        return {"source": r.source, "error": r.error or "not appraised"}
    a = r.appraisal
    return {  # the verdict first, so a reader of the raw JSON sees it before the study's text
        "source": r.source,
        "grade": a.grade, "total": a.total,
        "rubric": {"id": a.rubric.id, "version": a.rubric.version, "sha256": a.rubric.sha256},
        "extractor": extractor(),
        "reviewer": a.reviewer,
        "study": study_dict(r.study),
        "facts": r.facts.plain(),
        "evidence": dict(r.facts.evidence),
        "conflicts": dict(r.facts.conflicts),
        "criteria": [{
            "id": j.criterion, "name": j.name, "level": j.level, "score": j.score,
            "rationale": j.rationale, "evidence": j.evidence, "overridden": j.overridden,
            "automatic_level": j.automatic_level, "reason": j.reason,
        } for j in a.judgements],
    }


def write_json(results: Iterable[Result], out: TextIO) -> None:
    """Stream the JSON list one object at a time (a 20,000-record batch never sits in memory)."""
    first = True
    for r in results:
        body = json.dumps(result_dict(r), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(("[\n  " if first else ",\n  ") + body)
        first = False
    out.write("[]\n" if first else "\n]\n")


def to_json(results: Iterable[Result]) -> str:
    buf = io.StringIO()
    write_json(results, buf)
    return buf.getvalue()


_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def defuse(value):
    """Neutralise text a spreadsheet would run as a formula (=, +, -, @, tab, CR first)."""
    if isinstance(value, str) and value and value[0] in "=+-@\t\r" and not _NUMBER.match(value):
        return "'" + value
    return value


def criteria_of(results: Iterable[Result]) -> list[str]:
    """Criterion ids in first-seen order, for reports built without a rubric at hand."""
    seen: list[str] = []
    for r in results:
        for j in (r.appraisal.judgements if r.appraisal else []):
            if j.criterion not in seen:
                seen.append(j.criterion)
    return seen


def report_row(r: Result, criteria: Sequence[str]) -> dict:
    """One CSV row: citation, every fact, each criterion's level and score, total, grade.

    Override columns (automatic level, reason, reviewer) are always present so the CLI and the
    app write the same columns; they are empty where nobody overrode anything.
    """
    s, f, a = r.study, r.facts, r.appraisal
    row: dict = {
        "source": r.source,
        "pmid": s.pmid if s else None, "doi": s.doi if s else None,
        "title": s.title if s else None, "first_author": s.first_author if s else None,
        "journal": s.journal if s else None, "year": s.year if s else None,
    }
    for name in FACT_NAMES:
        row[name] = f.value(name) if f else None
    judgements = {j.criterion: j for j in (a.judgements if a else [])}
    for cid in criteria:
        j = judgements.get(cid)
        row[f"{cid}_level"] = j.level if j else None
        row[f"{cid}_score"] = j.score if j else None
        row[f"{cid}_overridden"] = j.overridden if j else None
        row[f"{cid}_automatic_level"] = j.automatic_level if j else None
        row[f"{cid}_override_reason"] = j.reason if j else None
    row.update({
        "total": a.total if a else None, "grade": a.grade if a else None,
        "reviewer": a.reviewer if a else None,
        "rubric_id": a.rubric.id if a else None, "rubric_version": a.rubric.version if a else None,
        "rubric_sha256": a.rubric.sha256 if a else None, "extractor": extractor() if a else None,
        "overrides": "; ".join(f"{j.criterion}: {j.automatic_level} -> {j.level} ({j.reason})"
                               for j in judgements.values() if j.overridden) or None,
        "override_history": "; ".join(_history_line(h) for h in r.history) or None,
        "error": r.error,
    })
    return row


_WHOLE_NUMBERS = ("year", "n", "n_studies")  # stay integers in the CSV even when some are missing


def frame_from_rows(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for col in _WHOLE_NUMBERS:
        if col in frame.columns:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
    for col in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[col]):  # object or pandas' str dtype
            frame[col] = frame[col].map(defuse)
    return frame


def report_frame(results: Sequence[Result], criteria: Sequence[str] | None = None) -> pd.DataFrame:
    criteria = criteria_of(results) if criteria is None else criteria
    return frame_from_rows([report_row(r, criteria) for r in results])


def _history_line(h) -> str:
    at = getattr(h, "at", None)
    stamp = at.strftime("%Y-%m-%d %H:%M:%SZ") if at else ""
    return f"{stamp} {h.reviewer} {h.criterion}: {h.from_level} -> {h.to_level} ({h.reason})"


def frame_to_csv(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def to_csv(results: Sequence[Result], criteria: Sequence[str] | None = None) -> str:
    return frame_to_csv(report_frame(results, criteria))
