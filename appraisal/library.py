"""The reviewer's library: the service the Streamlit pages call, with no Streamlit in it.

It appraises every stored study with a rubric, lays a reviewer's overrides from the store on top,
saves the reviewer's changes and builds the CSV exports. Importing lives in `imports`, the tables
the pages show in `views`, the rubric files a reviewer loaded in `rubric_files`.

Speed comes from memoising the expensive part once per process: a study's facts by its content
hash, and its automatic appraisal by (content hash, rubric hash). Overrides are applied on top of
that on every call (one query, `engine.apply_overrides`), so a widget interaction with thousands
of studies costs milliseconds, and an override is visible at once.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from .engine import apply_overrides, appraise
from .errors import AppraisalError
from .imports import (
    DATA_DIR,
    MAX_FILE_BYTES,
    ImportReport,
    import_documents,
    import_examples,
    import_text,
)
from .models import Appraisal, Facts, Override, Study
from .report import Result, to_csv
from .rubric import Rubric

log = logging.getLogger(__name__)

BACK_TO_AUTOMATIC = "Back to the automatic level"


def _extract(study: Study) -> Facts:
    from .extract import (
        extract_facts,  # imported late: the extractor pulls in its cue tables
    )

    return extract_facts(study)

# ---------------------------------------------------------------------------------------------
# Appraisal of the library

@dataclass(frozen=True)
class Entry:
    """One study of the library, appraised with a rubric and (if any) a reviewer's overrides."""

    id: int
    study: Study
    facts: Facts
    appraisal: Appraisal
    sha256: str
    imported_at: datetime | None = None
    skipped: tuple[Override, ...] = ()  # overrides the rubric in use cannot apply (level gone)

    @property
    def overridden(self) -> bool:
        return any(j.overridden for j in self.appraisal.judgements)

    @property
    def label(self) -> str:
        """How the study is named in pickers: title — first author year."""
        s = self.study
        who = " ".join(str(x) for x in (s.first_author, s.year) if x)
        title = s.title or s.source
        title = title if len(title) <= 90 else title[:87] + "…"
        return f"{title} — {who}" if who else title


def applicable(overrides: Iterable[Override], rubric: Rubric) -> tuple[list[Override], list[Override]]:
    """(overrides this rubric can apply, those naming a criterion or level it does not have)."""
    ok, skipped = [], []
    for o in overrides:
        try:
            rubric.criterion(o.criterion).level(o.level)
        except AppraisalError:
            skipped.append(o)
        else:
            ok.append(o)
    return ok, skipped


def with_overrides(entry: Entry, rubric: Rubric, overrides: Sequence[Override], reviewer: str | None) -> Entry:
    """The entry with the reviewer's overrides applied and the grade recomputed.

    The appraisal names the reviewer only when they changed something: an untouched appraisal is
    the engine's, and exports the same bytes as the command line.
    """
    ok, skipped = applicable(overrides, rubric)
    if not ok:
        return replace(entry, skipped=tuple(skipped)) if skipped else entry
    appraisal = apply_overrides(entry.appraisal, rubric, ok).model_copy(update={"reviewer": reviewer})
    return replace(entry, appraisal=appraisal, skipped=tuple(skipped))


