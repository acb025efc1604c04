"""The reviewer's library: the service the Streamlit pages call, with no Streamlit in it.

It imports documents into the store (reporting each file that fails, importing the rest), appraises
every stored study with a rubric and lays a reviewer's overrides from the store on top, and turns
the result into the tables, matrices and CSV exports the pages show.

Speed comes from memoising the expensive part once per process: a study's facts by its content
hash, and its automatic appraisal by (content hash, rubric hash). Overrides are applied on top of
that on every call (one query, `engine.apply_overrides`), so a widget interaction with thousands
of studies costs milliseconds, and an override is visible at once.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import pandas as pd

from .engine import EVIDENCE_JOIN, appraise, apply_overrides
from .errors import AppraisalError, ReaderError
from .models import Appraisal, Facts, Judgement, Override, Study
from .readers import read_bytes, read_path
from .readers.literature import RecordError, iter_records, sniff_format
from .report import Result, to_csv
from .rubric import Rubric

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MAX_FILE_BYTES = 10 * 1024 * 1024  # one study document upload; a study summary is a few kB
MAX_EXPORT_BYTES = 190 * 1024 * 1024  # one literature export (20,000 MEDLINE records are ~20 MB)
BACK_TO_AUTOMATIC = "Back to the automatic level"


def _extract(study: Study) -> Facts:
    from .extract import extract_facts  # imported late: the extractor pulls in its cue tables

    return extract_facts(study)


# ---------------------------------------------------------------------------------------------
# Import

@dataclass(frozen=True)
class ImportProblem:
    """A file (or pasted text) that was not imported, and why, in the reviewer's words."""

    source: str
    reason: str


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)  # ids of studies new to the library
    already: list[int] = field(default_factory=list)  # ids of studies that were there already
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.already)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def read_upload(name: str, data: bytes, max_bytes: int = MAX_FILE_BYTES) -> list[Study]:
    """An uploaded file's studies; ReaderError with a plain reason when it cannot be imported."""
    name = (name or "upload").strip() or "upload"
    if len(data) > max_bytes:
        raise ReaderError(name, f"the file is {_size(len(data))}; files over {_size(max_bytes)} are not imported "
                                "(split it, or import it with the command line)")
    try:
        return read_bytes(data, name)
    except ReaderError:
        raise
    except Exception as exc:  # a reader bug must not take the other files down
        log.exception("reading %s failed", name)
        raise ReaderError(name, f"could not be read ({type(exc).__name__})") from exc


def import_documents(store, files: Iterable[tuple[str, bytes]], max_bytes: int = MAX_FILE_BYTES,
                     progress: Callable[[float, str], None] | None = None) -> ImportReport:
    """Read every (name, bytes) and store the studies; each failing file is listed with its reason.

    Literature exports (MEDLINE, RIS, PubMed XML) may be larger and are streamed record by record:
    a broken record is listed as `file#position` with its identifier while the others import, and
    `progress(fraction, message)` is told how far the file has been read.
    """
    report = ImportReport()
    studies: list[Study] = []
    for name, data in files:
        if sniff_format(data[:4096], name or ""):
            _import_export(store, name, data, report, progress)
            continue
        try:
            studies.extend(read_upload(name, data, max_bytes))
        except ReaderError as exc:
            report.problems.append(ImportProblem(exc.source, exc.reason))
    _store(store, studies, report)
    return report


def _store(store, studies: list[Study], report: ImportReport) -> None:
    if studies:
        for study_id, created in store.add_studies(studies):
            (report.added if created else report.already).append(study_id)


def _import_export(store, name: str, data: bytes, report: ImportReport, progress) -> None:
    """One literature export, streamed; stored in chunks so memory stays bounded."""
    if len(data) > MAX_EXPORT_BYTES:
        report.problems.append(ImportProblem(name, f"the export is {_size(len(data))}; exports over "
                                                   f"{_size(MAX_EXPORT_BYTES)} are not imported (split it)"))
        return
    chunk: list[Study] = []
    count = 0

    def tick(done: int, total: int) -> None:
        if progress and total:
            progress(min(done / total, 1.0), f"{name}: {count:,} records read")
    try:
        for item in iter_records(data, name, progress=tick):
            if isinstance(item, RecordError):
                report.problems.append(ImportProblem(f"{name}#{item.position}", item.reason))
                continue
            count += 1
            chunk.append(item)
            if len(chunk) >= 500:
                _store(store, chunk, report)
                chunk = []
    except ReaderError as exc:
        report.problems.append(ImportProblem(exc.source, exc.reason))
    _store(store, chunk, report)


