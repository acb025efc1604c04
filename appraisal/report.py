"""Appraisal reports: one JSON object or CSV row per study, built the same way for CLI and app.

The JSON shape is a public contract (other tools read it); the CSV is built with pandas and made
safe against spreadsheet formula injection, since study text comes from outside.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from .models import FACT_NAMES, Appraisal, Facts, Study


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
    return {
        "source": r.source,
        "study": study_dict(r.study),
        "facts": r.facts.plain(),
        "evidence": dict(r.facts.evidence),
        "conflicts": dict(r.facts.conflicts),
        "criteria": [{
            "id": j.criterion, "name": j.name, "level": j.level, "score": j.score,
            "rationale": j.rationale, "evidence": j.evidence, "overridden": j.overridden,
            "automatic_level": j.automatic_level, "reason": j.reason,
        } for j in a.judgements],
        "total": a.total, "grade": a.grade, "reviewer": a.reviewer,
        "rubric": {"id": a.rubric.id, "version": a.rubric.version, "sha256": a.rubric.sha256},
    }


def to_json(results: Iterable[Result]) -> str:
    return json.dumps([result_dict(r) for r in results], ensure_ascii=False, indent=2) + "\n"


_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def defuse(value):
    """Neutralise text a spreadsheet would run as a formula (=, +, -, @, tab, CR first)."""
    if isinstance(value, str) and value and value[0] in "=+-@\t\r" and not _NUMBER.match(value):
        return "'" + value
    return value


def report_frame(results: Sequence[Result], criteria: Sequence[str] | None = None) -> pd.DataFrame:
    """One row per input: citation, every fact, each criterion's level and score, total, grade.

    Override columns (automatic level, reason, reviewer, time) are always present so the CLI and
    the app write the same columns; they are empty where nobody overrode anything.
    """
    if criteria is None:
        criteria = []
        for r in results:
            for j in (r.appraisal.judgements if r.appraisal else []):
                if j.criterion not in criteria:
                    criteria.append(j.criterion)
    rows = []
    for r in results:
        row: dict = {"source": r.source}
        s, f, a = r.study, r.facts, r.appraisal
        row.update({
            "pmid": s.pmid if s else None, "doi": s.doi if s else None,
            "title": s.title if s else None, "first_author": s.first_author if s else None,
            "journal": s.journal if s else None, "year": s.year if s else None,
        })
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
            "rubric_sha256": a.rubric.sha256 if a else None,
            "overrides": "; ".join(f"{j.criterion}: {j.automatic_level} -> {j.level} ({j.reason})"
                                   for j in judgements.values() if j.overridden) or None,
            "override_history": "; ".join(_history_line(h) for h in r.history) or None,
            "error": r.error,
        })
        rows.append(row)
    frame = pd.DataFrame(rows)
    for col in frame.columns:
        if frame[col].dtype == object:
            frame[col] = frame[col].map(defuse)
    return frame


def _history_line(h) -> str:
    at = getattr(h, "at", None)
    stamp = at.strftime("%Y-%m-%d %H:%M:%SZ") if at else ""
    return f"{stamp} {h.reviewer} {h.criterion}: {h.from_level} -> {h.to_level} ({h.reason})"


def to_csv(results: Sequence[Result], criteria: Sequence[str] | None = None) -> str:
    return report_frame(results, criteria).to_csv(index=False, lineterminator="\n")
