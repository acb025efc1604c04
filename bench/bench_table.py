"""Benchmark: the findings-table splitter, in µs per row, single-threaded.

Two sets of rows: the Key Findings tables of the example library (data/*.txt) and a dense
synthetic 5-column numeric table (Baseline | Week 4 | Week 12 | Change, glued `mean ± SD`
cells), the hardest common shape. Each row is split `reps` times in each of 5 batches, header
already split; the figure for a row is its best batch mean, and the median and mean over rows are
printed. Run: `python bench/bench_table.py [reps] [--against OLD]`, OLD a single-file table.py or the root
of another checkout.

`--same-as OLD` (the root of another checkout) times nothing: it splits a wide set of rows (the
library's and the development sets' tables, synthetic tables of several seeds, and mutations of all
of them: a character dropped, a digit inserted or changed, a space removed) with both splitters,
with and without the fast path, and prints every row whose Finding differs. A speed change must
print none.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appraisal.readers import read_path  # noqa: E402
from appraisal.table import split_header, split_row  # noqa: E402


def _table_rows(paths) -> list[tuple[str, list[str]]]:
    """(row, header) for every Key Findings row of these summaries."""
    out = []
    for path in paths:
        for study in read_path(path):
            lines = [ln.strip() for ln in (study.sections.get("Key Findings") or "").split("\n")
                     if ln.strip()]
            if len(lines) >= 2:
                header = split_header(lines[0])
                out.extend((row, header) for row in lines[1:])
    return out


def library_rows() -> list[tuple[str, list[str]]]:
    """(row, header) for every Key Findings row of data/*.txt."""
    return _table_rows(sorted((ROOT / "data").glob("*.txt")))


def synthetic_rows(n: int = 60, seed: int = 7) -> list[tuple[str, list[str]]]:
    """A dense 5-column numeric table: name + three measures + a stated % change, all glued."""
    rng = random.Random(seed)
    header = split_header("ParameterBaselineWeek 4Week 12Change")
    names = ["HbA1c (%)", "LDL-C (mg/dL)", "CD4+ count (cells/μL)", "IL-6 (pg/mL)", "Weight (kg)",
             "Systolic BP (mmHg)", "Vitamin D3 (ng/mL)", "eGFR (mL/min/1.73 m²)"]
    rows = []
    for _ in range(n):
        dp = rng.choice([0, 1, 1, 2])
        base = rng.uniform(5, 500) if dp == 0 else rng.uniform(0.5, 150)
        vals = [base, base * rng.uniform(0.7, 1.3), base * rng.uniform(0.5, 1.5)]
        with_sd = rng.random() < 0.7
        cells = []
        for v in vals:
            text = f"{v:.{dp}f}"
            if with_sd:
                text += f" ± {v * rng.uniform(0.05, 0.4):.{dp}f}"
            cells.append(text)
        first, last = float(f"{vals[0]:.{dp}f}"), float(f"{vals[2]:.{dp}f}")
        pct = round((last - first) / first * 100) if first else 0
        rows.append((rng.choice(names) + "".join(cells) + f"{pct:+d}%", header))
    return rows


def devset_rows() -> list[tuple[str, list[str]]]:
    """(row, header) for every Key Findings row of the development sets (never the held-out ones)."""
    folders = sorted(p for p in (ROOT / "tests").glob("devset*") if p.is_dir())
    return _table_rows(path for folder in folders for path in sorted(folder.glob("*.txt")))


def mutations(rows: list[tuple[str, list[str]]], per_row: int = 12, seed: int = 11
              ) -> list[tuple[str, list[str]]]:
    """Near misses of real rows, so the comparison reaches paths the rows themselves do not."""
    rng = random.Random(seed)
    out = []
    for row, header in rows:
        for _ in range(per_row):
            k = rng.randrange(len(row) + 1)
            op = rng.randrange(5)
            if op == 0 and row:
                new = row[:k] + row[k + 1:]
            elif op == 1:
                new = row[:k] + rng.choice("0123456789") + row[k:]
            elif op == 2:
                digits = [i for i, c in enumerate(row) if c.isdigit()]
                if not digits:
                    continue
                i = rng.choice(digits)
                new = row[:i] + rng.choice("0123456789") + row[i + 1:]
            elif op == 3:
                new = row.replace(" ", "", 1 + rng.randrange(3))
            else:
                new = row[:k] + rng.choice(["%", " ± ", "-", "−", "–", ".", " (", ")", "p<0.05", "NS"]) + row[k:]
            if new.strip():
                out.append((new, header))
    return out


def long_rows(n: int = 40, seed: int = 3) -> list[tuple[str, list[str]]]:
    """Rows with long glued digit runs and many columns, where the search's caps bite."""
    rng = random.Random(seed)
    headers = [split_header(h) for h in ("ParameterBaselineWeek 4Week 8Week 12Change",
                                         "OutcomeABCDp", "ParameterTreatedControlDifference95% CIp")]
    out = []
    for _ in range(n):
        parts = ["".join(rng.choice("0123456789.") for _ in range(rng.randrange(4, 14)))
                 for _ in range(rng.randrange(2, 6))]
        out.append(("Level (mg/dL)" + rng.choice(["", " ± ", "-", "%"]).join(parts)
                    + rng.choice(["", "+12%", "-3.5", "p<0.001"]), rng.choice(headers)))
    return out


def compare(old_root: str) -> int:
    """Rows whose Finding differs between this splitter and the one under old_root."""
    from appraisal.table.header import _columns
    from appraisal.table.search import _split_row
    old = load_modules(old_root)
    old_split, old_columns = old["appraisal.table.search"]._split_row, old["appraisal.table.header"]._columns
    base = library_rows() + devset_rows() + [r for seed in range(8) for r in synthetic_rows(60, seed)]
    rows = base + mutations(base) + long_rows()
    differ = 0
    for row, header in rows:
        for fast in (True, False):
            new = _split_row(row, _columns(header), fast=fast).model_dump_json()
            was = old_split(row, old_columns(header), fast=fast).model_dump_json()
            if new != was:
                differ += 1
                print(f"DIFFERS (fast={fast}): {row!r} under {header}\n  old {was}\n  new {new}")
    print(f"{len(rows)} rows, each with and without the fast path: {differ} differ")
    old_header = old["appraisal.table.header"].split_header
    heads = header_lines()
    heads += [h for h, _ in mutations([(h, []) for h in heads], per_row=6, seed=5)]
    bad = 0
    for line in heads:
        if split_header(line) != old_header(line):
            bad += 1
            print(f"HEADER DIFFERS: {line!r}\n  old {old_header(line)}\n  new {split_header(line)}")
    print(f"{len(heads)} header lines: {bad} differ")
    return 1 if differ or bad else 0


def header_lines() -> list[str]:
    """The first line of every Key Findings table of data/ and the development sets."""
    out = []
    for folder in [ROOT / "data", *sorted(p for p in (ROOT / "tests").glob("devset*") if p.is_dir())]:
        for path in sorted(folder.glob("*.txt")):
            for study in read_path(path):
                lines = [ln.strip() for ln in (study.sections.get("Key Findings") or "").split("\n")
                         if ln.strip()]
                if lines:
                    out.append(lines[0])
    return out


def per_row_us(split, rows: list[tuple[str, list[str]]], reps: int, batches: int = 5) -> list[float]:
    """µs per row: the best of `batches` batch means, so another process's burst is not counted."""
    timer = time.perf_counter
    out = []
    for row, header in rows:
        split(row, header)  # warm the per-process caches (units), as a long run would be
        best = float("inf")
        for _ in range(batches):
            t0 = timer()
            for _ in range(reps):
                split(row, header)
            best = min(best, (timer() - t0) / reps)
        out.append(best * 1e6)
    return out


def load_modules(root: str) -> dict:
    """The appraisal modules of another checkout, imported beside this one's (name -> module)."""
    ours = {k: v for k, v in sys.modules.items() if k == "appraisal" or k.startswith("appraisal.")}
    for k in ours:
        del sys.modules[k]
    sys.path.insert(0, str(Path(root).resolve()))
    try:
        importlib.import_module("appraisal.table")
        return {k: v for k, v in sys.modules.items() if k == "appraisal" or k.startswith("appraisal.")}
    finally:
        sys.path.pop(0)
        for k in [k for k in sys.modules if k == "appraisal" or k.startswith("appraisal.")]:
            del sys.modules[k]
        sys.modules.update(ours)


def load_splitter(path: str):
    """split_row of another copy of the splitter (e.g. the version before a change): either a
    single-file table.py, or the root of another checkout (`git worktree add /tmp/old HEAD~1`),
    whose appraisal package is imported beside this one."""
    if Path(path).is_dir():
        return load_modules(path)["appraisal.table"].split_row
    spec = importlib.util.spec_from_file_location("appraisal._table_under_test", path)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "appraisal"
    spec.loader.exec_module(module)
    return module.split_row


def report(label: str, times: list[float]) -> None:
    print(f"{label:<28} rows {len(times):4d}   median {statistics.median(times):8.1f} µs/row"
          f"   mean {statistics.fmean(times):8.1f} µs/row   max {max(times):8.1f} µs/row")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("reps", type=int, nargs="?", default=40, help="repetitions per batch")
    args.add_argument("--against", help="also time this splitter: a table.py file or another checkout's root")
    args.add_argument("--same-as", help="time nothing; print the rows another checkout splits differently")
    opts = args.parse_args()
    if opts.same_as:
        sys.exit(compare(opts.same_as))
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sets = [("data/ Key Findings tables", library_rows()),
            ("synthetic 5-column numeric", synthetic_rows())]
    splitters = [("appraisal/table/ (this checkout)", split_row)]
    if opts.against:
        splitters.insert(0, (opts.against, load_splitter(opts.against)))
    for name, split in splitters:
        print(name)
        for label, rows in sets:
            report("  " + label, per_row_us(split, rows, opts.reps))


if __name__ == "__main__":
    main()