def import_text(store, text: str, name: str | None = None) -> ImportReport:
    """Pasted summary text, stored like an uploaded .txt file named after its content."""
    data = (text or "").encode("utf-8")
    name = name or f"pasted-{hashlib.sha256(data).hexdigest()[:12]}.txt"
    return import_documents(store, [(name, data)])


def example_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(Path(data_dir).glob("*.txt"))


def import_examples(store, data_dir: Path = DATA_DIR) -> ImportReport:
    """The example library from data/, stored once (so every study in the library is a stored one)."""
    report = ImportReport()
    studies: list[Study] = []
    for path in example_files(data_dir):
        try:
            studies.extend(read_path(path))
        except ReaderError as exc:
            report.problems.append(ImportProblem(exc.source, exc.reason))
    _store(store, studies, report)
    return report


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


# ---------------------------------------------------------------------------------------------
# Tables for the pages

def results(entries: Sequence[Entry], history: dict[int, list] | None = None) -> list[Result]:
    history = history or {}
    return [Result(source=e.study.source, study=e.study, facts=e.facts, appraisal=e.appraisal,
                   history=list(history.get(e.id, []))) for e in entries]


def export_csv(entries: Sequence[Entry], rubric: Rubric, history: dict[int, list] | None = None) -> bytes:
    """Exactly what the command line writes for the same studies and state (UTF-8 bytes)."""
    return to_csv(results(entries, history), [c.id for c in rubric.criteria]).encode("utf-8")


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


# ---------------------------------------------------------------------------------------------
# Rubrics to choose from: the built-in files and the ones a reviewer loaded (kept on disk)

def rubric_dir() -> Path:
    """Where loaded rubric files are kept: $APPRAISAL_RUBRIC_DIR, else beside the SQLite file."""
    import os

    if os.environ.get("APPRAISAL_RUBRIC_DIR"):
        return Path(os.environ["APPRAISAL_RUBRIC_DIR"])
    if os.environ.get("APPRAISAL_DB"):
        return Path(os.environ["APPRAISAL_DB"]).resolve().parent / "rubrics"
    return Path(".appraisal") / "rubrics"


def rubric_choices(directory: Path | None = None) -> dict[str, Rubric]:
    """key -> rubric: built-ins by file stem ('grade', 'points'), loaded ones by id and hash."""
    from .rubric import available_rubrics, load_rubric
    from .errors import RubricError

    choices: dict[str, Rubric] = {}
    for path in available_rubrics():
        try:
            choices[path.stem] = load_rubric(path)
        except RubricError:
            log.exception("built-in rubric %s is invalid", path)
    directory = rubric_dir() if directory is None else Path(directory)
    if directory.is_dir():
        for path in sorted(directory.glob("*.toml")):
            try:
                choices.setdefault(path.stem, load_rubric(path))
            except RubricError as exc:  # edited on disk after it was loaded: leave it out, say so in the log
                log.warning("skipping rubric %s: %s", path, exc)
    return choices


def save_rubric(data: bytes, name: str, directory: Path | None = None) -> tuple[str, Rubric]:
    """Validate an uploaded rubric file (RubricError names file, criterion and field) and keep it."""
    from .rubric import parse_rubric

    rubric = parse_rubric(data, name)
    directory = rubric_dir() if directory is None else Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    key = f"{rubric.id}-{rubric.sha256[:8]}"
    (directory / f"{key}.toml").write_bytes(data)
    return key, rubric


def visible_history(store, study_id: int, rubric: Rubric, viewer: str, criterion: str | None = None) -> list:
    """The audit trail a reviewer may see under dual independent review: their own records and
    consensus decisions always; another reviewer's only once both have finished the study."""
    finished = set(store.finished_reviewers(study_id, rubric.id))
    records = [h for h in store.history(study_id, criterion) if h.rubric_id == rubric.id]
    return [h for h in records
            if h.reviewer == viewer or h.kind == "consensus" or (viewer in finished and h.reviewer in finished)]