class Library:
    """The store's studies, appraised, memoised per process (thread-safe: one per server)."""

    def __init__(self, store, data_dir: Path = DATA_DIR):
        self.store = store
        self.data_dir = Path(data_dir)
        self._lock = threading.RLock()
        self._stored = None
        self._facts: dict[str, Facts] = {}
        self._automatic: dict[tuple[str, str], Appraisal] = {}
        self.generation = 0  # bumped whenever the set of studies changes

    # -- the studies ---------------------------------------------------------------------------
    def stored(self):
        with self._lock:
            if self._stored is None:
                self._stored = self.store.studies()
            return self._stored

    def refresh(self) -> None:
        """Forget the study list (after an import, or to see another process's imports)."""
        with self._lock:
            self._stored = None
            self.generation += 1

    def ensure_examples(self) -> ImportReport | None:
        """On first start with an empty store, import the example library from data/."""
        with self._lock:
            if self.stored():
                return None
            report = import_examples(self.store, self.data_dir)
            self.refresh()
            return report

    def import_documents(self, files: Iterable[tuple[str, bytes]], max_bytes: int = MAX_FILE_BYTES,
                         progress: Callable[[float, str], None] | None = None) -> ImportReport:
        report = import_documents(self.store, files, max_bytes, progress)
        if report.added:
            self.refresh()
        return report

    def import_text(self, text: str) -> ImportReport:
        report = import_text(self.store, text)
        if report.added:
            self.refresh()
        return report

    # -- appraisal -----------------------------------------------------------------------------
    def _entry(self, s, rubric: Rubric) -> Entry:
        facts = self._facts.get(s.sha256)
        if facts is None:
            facts = self._facts[s.sha256] = _extract(s.study)
        key = (s.sha256, rubric.sha256)
        appraisal = self._automatic.get(key)
        if appraisal is None:
            appraisal = self._automatic[key] = appraise(facts, rubric, source=s.study.source)
        return Entry(id=s.id, study=s.study, facts=facts, appraisal=appraisal, sha256=s.sha256,
                     imported_at=s.imported_at)

    def appraise(self, study: Study, rubric: Rubric, overrides: Sequence[Override] = (),
                 reviewer: str | None = None) -> tuple[Facts, Appraisal]:
        """`pipeline.appraise_study` with this library's memo (the Agreement page's appraiser)."""
        sha = study.content_hash
        with self._lock:
            facts = self._facts.get(sha)
            if facts is None:
                facts = self._facts[sha] = _extract(study)
            key = (sha, rubric.sha256)
            appraisal = self._automatic.get(key)
            if appraisal is None:
                appraisal = self._automatic[key] = appraise(facts, rubric, source=study.source)
        ok, _ = applicable(overrides, rubric)
        if ok:
            appraisal = apply_overrides(appraisal, rubric, ok)
        return facts, appraisal.model_copy(update={"reviewer": reviewer})

    def automatic(self, rubric: Rubric) -> list[Entry]:
        """Every study with the engine's appraisal, in the order of their sources (as the CLI walks)."""
        with self._lock:
            entries = [self._entry(s, rubric) for s in self.stored()]
        return sorted(entries, key=lambda e: (e.study.source, e.id))

    def entries(self, rubric: Rubric, reviewer: str | None) -> list[Entry]:
        """Every study, appraised, with the reviewer's current overrides on top (one query)."""
        entries = self.automatic(rubric)
        if not reviewer:
            return entries
        overrides = self.store.all_overrides(reviewer, rubric.id)
        if not overrides:
            return entries
        return [with_overrides(e, rubric, overrides[e.id], reviewer) if e.id in overrides else e for e in entries]

    def entry(self, study_id: int, rubric: Rubric, reviewer: str | None) -> Entry:
        """One study, fresh from the store's overrides (the Study page's view)."""
        with self._lock:
            stored = next((s for s in self.stored() if s.id == study_id), None)
            if stored is None:
                stored = self.store.study(study_id)  # imported by another process meanwhile
            entry = self._entry(stored, rubric)
        if not reviewer:
            return entry
        return with_overrides(entry, rubric, self.store.overrides(study_id, reviewer, rubric.id), reviewer)

    # -- the reviewer's changes ----------------------------------------------------------------
    def override(self, entry: Entry, rubric: Rubric, reviewer: str, criterion: str, level: str, reason: str,
                 expected_version: int) -> int:
        """Save an override (with its audit record); StaleWriteError if someone changed it meanwhile."""
        if not (reviewer or "").strip():
            raise AppraisalError("Enter your name in the sidebar before changing a judgement.")
        if not (reason or "").strip():
            raise AppraisalError("A reason is required to override a judgement.")
        rubric.criterion(criterion).level(level)  # refuse a level the rubric does not have
        current = next(j for j in entry.appraisal.judgements if j.criterion == criterion)
        return self.store.set_override(entry.id, reviewer.strip(), rubric.ref, criterion, current.level, level,
                                       reason.strip(), expected_version)

    def back_to_automatic(self, entry: Entry, rubric: Rubric, reviewer: str, criterion: str, reason: str,
                          expected_version: int) -> int:
        if not (reviewer or "").strip():
            raise AppraisalError("Enter your name in the sidebar before changing a judgement.")
        return self.store.clear_override(entry.id, reviewer.strip(), rubric.ref, criterion,
                                         (reason or "").strip() or BACK_TO_AUTOMATIC, expected_version)

    def history(self, study_id: int, rubric: Rubric, reviewer: str | None = None) -> list:
        """The audit trail of a study's judgements under this rubric, oldest first."""
        return [h for h in self.store.history(study_id, reviewer=reviewer) if h.rubric_id == rubric.id]

    # -- export ------------------------------------------------------------------------------
    def export(self, entries: Sequence[Entry], rubric: Rubric, reviewer: str | None) -> bytes:
        """The package's CSV report of these entries, with the reviewer's audit trail per study."""
        history = {}
        if reviewer:
            for e in entries:
                if e.overridden:
                    history[e.id] = self.history(e.id, rubric, reviewer)
        return export_csv(entries, rubric, history)

    def export_consensus(self, rubric: Rubric, reviewer_a: str, reviewer_b: str) -> bytes:
        """The consensus appraisal of every study both reviewers finished, with the full audit trail.

        A criterion resolved by consensus takes that level; one where both reviewers set the same
        level takes it; an unresolved disagreement stays automatic (and visible in the history).
        """
        from .agreement import consensus_overrides

        ids = set(self.store.finished_by_both(reviewer_a, reviewer_b, rubric.id))
        a = self.store.all_overrides(reviewer_a, rubric.id)
        b = self.store.all_overrides(reviewer_b, rubric.id)
        decided = self.store.all_consensus(rubric.id)
        entries, history = [], {}
        for e in self.automatic(rubric):
            if e.id not in ids:
                continue
            overrides = consensus_overrides(a.get(e.id, []), b.get(e.id, []), decided.get(e.id, []))
            entries.append(with_overrides(e, rubric, overrides, "consensus") if overrides else e)
            history[e.id] = self.history(e.id, rubric)
        return export_csv(entries, rubric, history)


def results(entries: Sequence[Entry], history: dict[int, list] | None = None) -> list[Result]:
    history = history or {}
    return [Result(source=e.study.source, study=e.study, facts=e.facts, appraisal=e.appraisal,
                   history=list(history.get(e.id, []))) for e in entries]


def export_csv(entries: Sequence[Entry], rubric: Rubric, history: dict[int, list] | None = None) -> bytes:
    """Exactly what the command line writes for the same studies and state (UTF-8 bytes)."""
    return to_csv(results(entries, history), [c.id for c in rubric.criteria]).encode("utf-8")


def visible_history(store, study_id: int, rubric: Rubric, viewer: str, criterion: str | None = None) -> list:
    """The audit trail a reviewer may see under dual independent review: their own records and
    consensus decisions always; another reviewer's only once both have finished the study."""
    finished = set(store.finished_reviewers(study_id, rubric.id))
    records = [h for h in store.history(study_id, criterion) if h.rubric_id == rubric.id]
    return [h for h in records
            if h.reviewer == viewer or h.kind == "consensus" or (viewer in finished and h.reviewer in finished)]
